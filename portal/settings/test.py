"""Test settings: fast hashing, locmem mail and cache, no manifest for static."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEMBER_VIEWS_WRITE_EVERY = 1  # counts written at once; the batching has its own test
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / "test-media"  # noqa: F405
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}

# Parallel test workers (pytest-xdist) each get their own Redis database: a test that
# clears the cache must not wipe another worker's sessions and cached pages.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # noqa: F405
if REDIS_URL and _worker:  # noqa: F405
    _base, _sep, _db = REDIS_URL.rstrip("/").rpartition("/")  # noqa: F405
    if not _db.isdigit():  # no database number in the URL
        _base, _db = REDIS_URL.rstrip("/"), "15"  # noqa: F405
    _db = int(_db)
    for _alias in CACHES.values():  # noqa: F405  (the default cache and the rate limits' both)
        if _alias.get("LOCATION") == REDIS_URL:  # noqa: F405
            _alias["LOCATION"] = f"{_base}/{_db - int(_worker.removeprefix('gw') or 0)}"
API_RATE_LIMIT = "100000/m"  # the rate limit has its own test
PORTAL_RATES = {**PORTAL_RATES, "shortlist_api": "100000/m"}  # noqa: F405  (its own test lowers it)

# Each test makes the branches and skills it needs, so what it counts is its own (taxonomy/tests loads the
# shipped vocabulary itself, tests/migration checks the migration that loads it).
TAXONOMY_LOADED_BY_MIGRATION = False
