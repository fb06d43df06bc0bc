"""What ``core.performance.private`` relies on in Django, Wagtail and django-ratelimit, checked against the
installed versions: after an upgrade, a test here fails with the name of what changed (instead of pages
silently getting slower or wrong)."""

import inspect
import random
import re
import warnings
from importlib.metadata import version
from pathlib import Path

import pytest
from bs4 import MarkupResemblesLocatorWarning
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from modelsearch import index as modelsearch_index
from wagtail.api.v2 import filters as api_filters
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.query import PageQuerySet
from wagtail_localize.models import String, TranslatableObject, TranslationContext
from wagtail_localize.segments import extract
from wagtail_localize.strings import StringValue

from core.performance import private, restrictions
from members.models import MemberPage
from space.tests.helpers import approve, moderator
from tests.factories.members import ImageFactory, UserFactory

pytestmark = pytest.mark.perf
REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements.txt"


def demo_and_random_texts(seed, count):
    """The demo data's strings, then ``count`` random texts of up to 30 characters (``seed``): what the quick paths
    are compared with wagtail-localize's own on."""
    texts = []
    for path in (Path(__file__).resolve().parents[2] / "demo" / "data").glob("*.json"):
        texts.extend(re.findall(r'"((?:[^"\\]|\\.)*)"', path.read_text()))
    rng = random.Random(seed)
    alphabet = [chr(code) for code in range(0x250)] + list("\u00a0\u2019\u2028\u2029\ufeff\u200b\U0001f600")
    texts.extend("".join(rng.choices(alphabet, k=rng.randint(1, 30))) for _n in range(count))
    return texts


def test_the_versions_checked_are_the_versions_pinned():
    """Whoever bumps a pin re-reads private.py against the new version, then updates CHECKED."""
    pinned = {
        name.lower(): pin
        for name, pin in re.findall(r"^([\w-]+)(?:\[\w+\])?==([\w.]+)$", REQUIREMENTS.read_text(), re.M)
    }
    for name, checked in private.CHECKED.items():
        assert pinned[name] == checked, f"{name} is pinned at {pinned[name]}, checked at {checked}"
        assert version(name) == checked, f"{name} {version(name)} is installed; private.py was checked on {checked}"


@pytest.mark.django_db
def test_an_evaluated_empty_queryset_runs_no_query():
    queryset = Page.objects.all()
    assert queryset._result_cache is None, "QuerySet._result_cache no longer means 'not evaluated yet'"
    private.evaluated_empty(queryset)
    with CaptureQueriesContext(connection) as queries:
        assert list(queryset) == []
        assert len(queryset) == 0
    assert len(queries) == 0, "iterating a queryset with _result_cache set ran a query"


@pytest.mark.django_db
def test_compiled_sql_and_compiled_queries_give_what_the_orm_gives(site_tree):
    queryset = Page.objects.filter(depth__gte=2).select_related("locale").order_by("path")
    sql, params = private.compiled_sql(queryset)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    assert ids == list(queryset.values_list("pk", flat=True))

    compiled = private.CompiledQuery(queryset, "default")
    with connection.cursor() as cursor:
        cursor.execute(compiled.sql, compiled.params)
        objects = compiled.objects("default", cursor.fetchall())
    expected = list(queryset)
    assert [(p.pk, p.title, p.locale.language_code) for p in objects] == [
        (p.pk, p.title, p.locale.language_code) for p in expected
    ]
    with CaptureQueriesContext(connection) as queries:
        [page.locale for page in objects]  # select_related objects were populated from the same rows
    assert len(queries) == 0


def test_the_patches_are_installed_on_the_classes_they_patch():
    assert PageQuerySet.private_q is restrictions.private_q, "PageQuerySet.private_q is gone or renamed"
    assert getattr(ImageNode.get_filter, "kept_by_portal", False), "ImageNode.get_filter is gone or renamed"
    assert getattr(SrcsetImageNode.get_filters, "kept_by_portal", False), "SrcsetImageNode.get_filters is gone"
    # Wagtail's .public() and .not_public() must still go through private_q for the patch to matter.
    assert "self.private_q()" in inspect.getsource(PageQuerySet.public)
    assert "self.private_q()" in inspect.getsource(PageQuerySet.not_public)


@pytest.mark.django_db
def test_image_tags_keep_their_filters_on_the_node():
    image = ImageFactory()
    template = Template(
        "{% load wagtailimages_tags %}{% picture img format-{webp,jpeg} width-{200,400} %}{% image img width-100 %}"
    )
    first = template.render(Context({"img": image}))
    picture, single = [n for n in template.nodelist if isinstance(n, ImageNode)]
    # {% picture %} (a SrcsetImageNode) keeps its filters from get_filters, {% image %} its one from get_filter.
    assert isinstance(picture, SrcsetImageNode) and not isinstance(single, SrcsetImageNode)
    assert [kept.spec for kept in picture.__dict__["_kept_filters"]] == [
        "format-webp|width-200",
        "format-webp|width-400",
        "format-jpeg|width-200",
        "format-jpeg|width-400",
    ], "SrcsetImageNode.get_filters no longer goes through the kept filters"
    assert single.__dict__["_kept_filter"].spec == "width-100", "ImageNode.get_filter no longer keeps its filter"
    assert template.render(Context({"img": image})) == first


