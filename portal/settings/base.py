"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment (see README, "Configuration"). The embedded defaults need nothing
running: SQLite, the database search backend, local media and a locmem cache.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "core",
    "taxonomy",
    "home",
    "space",
    "alerts",
    "members",
    "search",
    "news",
    "agenda",
    "jobs",
    "portrait",
    "figures",
    "api",
    "matchmaking",
    "django_ratelimit",
    "corsheaders",
    "csp",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "wagtail.api.v2",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Rate limit and 304 of /api/ (before the page cache, so that cached answers count too).
    "api.middleware.ApiMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "api.middleware.ApiLocaleMiddleware",  # Django's LocaleMiddleware; API 404s stay 404s
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # After the CSRF middleware: a page served from the cache still passes back through it (the visitor's cookie).
    "core.performance.page_cache.PageCacheMiddleware",
    # JSON errors, Cache-Control and ETag of /api/: inside the page cache, which keeps them with the answer.
    "api.middleware.ApiResponseMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: SQLite next to the code unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache (and sessions with it): locmem unless REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # core.cache.RedisCache: django-redis behind a circuit breaker. Redis down costs speed, not the site: pages
    # and fragments made afresh, sessions read from the database, rate limits counted in each process (the
    # "ratelimit" alias falls back to local memory); Redis is tried again every REDIS_RETRY_SECONDS.
    _redis_cache = {
        "BACKEND": "core.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            "RETRY_SECONDS": float(os.environ.get("REDIS_RETRY_SECONDS", "5")),
            "WARNING_SECONDS": 30,
        },
    }
    CACHES = {
        "default": _redis_cache,
        "ratelimit": {**_redis_cache, "OPTIONS": {**_redis_cache["OPTIONS"], "FALLBACK": "locmem"}},
    }
    # Sessions are read from Redis and written through to the database, so a cache flush
    # or a Redis restart does not sign everyone out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def search_backends_from_url(url):
    """Map SEARCH_URL to Wagtail search backend settings.

    Unset: the database backend. ``opensearch://host:9200`` or
    ``elasticsearch://host:9200`` (``+https`` for TLS) select the engine.
    """
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    parts = urlsplit(url)
    scheme, _plus, transport = parts.scheme.partition("+")
    backends = {
        "opensearch": "wagtail.search.backends.opensearch3",
        "elasticsearch": "wagtail.search.backends.elasticsearch9",
    }
    if scheme not in backends or not parts.hostname:
        raise ImproperlyConfigured(
            f"SEARCH_URL must look like opensearch://host:9200 or elasticsearch://host:9200, got {url!r}"
        )
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return {
        "default": {
            "BACKEND": backends[scheme],
            "URLS": [f"{transport or 'http'}://{netloc}"],
            "INDEX": os.environ.get("SEARCH_INDEX", "portal"),
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }


SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_INDEX = os.environ.get("SEARCH_INDEX", "portal")
SEARCH_TIMEOUT = int(os.environ.get("SEARCH_TIMEOUT", "5"))
WAGTAILSEARCH_BACKENDS = search_backends_from_url(SEARCH_URL)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: French first, then English and German.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English"), ("de", "Deutsch")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Luxembourg"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "collected-static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Media storage: local files, or any S3-compatible bucket (see README).
STORAGES = {
    "default": {"BACKEND": "portal.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # django-storages reads its options here (the credentials, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, boto3
    # reads from the environment itself).
    STORAGES["default"] = {
        "BACKEND": "portal.s3.S3MediaStorage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        },
    }


def media_origins():
    """Where media files are served from when it is not this site: the S3 bucket's (or CDN's) origin."""
    if os.environ.get("MEDIA_ORIGINS"):
        return os.environ["MEDIA_ORIGINS"].split()
    if not os.environ.get("AWS_STORAGE_BUCKET_NAME"):
        return []
    if os.environ.get("AWS_S3_CUSTOM_DOMAIN"):
        return [f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}"]
    if os.environ.get("AWS_S3_ENDPOINT_URL"):
        parts = urlsplit(os.environ["AWS_S3_ENDPOINT_URL"])
        return [f"{parts.scheme}://{parts.netloc}"]
    return [f"https://{os.environ['AWS_STORAGE_BUCKET_NAME']}.s3.amazonaws.com"]


# Security headers of every public response. Scripts only from this site (no inline script: every
# script is a file), styles likewise; video players only after the visitor asks (video-consent.js).
# The Wagtail admin needs inline scripts and sets its own policy-free pages: it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media_origins()],
        "media-src": [SELF, *media_origins()],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
# Browser features no page of the portal uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "autoplay": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "picture-in-picture": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Framing: the same rule as the policy's frame-ancestors 'self', for browsers that only read X-Frame-Options. Only the
# portal frames its own pages (the Wagtail admin's previews); partner sites embed the widget as a script
# (/embed/directory.js, rendered in the host page), never in a frame.
X_FRAME_OPTIONS = "SAMEORIGIN"

WAGTAIL_SITE_NAME = "Creative Industries Cluster"
# The address the site is served at, configured once: every absolute URL (sitemap, feeds, iCal, canonical and Open
# Graph tags, JSON-LD, the API, e-mails, the admin's links) is built from it by core.absolute, never from the Site
# record's hostname nor from the request's Host header.
BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILAPI_BASE_URL = BASE_URL
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp3", "ogg", "m4a", "wav", "flac"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# wagtail-localize: a page's new translations start as drafts and go live only when a
# translator publishes them with every segment translated (see core.translations).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# wagtail-localize: no machine translator by default; DeepL when a key is given (DEEPL_KEY; the free API
# for keys ending in ":fx", the pro API otherwise; DEEPL_URL to use another endpoint).
if os.environ.get("DEEPL_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "core.machine_translation.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ["DEEPL_KEY"],
            "URL": os.environ.get("DEEPL_URL", ""),
            "TIMEOUT": 20,
        },
    }

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")

# Every record goes out once, through root's handler (stderr: runserver's console, gunicorn's and systemd's logs).
# Django's own configuration, applied first, gives the "django" logger a console handler too, and its records
# also reach root's: each "Not Found" and each error was printed twice. Here "django" keeps no handler of its own
# and its level (INFO, Django's default; DJANGO_LOG_LEVEL to change it) while the rest follow LOG_LEVEL.
# Configuring "django" resets its children, so runserver's request lines ("django.server") get Django's handler
# and format back here, and do not go on to root's.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": [], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO"), "propagate": True},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}

# The directory lists this many members per page.
MEMBERS_PER_PAGE = 24

# Accounts: members sign in with their e-mail address, editors with a user name too.
AUTHENTICATION_BACKENDS = ["members.auth.EmailOrUsernameBackend"]
# A form sent without a valid token gets a page in the visitor's language, not Django's technical one.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
LOGIN_URL = "space:login"
# A page restricted to signed-in visitors sends them to the site's sign-in (in their language), not Wagtail's bare form.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "space:dashboard"
LOGOUT_REDIRECT_URL = "space:login"
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600  # the link an approved applicant gets to set a password

# Anonymous page cache (core.performance.page_cache): whole pages for visitors without a session, renewed on every
# content change. It lives in the default cache: shared by all processes with REDIS_URL; locmem (the
# embedded default) is right for one process only.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "on") != "off"
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = 600
PAGE_CACHE_QUERY_SECONDS = 120  # pages with a query string (directory searches)
PAGE_CACHE_VARY_HEADERS = ["X-Directory-Partial"]
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/api/v2/preview/"]

# Member page views are added up in each process and written in one statement every N views or S seconds
# (gunicorn.conf.py checks the time after each request), and when a gunicorn worker stops.
MEMBER_VIEWS_WRITE_EVERY = 500
MEMBER_VIEWS_WRITE_SECONDS = 30

# Alerts: subscriptions not confirmed within this many days are deleted by send_digests (alerts.digests).
ALERTS_UNCONFIRMED_DAYS = int(os.environ.get("ALERTS_UNCONFIRMED_DAYS", "7"))
LOGIN_LINK_MAX_AGE = 15 * 60  # seconds a one-time sign-in link works (members.auth)

# Rate limits (django-ratelimit, counted in the cache): "number/period", period in s, m, h or d.
RATELIMIT_USE_CACHE = "ratelimit" if "ratelimit" in CACHES else "default"
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None  # e.g. HTTP_X_REAL_IP behind a proxy
PORTAL_RATES = {
    # Failed sign-ins. Past any of these the password is not tried and the form offers a one-time sign-in
    # link e-mailed to the account (members.auth), so that nobody can lock an owner out of their account.
    "login_pair": "5/15m",  # per client address and account: one connection guessing at one account
    "login_account": "20/h",  # per account, from anywhere: guessing spread over many addresses
    "login_ip": "50/h",  # per client address, over all accounts: one connection trying many accounts
    "login_link": "10/h",  # sign-in links sent per client address
    "login_link_account": "3/h",  # sign-in links sent per account (the owner's mailbox is not flooded)
    "application": "5/h",  # membership applications per address
    "contact_ip": "5/h",  # contact requests per sender address
    "contact_member": "20/d",  # contact requests per member
    "password_reset": "5/h",
    "brief": "5/h",  # matchmaking briefs per address
    "post": "20/h",  # posts (job offers, calls, events) written or changed per member account
    "alerts_subscribe": "10/h",  # alert subscriptions asked for per client address
    "alerts_address": "3/h",  # confirmation e-mails per subscriber address (nobody's mailbox is flooded)
    # POST /api/v1/matchmaking/shortlist/ per address
    "shortlist_api": os.environ.get("SHORTLIST_API_RATE", "30/m"),
}

# What a member may post from My space (space.posting): open posts at a time (offers and calls not expired,
# events not over, drafts included), new posts per 24 hours, and how far ahead an offer or a call may expire.
PORTAL_POST_LIMITS = {"open": 10, "per_day": 5, "days_ahead": 365}

# Matchmaking (matchmaking.ranking): how much each feature of a member counts, from 0 to any weight.
# Fit (skills, text, branch: up to 10) dominates the facts that make a member easier to work with (up to 1.4).
MATCHMAKING_WEIGHTS = {
    "skills": 6.0,
    "text": 3.0,
    "branch": 1.0,
    "available": 0.4,
    "languages": 0.4,
    "canton": 0.3,
    "portfolio": 0.3,
}
MATCHMAKING_SHORTLIST_SIZE = 10  # creatives shown (and preselected) for a brief
MATCHMAKING_MAX_SHORTLIST = 30  # the most a company can ask to see
MATCHMAKING_RETENTION_DAYS = 365  # briefs are deleted after this (manage.py purge_briefs)
MATCHMAKING_UNCONFIRMED_DAYS = 7  # briefs whose e-mail was never confirmed are deleted after this
MATCHMAKING_FOLLOWUP_DAYS = 21  # the company is asked about the outcome this long after sending

# Member uploads are checked before Pillow decodes them (members.uploads).
MEMBER_IMAGE_MAX_BYTES = 10 * 1024 * 1024
MEMBER_IMAGE_MAX_PIXELS = 40_000_000
MEMBER_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
# Locmem counts per process: right for the embedded default and the tests; production sets
# REDIS_URL (core.cache.RedisCache: django-redis, with local memory while Redis is down).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001", "django_ratelimit.E003"]
WAGTAILADMIN_USER_LOGIN_FORM = "space.forms.AdminLoginForm"  # rate limited like the member space
# Forms render with the project's templates (templates/includes/forms/), which may override Django's.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Headless API (api/): Wagtail API v2 at /api/v2/, the directory at /api/v1/, one OpenAPI document.
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "300/m")  # requests per address (django-ratelimit syntax)
API_CACHE_SECONDS = int(os.environ.get("API_CACHE_SECONDS", "60"))  # Cache-Control: public, max-age of reads
API_PREVIEW_SECONDS = int(os.environ.get("API_PREVIEW_SECONDS", "900"))  # lifetime of a headless preview token
# A headless front end's preview page, e.g. https://partner.example/preview?token={token}; empty: the JSON itself.
API_PREVIEW_CLIENT_URL = os.environ.get("API_PREVIEW_CLIENT_URL", "")
WAGTAILAPI_LIMIT_MAX = 20
WAGTAILAPI_SEARCH_ENABLED = True

# CORS (django-cors-headers): any origin may read the public API, without credentials; nothing else is shared.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_URLS_REGEX = r"^/api/(v1|v2)/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]  # POST: the matchmaking shortlist
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",  # {"message"} in the request's language, as every API error
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Creative Industries Cluster API",
    "DESCRIPTION": (
        "Every public page of the portal in French, English and German (Wagtail API v2), the member directory, "
        "a draft preview and the matchmaking shortlist. Anonymous: CORS open to any origin without credentials, "
        "a per-address rate limit (429 with Retry-After); reads have ETag and 304 and Cache-Control: public; the "
        "shortlist (POST) stores nothing."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "PREPROCESSING_HOOKS": ["api.schema.only_api_paths"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.taxonomy_codes",  # the codes editors keep in the taxonomy
        "api.schema.common_responses",  # 304, 429, 500 (413, 415 with a body) on every operation
    ],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {"LanguageEnum": ["fr", "en", "de"]},
}

# Publish webhooks (api.webhooks), sent by `manage.py run_webhooks`.
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "5"))
WEBHOOK_RETRY_SECONDS = int(os.environ.get("WEBHOOK_RETRY_SECONDS", "30"))  # doubled after each failure
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "8"))

# Migration taxonomy.0002 loads the cluster's branches, skills and spoken languages into a new database.
TAXONOMY_LOADED_BY_MIGRATION = True
