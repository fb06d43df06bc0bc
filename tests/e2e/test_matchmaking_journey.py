"""Matchmaking as its users live it, in a browser: a German company without JavaScript, a creative who
wrote only in French, an editor reading the dashboard."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from matchmaking.tests.conftest import demo_skill, french_member
from taxonomy.models import Branch
from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-passphrase-42"


@pytest.fixture
def site(django_user_model):
    tree = build_site_tree(members_per_branch=1)
    design = Branch.objects.get(code="design")
    skills = [demo_skill("brand-identity", design), demo_skill("packaging", design)]
    creatives = []
    for n, title in enumerate(["Atelier Mosaïque", "Papier Plié", "Studio Krokus", "Encre Verte"]):
        owner = django_user_model.objects.create_user(f"owner{n}@example.lu", f"owner{n}@example.lu", PASSWORD)
        creatives.append(
            french_member(
                tree,
                "design",
                skills=skills[: 2 - n % 2],
                owner=owner,
                title=title,
                tagline="Identité visuelle et packaging" if n % 2 == 0 else "Identité visuelle",
                available_for_hire=n == 0,
                contact_email="",
            )
        )
    django_user_model.objects.create_superuser("editor", "editor@example.lu", PASSWORD)
    return tree


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def test_a_german_company_finds_french_writing_creatives_and_one_answers(site, new_page):
    company = new_page(java_script_enabled=False, locale="de-DE")
    company.goto("/de/")
    company.get_by_role("link", name="Kreative finden").click()
    expect(company).to_have_url(re.compile(r"/de/matchmaking/$"))
    company.get_by_label("Was brauchen Sie?").fill("Wir suchen jemanden für Logo und Verpackung unserer Bäckerei.")
    company.get_by_label("Ihr Name").fill("Jana Becker")
    company.get_by_label("Ihre E-Mail-Adresse").fill("jana@baeckerei.lu")
    company.get_by_label(re.compile("Ich bin einverstanden")).check()
    company.get_by_role("button", name="Kreative finden").click()
    expect(company.locator("h1")).to_have_text("Bestätigen Sie Ihre E-Mail-Adresse")

    (confirmation,) = mail.outbox
    company.goto(link_in(confirmation))
    company.get_by_role("button", name="Bestätigen und Kreative ansehen").click()
    items = company.locator(".shortlist__item")
    expect(items.first).to_contain_text("Atelier Mosaïque")
    expect(items.first.locator(".shortlist__why")).to_contain_text("Corporate Design, Verpackungsdesign")
    expect(items.first.locator(".shortlist__why")).to_contain_text("verfügbar")
    assert items.count() >= 4
    # The company keeps three of the preselected creatives.
    boxes = company.locator("input[name=creatives]")
    for n in range(3, boxes.count()):
        boxes.nth(n).uncheck()
    mail.outbox.clear()
    company.get_by_role("button", name="Meine Anfrage an die ausgewählten Kreativen senden").click()
    expect(company.locator("table tbody tr")).to_have_count(3)
    to_members = [m for m in mail.outbox if m.to[0].startswith("owner")]
    assert len(to_members) == 3
    assert all("jana@baeckerei.lu" not in m.body for m in to_members)

    # The first creative answers from My space in one click.
    mosaique = next(m for m in to_members if m.to == ["owner0@example.lu"])
    creative = new_page(locale="fr-FR")
    creative.goto(link_in(mosaique))
    creative.get_by_label("Adresse e-mail").fill("owner0@example.lu")
    creative.get_by_label("Mot de passe").fill(PASSWORD)
    creative.get_by_role("button", name=re.compile("connecter", re.IGNORECASE)).click()
    expect(creative.locator(".space-message")).to_contain_text("Bäckerei")
    mail.outbox.clear()
    creative.get_by_role("button", name="Intéressé").click()
    expect(creative.get_by_role("link", name="jana@baeckerei.lu")).to_be_visible()
    (answer,) = mail.outbox
    assert answer.to == ["jana@baeckerei.lu"] and "Atelier Mosaïque" in answer.subject

    company.reload()
    expect(company.locator("table")).to_contain_text("Interessiert")

    # An editor sees the brief and the answer.
    editor = new_page(locale="en-GB")
    editor.goto("/admin/login/")
    editor.fill("#id_username", "editor")
    editor.fill("#id_password", PASSWORD)
    editor.locator("button[type=submit]").click()
    editor.goto("/admin/matchmaking/dashboard/")
    expect(editor.locator(".mm-figures")).to_contain_text("3")
    expect(editor.locator("body")).to_contain_text("Atelier Mosaïque")
