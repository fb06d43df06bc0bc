"""Every member page is a wagtail-localize source with its translations, whatever made it."""

import json
import re
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    StringSegment,
    StringTranslation,
    TemplateSegment,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core.localize_bulk import string_texts
from members import membership
from members.models import MemberPage, MembershipApplication
from members.translations import register_members
from taxonomy.models import Branch
from tests.factories import add_member
from tests.factories.home import translate_page
from tests.factories.members import MemberPageFactory, PortfolioItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(db):
    client = Client()
    client.force_login(User.objects.create_superuser("admin", "admin@example.lu", "pw-for-tests-123"))
    return client


def editor_props(client, page):
    """The translation editor's data for ``page``'s admin edit view (which must be that editor)."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert response.templates[0].name == "wagtail_localize/admin/edit_translation.html"
    (widget,) = BeautifulSoup(response.content, "html.parser").select(".js-translation-editor")
    return json.loads(widget["data-props"])


def translated_texts(props):
    return [string["data"] for string in props["initialStringTranslations"]]


def test_factory_members_open_in_the_translation_editor(site_tree, admin_client):
    for versions in site_tree.members:
        source = versions["fr"]
        for lang in ("en", "de"):
            props = editor_props(admin_client, versions[lang])
            assert (props["sourceLocale"]["code"], props["locale"]["code"]) == ("fr", lang)
            assert f"{source.tagline} ({lang})" in translated_texts(props)
        # The source offers wagtail-localize's sync of its translations.
        registered = TranslationSource.objects.get(object_id=source.translation_key)
        page = admin_client.get(f"/admin/pages/{source.pk}/edit/").content.decode()
        assert reverse("wagtail_localize:update_translations", args=[registered.pk]) in page


def test_a_text_the_translation_shows_in_the_source_language_is_left_to_translate(site_tree, admin_client):
    versions = add_member(site_tree, bio="<p>Un atelier de reliure.</p>")
    german = versions["de"]
    props = editor_props(admin_client, german)
    texts = translated_texts(props)
    assert f"{versions['fr'].tagline} (de)" in texts  # its own German tagline is a translation
    assert versions["fr"].title in texts  # a name stays as written
    assert "Un atelier de reliure." not in texts  # the French bio it shows is still to translate
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=german.locale)
    total, done = translation.get_progress()
    assert done < total


def test_an_approved_application_opens_in_the_translation_editor(site_tree, admin_client):
    application = MembershipApplication.objects.create(
        business_name="Atelier Nord",
        kind="company",
        primary_branch=Branch.objects.get(code="design"),
        contact_name="Léa Muller",
        email="lea@atelier-nord.lu",
        description="Reliure et papeterie.",
        language="fr",
        consent_at=timezone.now(),
    )
    page = membership.approve(application, User.objects.get(username="admin"))
    source = TranslationSource.objects.get(object_id=page.translation_key)
    assert source.locale.language_code == "fr"
    for lang in ("en", "de"):
        version = page.get_translation(Locale.objects.get(language_code=lang))
        assert not version.live
        props = editor_props(admin_client, version)
        assert props["sourceLocale"]["code"] == "fr"
        assert "Atelier Nord" in translated_texts(props)


def test_the_command_registers_members_made_before_once(site_tree, admin_client):
    locales = site_tree.locales
    member = MemberPageFactory(parent=site_tree.branches["music"]["fr"], locale=locales["fr"], tagline="Son live")
    PortfolioItemFactory(page=member, locale=locales["fr"], caption="Un concert.")
    member.save_revision().publish()
    german = translate_page(member, locales["de"], tagline="Live-Sound")
    german.portfolio_items.update(caption="Ein Konzert.")
    assert not TranslationSource.objects.filter(object_id=member.translation_key).exists()

    call_command("register_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("register_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert TranslationSource.objects.filter(object_id=member.translation_key).count() == 1
    assert Translation.objects.filter(source__object_id=member.translation_key).count() == 1
    texts = translated_texts(editor_props(admin_client, german))
    assert "Live-Sound" in texts and "Ein Konzert." in texts
    # Every member of the site is registered.
    keys = set(MemberPage.objects.values_list("translation_key", flat=True))
    assert keys == set(TranslationSource.objects.filter(object_id__in=keys).values_list("object_id", flat=True))


def test_registration_is_written_in_bulk(site_tree, django_assert_max_num_queries):
    locales = site_tree.locales
    keys = []
    for _n in range(20):
        member = MemberPageFactory(parent=site_tree.branches["design"]["fr"], locale=locales["fr"])
        for _item in range(3):
            PortfolioItemFactory(page=member, locale=locales["fr"])
        for lang in ("en", "de"):
            member.copy_for_translation(locales[lang], copy_parents=True)
        keys.append(member.translation_key)
    start = time.perf_counter()
    with django_assert_max_num_queries(40):  # the same few statements for 20 members as for one
        register_members(keys)
    assert time.perf_counter() - start < 20
    assert Translation.objects.filter(source__object_id__in=keys).count() == 40
    assert StringTranslation.objects.filter(context__object_id__in=keys, context__path="title").count() == 40


def test_a_members_own_bio_translation_is_the_editors_string_and_survives_a_sync(site_tree, admin_client):
    from django.contrib.auth.models import Group

    from members.moderation import MemberChanges
    from tests.factories.members import UserFactory

    page = site_tree.members[0]["fr"]
    owner = UserFactory()
    page.owners.add(owner)
    moderator = UserFactory(username="moderator", is_superuser=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    changes = MemberChanges(page)
    changes.main.bio = "<p>Un atelier de reliure.</p><p>Des <b>carnets</b> sur mesure.</p>"
    changes.set_text("de", "bio", "<p>Eine Buchbinderei.</p><p><b>Notizbücher</b> nach Maß.</p>")
    changes.set_text("en", "bio", "<p>A bindery in three paragraphs.</p><p>Two.</p><p>Three.</p>")
    changes.submit(owner)
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")

    german = page.get_translation(site_tree.locales["de"])
    texts = translated_texts(editor_props(admin_client, german))
    assert "Eine Buchbinderei." in texts and "<b>Notizbücher</b> nach Maß." in texts
    # English was written in another shape: its paragraphs cannot be paired, translators see them to do.
    english_texts = translated_texts(editor_props(admin_client, page.get_translation(site_tree.locales["en"])))
    assert "A bindery in three paragraphs." not in english_texts

    # An editor syncs the translations from the source: the member's German stays.
    source = TranslationSource.objects.get(object_id=page.translation_key)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=german.locale).save_target(publish=True)
    german.refresh_from_db()
    assert "Eine Buchbinderei." in german.bio and "Notizbücher" in german.bio


ITEM_KEY = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def localize_rows(key):
    """Everything wagtail-localize records for the object of translation key ``key``, without ids or keys."""
    source = TranslationSource.objects.get(object_id=key)
    segments = StringSegment.objects.filter(source=source).select_related("context", "string")
    return {
        "source": (
            source.locale.language_code,
            source.specific_content_type.model,
            source.schema_version,
            source.object_repr,
            json.loads(source.content_json),
        ),
        "strings": sorted(
            (s.order, s.context.path, s.context.field_path, s.string.locale.language_code, s.string.data, s.attrs)
            for s in segments
        ),
        "other segments": sorted(
            (type(s).__name__, s.order, s.context.path)
            for model in (TemplateSegment, RelatedObjectSegment, OverridableSegment)
            for s in model.objects.filter(source=source).select_related("context")
        ),
        "translations": sorted(
            (t.target_locale.language_code, t.enabled) for t in Translation.objects.filter(source=source)
        ),
        "translated": sorted(
            (
                st.context.path,
                st.locale.language_code,
                st.translation_of.data,
                st.data,
                st.translation_type,
                st.has_error,
            )
            for st in StringTranslation.objects.filter(context__object_id=key).select_related(
                "context", "translation_of", "locale"
            )
        ),
    }


def register_with_wagtail_localize(source, targets):
    """What wagtail-localize's own models write, one object and one text at a time: the source and its segments
    (``get_or_create_from_instance``), a ``Translation`` per target and each target's own texts as translations
    of the source's at the same place (``StringTranslation.save`` checks them), a target text equal to the
    source's left to translate, except a name (title and slug)."""
    registered, _created = TranslationSource.get_or_create_from_instance(source)
    segments = {}
    for segment in (
        StringSegment.objects.filter(source=registered).select_related("context", "string").order_by("order")
    ):
        segments.setdefault(segment.context.path, []).append(segment)
    for target in targets:
        Translation.objects.get_or_create(source=registered, target_locale=target.locale, defaults={"enabled": True})
        texts = {}
        for value in extract_segments(target):
            if isinstance(value, StringSegmentValue):
                texts.setdefault(value.path, []).append(value.string.data)
        for path, mine in segments.items():
            theirs = texts.get(path, [])
            if len(theirs) != len(mine):
                continue
            for segment, data in zip(mine, theirs, strict=True):
                if data == segment.string.data and path not in ("title", "slug"):
                    continue
                StringTranslation.objects.get_or_create(
                    translation_of=segment.string,
                    locale=target.locale,
                    context=segment.context,
                    defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )


