"""Every member page is a wagtail-localize source with its translations, whatever made it."""

import json
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

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
