"""Every use of a framework's private API, and every monkey-patch, in one place.

Checked against Django 5.2.19, Wagtail 8.0.1, wagtail-localize 1.14.5, django-ratelimit 4.1.0 and modelsearch 1.3.2
(``CHECKED``).
Each name used here is private (a leading underscore, or an undocumented internal such as the SQL compiler)
and may change in any release. ``core/tests/test_private.py`` exercises each of them against the installed
versions and fails with the name of what changed, so an upgrade breaks a test instead of silently making
pages slower or wrong. Nothing else in the project may reach into a framework's private parts: add a function
here (with its test) instead.

What is here and why:
- ``evaluated_empty``: a queryset that iterates without compiling a query (``QuerySet._result_cache``).
- ``install_patches``: ``.public()`` and ``.not_public()`` of page querysets read the kept restriction paths
  (``PageQuerySet.private_q``); Wagtail's image tags keep their parsed filters on the template node
  (``ImageNode.get_filter``, ``SrcsetImageNode.get_filters``).
- ``masked_csrf_token``: Django's CSRF token for a cached page, drawn from one read of the random source
  (Django's masking, ``django.middleware.csrf``'s undocumented constants).
- ``set_request_site`` / ``request_host``: Wagtail's per-request site attributes and lookup
  (``Site._find_for_request``, ``request._wagtail_site``, ``request._wagtail_cached_site_root_paths``,
  ``HttpRequest._get_raw_host``).
- ``after_response``: a callable run when the server closes the response (``HttpResponse._resource_closers``).
- ``split_rate``: django-ratelimit's rate parser (``django_ratelimit.core._split_rate``).
- ``compiled_sql`` / ``CompiledQuery``: a queryset's SQL, and rows turned into objects as Django's
  ``ModelIterable`` does (the SQL compiler's ``as_sql``, ``select``, ``klass_info``, converters).
- ``api_serializer_class``: Wagtail API v2's serializer of a page type (``BaseAPIViewSet._get_serializer_class``).
- ``child_of_marker`` / ``keep_child_of_marker``: Wagtail API's note that ``child_of`` filtered a queryset
  (``queryset._filtered_by_child_of``).
- ``install_patches`` also speeds up wagtail-localize's ``extract_segments`` (every translation registered, every
  sync): ``StringValue.from_plaintext`` skips its HTML parser for a text it cannot change, and
  ``get_translatable_fields`` (of ``wagtail_localize.segments.extract``) is worked out once per model.
- ``localize_string_hash`` / ``localize_path_id``: the keys wagtail-localize gives a source string and a
  translation context (``String._get_data_hash``, ``TranslationContext._get_path_id``), for writing them in bulk
  (``core.localize_bulk``).
- ``install_patches`` also gives modelsearch's index module (``modelsearch.index.apps``, the app registry it asks
  ``is_installed("taggit")`` for every value of every object it indexes) a registry that answers that question
  once (modelsearch is Wagtail's dependency, pinned in requirements.txt because of this).
- ``no_moderation_emails``: Wagtail's moderation e-mails off for a while (its receivers in
  ``wagtail.admin.signal_handlers`` and the ``dispatch_uid`` they are connected with), for the demo's seeding.
"""

import functools
import re
from contextlib import contextmanager

from django.apps import apps as django_apps
from django.db.models.query import get_related_populators
from django.middleware import csrf
from django_ratelimit import core as ratelimit_core
from modelsearch import index as modelsearch_index
from wagtail.admin import signal_handlers as admin_signal_handlers
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode
from wagtail.models import ReferenceIndex, Site, TaskState, WorkflowState
from wagtail.query import PageQuerySet
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail_localize.models import String, TranslationContext
from wagtail_localize.segments import extract as localize_extract
from wagtail_localize.strings import StringValue

CHECKED = {
    "django": "5.2.19",
    "wagtail": "8.0.1",
    "wagtail-localize": "1.14.5",
    "django-ratelimit": "4.1.0",
    "modelsearch": "1.3.2",
}

# --- querysets ------------------------------------------------------------------------------------------------


def evaluated_empty(queryset):
    """``queryset`` (meant to be ``.none()``) read as already evaluated: iterating it compiles no query."""
    queryset._result_cache = []
    return queryset


def compiled_sql(queryset):
    """(SQL, parameters) of ``queryset``, as Django would send them."""
    sql, params = queryset.query.sql_with_params()
    return sql, tuple(params)


class CompiledQuery:
    """A queryset compiled once on database ``db``: its SQL and parameters, and what turns its rows into
    objects exactly as Django's ``ModelIterable`` does (with the database's converters and the
    ``select_related`` objects; no ``prefetch_related``, no annotations)."""

    def __init__(self, queryset, db):
        self.compiler = compiler = queryset.query.get_compiler(using=db)
        self.sql, self.params = compiler.as_sql()
        select, klass_info = compiler.select, compiler.klass_info
        self.start, self.end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        self.init_list = [column[0].target.attname for column in select[self.start : self.end]]
        self.converters = compiler.get_converters([column[0] for column in select[: compiler.col_count]])
        self.model = klass_info["model"]

    def objects(self, db, rows):
        compiler = self.compiler
        populators = get_related_populators(compiler.klass_info, compiler.select, db)
        if self.converters:
            rows = compiler.apply_converters(rows, self.converters)
        result = []
        for row in rows:
            obj = self.model.from_db(db, self.init_list, row[self.start : self.end])
            for populator in populators:
                populator.populate(row, obj)
            result.append(obj)
        return result