def test_bulk_registration_writes_what_wagtail_localize_writes(site_tree):
    """Two members alike in every text, one registered in bulk (``register_members``), the other through
    wagtail-localize's own models: the same source, segments, translations and translated texts."""
    locales = site_tree.locales
    made = []
    for n in range(2):
        member = MemberPageFactory(
            parent=site_tree.branches["design"]["fr"],
            locale=locales["fr"],
            title="Atelier Nord",
            slug=f"atelier-nord-{n}",
            contact_email="atelier@nord.example.lu",
            tagline="Reliure & papeterie",
            bio='<p>Un atelier de <b>reliure</b>.</p><p>Voir <a href="https://example.lu/">le site</a>.</p>',
        )
        # In their order (My space numbers them): items of equal order come in any order from PostgreSQL.
        for order, caption in enumerate(("Un carnet relié.", "Des affiches « Nord »")):
            PortfolioItemFactory(
                page=member,
                locale=locales["fr"],
                title="Carnet",
                caption=caption,
                alt_text=f"Photo : {caption}",
                sort_order=order,
            )
        member.save_revision().publish()
        english = translate_page(member, locales["en"], tagline="Bookbinding & stationery")
        english.portfolio_items.filter(caption="Un carnet relié.").update(caption="A bound notebook.")
        german = translate_page(member, locales["de"], bio="<p>Eine <b>Buchbinderei</b>.</p>")
        made.append((member, [MemberPage.objects.get(pk=english.pk), MemberPage.objects.get(pk=german.pk)]))

    (bulk, _bulk_targets), (own, own_targets) = made
    register_members([bulk.translation_key])
    register_with_wagtail_localize(MemberPage.objects.get(pk=own.pk), own_targets)

    expected, written = localize_rows(own.translation_key), localize_rows(bulk.translation_key)
    for rows in (expected, written):  # the slugs, places in the tree, revisions and times differ, as they must
        content = rows["source"][4]
        for name in ("slug", "pk", "translation_key", "path", "url_path", "latest_revision", "live_revision"):
            content[name] = None
        for name in ("latest_revision_created_at", "first_published_at", "last_published_at"):
            content[name] = None
        for item in rows["source"][4]["portfolio_items"]:
            item["pk"] = item["page"] = item["translation_key"] = item["image"] = None
        # A portfolio item's texts are at paths named after its translation key: the item's own in each member.
        rows["strings"] = sorted((o, ITEM_KEY.sub("<item>", p), *r) for o, p, *r in rows["strings"] if p != "slug")
        rows["other segments"] = sorted((t, o, ITEM_KEY.sub("<item>", p)) for t, o, p in rows["other segments"])
        rows["translated"] = sorted((ITEM_KEY.sub("<item>", p), *r) for p, *r in rows["translated"] if p != "slug")
    assert written["translations"] == [("de", True), ("en", True)]
    assert ("tagline", "en", "Reliure &amp; papeterie", "Bookbinding &amp; stationery", "manual", False) in written[
        "translated"
    ]
    assert written == expected


def test_a_translations_texts_are_read_as_wagtail_localize_reads_them(site_tree):
    """``string_texts`` (the translated texts a bulk registration reads of each target) gives what
    ``extract_segments`` gives as string segments, in the same order: for member pages (plain and rich text,
    links, portfolio items, empty texts) and, through ``extract_segments`` itself, a page with a stream field."""
    member = site_tree.members[0]["fr"]
    member.bio = '<p>Un <b>atelier</b>.</p><p>Voir <a href="https://example.lu/">le site</a>.</p><p></p>'
    member.tagline = "Reliure & papeterie"
    member.save()
    PortfolioItemFactory(page=member, locale=member.locale, title="Carnet", caption="", alt_text="Photo <1>")
    pages = [MemberPage.objects.get(pk=member.pk), site_tree.members[1]["de"], site_tree.home["fr"]]
    for page in pages:
        page = page.specific
        expected = [(v.path, v.string.data) for v in extract_segments(page) if isinstance(v, StringSegmentValue)]
        assert string_texts(page) == expected
        assert expected
