"""Journeys of visitors in the browser, each in two languages: the directory, contacting a member, applying."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from members.models import MembershipApplication
from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SENT = {
    "fr": "Votre message est envoyé",
    "de": "Ihre Nachricht wurde gesendet",
    "en": "Your message was sent",
}


@pytest.fixture
def site():
    return build_site_tree(members_per_branch=1)


@pytest.mark.parametrize(("lang", "locale"), [("fr", "fr-FR"), ("de", "de-DE")])
def test_a_visitor_writes_to_a_member_without_seeing_its_address(site, new_page, lang, locale):
    member = site.members[0][lang]
    page = new_page(locale=locale)
    page.goto(site.home[lang].url)
    page.goto(member.url)
    form = page.locator("#contact form")
    form.locator("[name=sender_name]").fill("Léa Muller")
    form.locator("[name=sender_email]").fill("lea@example.lu")
    form.locator("[name=subject]").fill("Un projet d'affiche")
    form.locator("[name=body]").fill("Bonjour, nous aimerions une affiche pour notre festival.")
    form.locator("[name=consent]").check()
    form.locator("button[type=submit]").click()
    expect(page.locator("#contact [role=status]")).to_contain_text(SENT[lang])
    assert member.contact_email not in page.content()
    to_member = next(m for m in mail.outbox if m.to == [member.contact_email])
    assert to_member.reply_to == ["lea@example.lu"]
    copy = next(m for m in mail.outbox if m.to == ["lea@example.lu"])
    assert member.contact_email not in copy.body


@pytest.mark.parametrize(
    ("lang", "path", "submit"),
    [("en", "/en/apply/", "Send my application"), ("fr", "/fr/adhesion/", "Envoyer ma candidature")],
)
def test_an_applicant_applies_for_membership(site, new_page, lang, path, submit):
    page = new_page(java_script_enabled=False)
    page.goto(path)
    form = page.locator("main form")  # the head has a <meta name="description"> too
    form.locator("[name=business_name]").fill("Studio Lumière")
    form.locator("[name=primary_branch]").select_option(label="Design")
    form.locator("[name=contact_name]").fill("Léa Muller")
    form.locator("[name=email]").fill("lea@studio-lumiere.lu")
    form.locator("[name=description]").fill("Un studio de design graphique à Esch.")
    form.locator("[name=consent]").check()
    form.get_by_role("button", name=submit).click()
    expect(page.locator("h1")).to_be_visible()
    application = MembershipApplication.objects.get()
    assert (application.business_name, application.language) == ("Studio Lumière", lang)
    assert mail.outbox[0].to == ["lea@studio-lumiere.lu"]


@pytest.mark.parametrize(
    ("lang", "switch_to", "javascript"),
    [("de", "DE", False), ("en", "EN", False), ("de", "DE", True), ("en", "EN", True)],
)
def test_a_visitor_switches_language_searches_filters_and_comes_back(site, new_page, lang, switch_to, javascript):
    from search.tests.helpers import make_member

    make_member(site, "design", title="Lumen Atelier", skill_codes=["branding"], available_for_hire=True,
                translate_to=["en", "de"])  # fmt: skip
    make_member(site, "music", title="Sonar Studio", kind="freelancer", translate_to=["en", "de"])
    page = new_page(java_script_enabled=javascript)
    page.goto("/")
    page.locator(".language-switcher a", has_text=switch_to).click()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    page.locator(".main-nav a").first.click()
    page.locator("#directory-q").fill("Lumen")
    page.locator("#directory-q").press("Enter")
    expect(page).to_have_url(re.compile(r"q=Lumen"))
    page.locator("#f-kind-company").check()
    if not javascript:
        page.locator("#directory-live [data-nojs]").first.click()
    expect(page).to_have_url(re.compile(r"kind=company"))
    page.locator("#f-available").check()
    if not javascript:
        page.locator("#directory-live [data-nojs]").first.click()
    expect(page).to_have_url(re.compile(r"available=1"))
    page.get_by_role("link", name="Lumen Atelier").click()
    expect(page.locator("h1")).to_have_text("Lumen Atelier")
    page.go_back()
    expect(page.locator("#f-kind-company")).to_be_checked()
    expect(page.locator("#f-available")).to_be_checked()
    expect(page.locator("#directory-q")).to_have_value("Lumen")