# --- monkey-patches -------------------------------------------------------------------------------------------


def _kept(method, attribute):
    def kept(node):
        filters = node.__dict__.get(attribute)
        if filters is None:
            filters = node.__dict__[attribute] = method(node)
        return filters

    kept.__doc__ = method.__doc__
    kept.kept_by_portal = True
    return kept


def install_patches(private_q):
    """Installed once, by ``core.apps.CoreConfig.ready``:

    - every ``.public()`` and ``.not_public()`` of page querysets (ours and Wagtail's) uses ``private_q``
      (``core.performance.restrictions``: the kept restriction paths) instead of two queries;
    - ``{% picture img format-{webp,jpeg} width-{400,800} %}`` builds its ``Filter`` objects each time it
      renders and each one parses its spec again (``inspect`` on every operation: a sixth of a member page's
      rendering); the specs are fixed when the template is compiled, so the filters are kept on the node, as
      Django's cached template loader keeps the node itself;
    - wagtail-localize reads every text of a page through ``StringValue.from_plaintext``: it escapes the text and
      passes it through BeautifulSoup, which gives back the text itself (each ``&`` written ``&amp;``) unless it
      holds ``<``, ``>``, a line break or a control character (a test checks it on thousands of texts); those go through
      wagtail-localize's own (its result kept for the next time). Its ``extract_segments`` also works out the
      translatable fields of each object's model again, for every object and child object: kept per model.
      Half of registering a member's translations (``core.localize_bulk``) went there. Its ``extract_strings``
      (rich text: two BeautifulSoup passes per paragraph) reads rich text made only of paragraphs of such plain
      text without BeautifulSoup (the same template and strings; a test checks it);
    - modelsearch's ``BaseField.get_value`` asks the app registry whether taggit is installed for every value it
      indexes (a fifth of indexing the demo's members): its module reads a registry that keeps the answer.
    """
    PageQuerySet.private_q = private_q
    if not getattr(ImageNode.get_filter, "kept_by_portal", False):
        ImageNode.get_filter = _kept(ImageNode.get_filter, "_kept_filter")
        SrcsetImageNode.get_filters = _kept(SrcsetImageNode.get_filters, "_kept_filters")
    if not getattr(StringValue.from_plaintext, "kept_by_portal", False):
        StringValue.from_plaintext = classmethod(_quick_plaintext(StringValue.from_plaintext.__func__))
        localize_extract.get_translatable_fields = functools.cache(localize_extract.get_translatable_fields)
    if not getattr(localize_extract.extract_strings, "kept_by_portal", False):
        localize_extract.extract_strings = _quick_extract_strings(localize_extract.extract_strings)
    if not isinstance(modelsearch_index.apps, InstalledApps):
        modelsearch_index.apps = InstalledApps(django_apps)


class InstalledApps:
    """Django's app registry, with ``is_installed`` answered once per name while the installed apps stay the
    same (a test's ``override_settings(INSTALLED_APPS=...)`` gives new ones: asked again)."""

    def __init__(self, registry):
        self.registry = registry
        self.configs = None
        self.known = {}

    def __getattr__(self, name):
        return getattr(self.registry, name)

    def is_installed(self, app_name):
        configs = self.registry.app_configs
        if configs is not self.configs or not self.registry.ready:
            self.configs, self.known = configs, {}
            if not self.registry.ready:
                return self.registry.is_installed(app_name)
        if app_name not in self.known:
            self.known[app_name] = self.registry.is_installed(app_name)
        return self.known[app_name]


# A character BeautifulSoup's normalisation, or the escaping before it, may change (the rest it gives back as is,
# but "&": escaped, read back and written again as "&amp;", as in "Labs & Co.").
PLAINTEXT_CHANGED = re.compile(r"[<>\x00-\x1f\x7f-\x9f]")


def _quick_plaintext(from_plaintext):
    normalised = functools.lru_cache(maxsize=4096)(lambda text: from_plaintext(StringValue, text).data)

    def quick(cls, text):
        if PLAINTEXT_CHANGED.search(text) is None:
            return cls(text.replace("&", "&amp;"))
        return cls(normalised(text))

    quick.__doc__ = from_plaintext.__doc__
    quick.kept_by_portal = True
    quick.original = from_plaintext
    return quick


# Rich text made only of paragraphs of plain text (no markup, entity, line break or control character in them; an
# "&" followed by a space is a character, written "&amp;" by BeautifulSoup).
PLAIN_PARAGRAPHS = re.compile(r"(?:<p>(?:[^<>&\x00-\x1f\x7f-\x9f]|& )+</p>)+")
PARAGRAPH = re.compile(r"<p>([^<]*)</p>")


