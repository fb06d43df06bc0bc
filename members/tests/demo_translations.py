"""The demo's members in wagtail-localize's translation editor: checked on the demo ``demo/tests/test_seed_demo.py``
seeds (one seeding serves several checks)."""

import json

from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.test import Client
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from members.models import MemberPage


def demo_members_open_in_the_localize_translation_editor():
    """After ``seed_demo --members 4``: run by ``demo/tests/test_seed_demo.py``'s seeding (about 20 s) as a subtest."""
    user = User.objects.create_superuser("localize-admin", "localize-admin@example.lu", "pw-for-tests-123")
    client = Client()
    client.force_login(user)
    keys = set(MemberPage.objects.values_list("translation_key", flat=True))
    assert len(keys) == 4
    # Every demo member, not only the first few, is a wagtail-localize source with its two translations.
    for key in keys:
        source = TranslationSource.objects.get(object_id=key)
        for version in MemberPage.objects.filter(translation_key=key).exclude(locale=source.locale):
            translation = Translation.objects.get(source=source, target_locale=version.locale)
            assert translation.enabled
            response = client.get(f"/admin/pages/{version.pk}/edit/")
            assert response.status_code == 200
            # wagtail-localize's translation editor, not the plain page editor.
            assert response.templates[0].name == "wagtail_localize/admin/edit_translation.html"
            (widget,) = BeautifulSoup(response.content, "html.parser").select(".js-translation-editor")
            props = json.loads(widget["data-props"])
            assert (props["sourceLocale"]["code"], props["locale"]["code"]) == (
                source.locale.language_code,
                version.locale.language_code,
            )
            # The page's own texts are its translations; a text shown in the source language is still to do.
            if version.tagline != source.as_instance().tagline:
                tagline = StringValue.from_plaintext(version.tagline).data
                assert StringTranslation.objects.filter(locale=version.locale, data=tagline).exists()
                assert tagline in [string["data"] for string in props["initialStringTranslations"]]
