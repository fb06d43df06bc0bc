"""A member posts a job offer from My space (French, German); it waits "in moderation"; an editor approves it in the
Wagtail admin; the offer is then on the member page, in the jobs listing, in the jobs feed and in the API."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from jobs.dates import today
from jobs.models import JobPage
from tests.factories import build_site_tree
from tests.factories.home import translate_page
from tests.factories.jobs import JobIndexPageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-passphrase-42"
TEXTS = {
    "fr": {
        "new": "Nouvelle offre d'emploi",
        "save": "Enregistrer et envoyer en relecture",
        "waiting": "En modération",
        "live": "Publiée",
        "title": "Graphiste pour nos éditions",
        "description": "Vous mettez en page nos livres d'art.",
    },
    "de": {
        "new": "Neues Stellenangebot",
        "save": "Speichern und zur Prüfung senden",
        "waiting": "In Prüfung",
        "live": "Veröffentlicht",
        "title": "Grafiker·in für unseren Verlag",
        "description": "Sie gestalten unsere Kunstbücher.",
    },
}


@pytest.fixture
def site():
    tree = build_site_tree(members_per_branch=1)
    index = JobIndexPageFactory(parent=tree.home["fr"], locale=tree.locales["fr"], slug="offres-emploi")
    tree.jobs = {"fr": index}
    for lang in ("en", "de"):
        tree.jobs[lang] = translate_page(index, tree.locales[lang], slug={"en": "jobs", "de": "stellenangebote"}[lang])
    return tree


def sign_in_to_admin(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_a_member_posts_a_job_offer_that_goes_live_when_an_editor_approves(site, new_page, django_user_model, lang):
    texts = TEXTS[lang]
    member_page = site.members[0][lang]
    owner_page = site.members[0]["fr"]  # the member's main page, which its owners hold
    owner = django_user_model.objects.create_user("nord@example.lu", "nord@example.lu", PASSWORD)
    owner_page.owners.add(owner)
    editor = django_user_model.objects.create_user("editor", "editor@example.lu", PASSWORD)
    editor.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    with translation.override(lang):
        posts_url = reverse("space:posts", kwargs={"page_id": owner_page.pk})

    # The member signs in on its posts, chooses a new offer and writes it in its language only.
    member = new_page(locale=f"{lang}-{lang.upper()}")
    member.goto(posts_url)
    member.fill("[name=username]", "nord@example.lu")
    member.fill("[name=password]", PASSWORD)
    member.locator("form button[type=submit]").click()
    expect(member).to_have_url(re.compile(re.escape(posts_url) + "$"))
    member.get_by_role("link", name=texts["new"]).click()
    member.select_option("[name=language]", lang)
    member.fill("[name=location]", "Esch-sur-Alzette")
    member.fill("[name=apply_email]", "jobs@nord.example.lu")
    member.fill("[name=expiry_date]", (today() + datetime.timedelta(days=30)).isoformat())
    member.fill(f"[name=title_{lang}]", texts["title"])
    member.fill(f"[name=description_{lang}]", texts["description"])
    member.get_by_role("button", name=texts["save"]).click()
    expect(member).to_have_url(re.compile(re.escape(posts_url) + "$"))
    entry = member.locator(".space-post", has_text=texts["title"])
    expect(entry.locator(".status")).to_have_text(texts["waiting"])

    # Nothing public before the review.
    visitor = new_page(locale=f"{lang}-{lang.upper()}")
    visitor.goto(site.jobs[lang].url)
    expect(visitor.locator("main")).not_to_contain_text(texts["title"])

    # An editor approves it in the Wagtail admin.
    admin = new_page(locale="en-GB")
    sign_in_to_admin(admin, "editor")
    expect(admin.locator("main")).to_contain_text(texts["title"])
    offer_page = JobPage.objects.get(title=texts["title"], locale__language_code=lang)
    admin.goto(f"/admin/pages/{offer_page.pk}/edit/")
    approve = admin.get_by_role("button", name="Approve and Publish", exact=True)
    if not approve.is_visible():
        admin.locator("footer .w-dropdown__toggle").first.click()
    approve.click()
    expect(admin.locator(".messages")).to_contain_text(texts["title"])

    # Public at once: the member page, the jobs listing (the member linked as employer), the feed and the API.
    member.reload()
    expect(member.locator(".space-post", has_text=texts["title"]).locator(".status")).to_have_text(texts["live"])
    visitor.goto(member_page.url)
    expect(visitor.locator(".member-posts")).to_contain_text(texts["title"])
    visitor.goto(site.jobs[lang].url)
    offer = visitor.locator(".job-teaser", has_text=texts["title"])
    expect(offer.locator(".job-teaser__employer a")).to_have_attribute("href", member_page.url)
    feed = visitor.request.get(site.jobs[lang].url + "feed/")
    assert feed.ok and texts["title"] in feed.text()
    api = visitor.request.get(f"/api/v2/pages/?type=jobs.JobPage&locale={lang}&fields=title")
    assert texts["title"] in [item["title"] for item in api.json()["items"]]