def _quick_extract_strings(extract_strings):
    def quick(html):
        if html and PLAIN_PARAGRAPHS.fullmatch(html):
            texts = PARAGRAPH.findall(html)
            # A paragraph's outer spaces go to the template in wagtail-localize's: its own way.
            if all(text == text.strip() for text in texts):
                template = "".join(f'<p><text position="{n}"></text></p>' for n in range(len(texts)))
                return template, [(StringValue(text.replace("&", "&amp;")), {}) for text in texts]
        return extract_strings(html)

    quick.__doc__ = extract_strings.__doc__
    quick.kept_by_portal = True
    quick.original = extract_strings
    return quick


# --- requests and responses -----------------------------------------------------------------------------------

CSRF_CHARS = csrf.CSRF_ALLOWED_CHARS
CSRF_LENGTH = csrf.CSRF_SECRET_LENGTH


def request_host(request):
    """The Host header as sent (before ``ALLOWED_HOSTS`` is checked), as Wagtail's site lookup reads it."""
    return request._get_raw_host()


def request_site_is_set(request):
    return hasattr(request, "_wagtail_site")


def find_site(request):
    """Wagtail's site for the request, without its per-request cache (``Site._find_for_request``)."""
    return Site._find_for_request(request)


def set_request_site(request, site, root_paths):
    """Give the request its Wagtail site and the sites' root paths, as ``Site.find_for_request`` and
    ``Site.get_site_root_paths`` would leave them after reading them."""
    request._wagtail_site = site
    request._wagtail_cached_site_root_paths = root_paths


def after_response(response, function):
    """Run ``function`` when the server closes ``response`` (after the answer is sent), as Django runs a file
    response's closers; what it raises is ignored by Django, so it must log its own errors."""
    response._resource_closers.append(function)


def split_rate(rate):
    """django-ratelimit's ``"300/m"`` or ``"20/5m"``: (count, seconds)."""
    return ratelimit_core._split_rate(rate)


# --- Wagtail API ----------------------------------------------------------------------------------------------


def api_serializer_class(view, router, model):
    """The detail serializer Wagtail API v2 uses for ``model`` in ``view``."""
    return view._get_serializer_class(router, model, [], show_details=True)


def child_of_marker(queryset):
    return getattr(queryset, "_filtered_by_child_of", None)


def keep_child_of_marker(queryset, marker):
    """Wagtail's pages endpoint notes on the queryset that ``child_of`` filtered it (then its listing's order
    follows the tree); a queryset filtered again must carry the note."""
    if marker:
        queryset._filtered_by_child_of = marker
    return queryset


def localize_string_hash(data):
    """The ``data_hash`` wagtail-localize stores with a ``String`` of ``data``."""
    return String._get_data_hash(data)


def localize_path_id(path):
    """The ``path_id`` wagtail-localize stores with a ``TranslationContext`` of ``path``."""
    return TranslationContext._get_path_id(path)


def references_of(obj):
    """What Wagtail's reference index records for ``obj``: (to content type, to object id, model path, content
    path) tuples, as ``ReferenceIndex.create_or_update_for_object`` reads them (for writing them in bulk)."""
    return ReferenceIndex._extract_references_from_object(obj)


def reference_path_hash(content_path):
    """The ``content_path_hash`` Wagtail's reference index stores with ``content_path``."""
    return ReferenceIndex._get_content_path_hash(content_path)


# --- Wagtail's moderation e-mails -----------------------------------------------------------------------------

# (signal, sender, receiver, dispatch_uid) as ``wagtail.admin.signal_handlers.register_signal_handlers`` connects them.
MODERATION_EMAILS = (
    (
        task_submitted,
        TaskState,
        admin_signal_handlers.task_submission_email_notifier,
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_submitted,
        WorkflowState,
        admin_signal_handlers.workflow_submission_email_notifier,
        "workflow_state_submitted_email_notification",
    ),
    (
        workflow_rejected,
        WorkflowState,
        admin_signal_handlers.workflow_rejection_email_notifier,
        "workflow_state_rejected_email_notification",
    ),
    (
        workflow_approved,
        WorkflowState,
        admin_signal_handlers.workflow_approval_email_notifier,
        "workflow_state_approved_email_notification",
    ),
)


@contextmanager
def no_moderation_emails():
    """Meanwhile Wagtail neither renders nor sends its moderation e-mails ("submitted for moderation", "approved",
    "rejected"), in every thread; connected again afterwards. Yields how many receivers were turned off (4)."""
    muted = [entry for entry in MODERATION_EMAILS if entry[0].disconnect(sender=entry[1], dispatch_uid=entry[3])]
    try:
        yield len(muted)
    finally:
        for signal, sender, receiver, dispatch_uid in muted:
            signal.connect(receiver, sender=sender, dispatch_uid=dispatch_uid)