def test_the_csrf_constants_are_djangos():
    from django.middleware import csrf

    assert private.CSRF_CHARS == csrf.CSRF_ALLOWED_CHARS and len(private.CSRF_CHARS) == 62
    assert private.CSRF_LENGTH == csrf.CSRF_SECRET_LENGTH == 32


def test_django_accepts_the_token_a_cached_page_is_served_with():
    from core.performance.page_cache import csrf_token

    factory = RequestFactory()
    visitor = factory.get("/")
    token = csrf_token(visitor)
    secret = visitor.META["CSRF_COOKIE"]
    post = factory.post("/", {"csrfmiddlewaretoken": token})
    post.COOKIES["csrftoken"] = secret
    middleware = CsrfViewMiddleware(lambda request: HttpResponse())
    assert middleware.process_view(post, lambda request: None, (), {}) is None  # None: accepted


@pytest.mark.django_db
def test_wagtail_reads_the_site_set_on_the_request(site_tree):
    request = RequestFactory().get("/fr/", HTTP_HOST="localhost")
    assert private.request_host(request) == "localhost"
    assert not private.request_site_is_set(request)
    site = private.find_site(request)
    assert site is not None
    private.set_request_site(request, site, Site.get_site_root_paths())
    assert private.request_site_is_set(request)
    with CaptureQueriesContext(connection) as queries:
        assert Site.find_for_request(request) is site
    assert len(queries) == 0, "Site.find_for_request no longer reads request._wagtail_site"


@pytest.mark.django_db
def test_a_function_runs_when_the_response_is_closed():
    ran = []
    response = HttpResponse("ok")
    private.after_response(response, lambda: ran.append(True))
    assert ran == []
    response.close()
    assert ran == [True]


def test_django_ratelimit_rates_are_split_as_before():
    assert private.split_rate("300/m") == (300, 60)
    assert private.split_rate("20/5m") == (20, 300)
    assert private.split_rate("5/h") == (5, 3600)


def test_wagtail_api_still_marks_and_reads_child_of():
    source = inspect.getsource(api_filters)
    assert "_filtered_by_child_of" in source, "Wagtail's API no longer marks querysets filtered by child_of"
    assert hasattr(
        __import__("wagtail.api.v2.views", fromlist=["BaseAPIViewSet"]).BaseAPIViewSet, "_get_serializer_class"
    ), "BaseAPIViewSet._get_serializer_class is gone"


@pytest.mark.django_db
def test_localize_keys_are_the_ones_wagtail_localize_stores():
    locale = Locale.objects.get_or_create(language_code="fr")[0]
    string = String.from_value(locale, StringValue("Un texte"))
    assert string.data_hash == private.localize_string_hash("Un texte"), "String._get_data_hash changed"
    obj = TranslatableObject.objects.create(
        translation_key="00000000-0000-0000-0000-000000000001", content_type=ContentType.objects.get_for_model(Page)
    )
    context = TranslationContext.objects.create(object=obj, path="portfolio_items.x.title")
    assert context.path_id == private.localize_path_id("portfolio_items.x.title"), (
        "TranslationContext._get_path_id changed"
    )


@pytest.mark.django_db
def test_reference_index_rows_are_the_ones_wagtail_writes(site_tree):
    page = site_tree.branches["design"]["fr"].get_children().type(MemberPage).first().specific
    page.logo = ImageFactory()
    page.save()
    ReferenceIndex.create_or_update_for_object(page)
    stored = set(
        ReferenceIndex.get_references_for_object(page).values_list(
            "to_content_type_id", "to_object_id", "model_path", "content_path", "content_path_hash"
        )
    )
    built = {(*row, private.reference_path_hash(row[3])) for row in private.references_of(page)}
    assert stored and stored == built, (
        "ReferenceIndex._extract_references_from_object or _get_content_path_hash changed"
    )


def test_plain_texts_are_read_as_wagtail_localize_reads_them():
    """The quick ``StringValue.from_plaintext`` gives what wagtail-localize's gives, on the demo's texts and on
    random texts of every kind of character (markup, entities, line breaks, control characters, quotes)."""
    quick = StringValue.from_plaintext.__func__
    assert getattr(quick, "kept_by_portal", False), "StringValue.from_plaintext is gone or renamed"
    assert "BeautifulSoup" in inspect.getsource(quick.original), "wagtail-localize's from_plaintext changed"
    texts = {
        "",
        "l'atelier “Nord” & Fils",
        "a < b > c",
        "&",
        "&amp",
        "&copy x",
        "&#38;",
        "a && b",
        "&lt;",
        "deux\nlignes",
        "&amp; déjà échappé",
        "x\r\ny\x00z",
    }
    texts.update(demo_and_random_texts(2016, 5000))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)  # a text that looks like a URL
        for text in texts:
            assert StringValue.from_plaintext(text).data == quick.original(StringValue, text).data, repr(text)


