"""The admin report of missing and out-of-date translations lists exactly those of a prepared site."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail_localize.models import TranslationSource

from core.translation_report import MISSING, OUT_OF_DATE, TEXTS, translation_rows
from tests.factories import add_member

pytestmark = pytest.mark.django_db


def test_the_report_lists_exactly_the_missing_and_lagging_translations(site_tree):
    # The shared tree's members were translated only for their tagline: their other texts are left to translate.
    expected = {(v["fr"].title, lang, TEXTS) for v in site_tree.members for lang in ("en", "de")}
    # A member with no German page yet.
    english_only_versions = add_member(site_tree, lang_versions=("en",), bio="<p>Gravure.</p>", items=0)
    english_only = english_only_versions["fr"]
    expected |= {(english_only.title, "de", MISSING), (english_only.title, "en", TEXTS)}
    # A member translated completely, then changed in French after its translations were synchronised.
    done_versions = add_member(site_tree, bio="", items=0)
    done = done_versions["fr"]
    source = TranslationSource.objects.get(object_id=done.translation_key)
    assert not translation_rows(translation_keys=[done.translation_key])
    TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=timezone.now() - timedelta(hours=2))
    done.tagline = "Une nouvelle accroche"
    done.save_revision().publish()
    expected |= {(done.title, "en", OUT_OF_DATE), (done.title, "de", OUT_OF_DATE)}

    rows = translation_rows()
    assert {(row.title, row.locale.language_code, row.problem) for row in rows} == expected

    client = Client()
    client.force_login(User.objects.create_superuser("ed", "ed@example.lu", "pw-for-tests-123"))
    html = client.get(reverse("translation_report")).content.decode()
    assert reverse("wagtail_localize:submit_page_translation", args=[english_only.pk]) in html
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html
    for versions in site_tree.members:
        if versions not in (english_only_versions, done_versions):
            assert reverse("wagtailadmin_pages:edit", args=[versions["de"].pk]) in html
    # One language at a time.
    german = client.get(reverse("translation_report") + "?locale=de").content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[site_tree.members[0]["en"].pk]) + '"' not in german
    assert reverse("wagtailadmin_pages:edit", args=[site_tree.members[0]["de"].pk]) in german


def test_members_without_the_translation_right_do_not_see_the_report(site_tree):
    client = Client()
    client.force_login(User.objects.create_user("member", "m@example.lu", "pw-for-tests-123"))
    assert client.get(reverse("translation_report")).status_code in (302, 403)


def test_a_member_sees_which_of_its_languages_lag(site_tree):
    versions = add_member(site_tree, lang_versions=("en",), bio="", items=0)
    owner = User.objects.create_user("owner", "owner@example.lu", "pw-for-tests-123")
    versions["fr"].owners.add(owner)
    client = Client()
    client.force_login(owner)
    with translation.override("en"):
        dashboard = client.get(reverse("space:dashboard")).content.decode()
    assert "Languages whose translation lags behind: Deutsch." in dashboard
    # Once every language is translated and in step, nothing lags.
    complete = add_member(site_tree, bio="", items=0)
    complete["fr"].owners.set([owner])
    versions["fr"].owners.remove(owner)
    with translation.override("en"):
        assert "lags behind" not in client.get(reverse("space:dashboard")).content.decode()