def test_translatable_fields_are_worked_out_once_per_model():
    assert extract.get_translatable_fields(Page) is extract.get_translatable_fields(Page)


def _submit(page, author):
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    page.refresh_from_db()


@pytest.mark.django_db
def test_wagtails_moderation_emails_are_off_only_meanwhile(site_tree, django_capture_on_commit_callbacks):
    """Inside ``no_moderation_emails`` an editor's page submitted and approved sends no e-mail (Wagtail's four
    receivers are found by their dispatch_uid); afterwards Wagtail sends its "submitted" and "approved" e-mails
    again."""
    editor = moderator(is_superuser=True)
    author = UserFactory(username="redaktion", email="redaktion@example.lu", is_staff=True)
    author.groups.add(Group.objects.get(name="Editors"))
    first, second = site_tree.members[0]["fr"], site_tree.members[1]["fr"]
    mail.outbox.clear()
    with private.no_moderation_emails() as muted, django_capture_on_commit_callbacks(execute=True):
        assert muted == 4, "a receiver of wagtail.admin.signal_handlers is gone or has another dispatch_uid"
        _submit(first, author)
        approve(first, editor)
    assert mail.outbox == []
    first.refresh_from_db()
    assert first.current_workflow_state is None and first.live
    with django_capture_on_commit_callbacks(execute=True):
        _submit(second, author)
    submitted = mail.outbox[:]
    assert submitted and {tuple(message.to) for message in submitted} == {(editor.email,)}
    assert "Moderators approval" in submitted[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        approve(second, editor)
    assert [message.to for message in mail.outbox[len(submitted) :]] == [[author.email]]  # "approved"


def test_modelsearch_asks_a_registry_that_keeps_its_answers():
    """modelsearch (Wagtail's search) asks ``apps.is_installed("taggit")`` for each value it indexes, through its
    module's ``apps``: that name is the kept registry, and it answers as Django's, before and after the installed
    apps change."""
    assert version("modelsearch") == private.CHECKED["modelsearch"], "modelsearch changed: re-read private.py"
    source = inspect.getsource(modelsearch_index.BaseField.get_value)
    assert 'apps.is_installed("taggit")' in source, "modelsearch no longer asks the app registry about taggit"
    assert isinstance(modelsearch_index.apps, private.InstalledApps), "modelsearch.index.apps is not the kept one"
    for name in ("taggit", "wagtail", "core", "not_an_app"):
        assert modelsearch_index.apps.is_installed(name) is apps.is_installed(name)
    assert modelsearch_index.apps.get_model("wagtailcore", "Page") is Page  # the rest is Django's registry
    with override_settings(INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"]):
        assert not modelsearch_index.apps.is_installed("taggit")
    assert modelsearch_index.apps.is_installed("taggit") is apps.is_installed("taggit") is True


def _same_extraction(html, original):
    template, strings = extract.extract_strings(html)
    expected_template, expected_strings = original(html)
    assert template == expected_template, repr(html)
    assert [(value.data, attrs) for value, attrs in strings] == [
        (value.data, attrs) for value, attrs in expected_strings
    ], repr(html)


def test_rich_texts_are_read_as_wagtail_localize_reads_them():
    """The quick ``extract_strings`` of wagtail-localize's segment extraction gives its template and strings, on
    paragraphs of the demo's texts and of random texts of every kind of character, and on other rich text."""
    quick = extract.extract_strings
    assert getattr(quick, "kept_by_portal", False), "wagtail_localize.segments.extract.extract_strings is gone"
    assert "BeautifulSoup" in inspect.getsource(quick.original), "wagtail-localize's extract_strings changed"
    texts = [
        "Un",
        " espace devant",
        "après ",
        "   ",
        "a&amp;b",
        "l'atelier “Nord”",
        "x\ny",
        "<b>gras</b>",
        "Labs & Co.",
    ]
    texts += ["&", "& ", "a &b", "a & b &amp; c", "x &copy y", "x &copy; y", "& ;", "&nbsp x", "&& b", "a &#38; b"]
    texts.extend(demo_and_random_texts(2026, 3000))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        for html in ("", "<p></p>", "<p>a</p>\n<p>b</p>", '<p>Un <a href="/x">lien</a></p>', "<h2>Titre</h2>"):
            _same_extraction(html, quick.original)
        for n in range(0, len(texts) - 2, 2):
            _same_extraction(f"<p>{texts[n]}</p>", quick.original)
            _same_extraction(f"<p>{texts[n]}</p><p>{texts[n + 1]}</p><p>{texts[n + 2]}</p>", quick.original)
