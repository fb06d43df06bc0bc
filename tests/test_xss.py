"""Member-provided text with markup and script renders as text everywhere it appears.

A member controls their name, tagline, presentation, portfolio titles, captions, credits and
keywords. Each place that shows them is checked: the HTML has no element, attribute or
script the member wrote; JSON carries the text as data; e-mails carry it as plain text.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from matchmaking.tests.conftest import demo_skill
from members.factories import MemberPageFactory, PortfolioItemFactory
from members.models import Branch
from members.space.text import to_html

PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
NAME = f"Evil Studio {PAYLOAD}"

pytestmark = pytest.mark.django_db


@pytest.fixture
def evil(site_tree):
    branch = Branch.objects.get(code="design")
    page = MemberPageFactory(
        parent=site_tree.branches["design"]["fr"],
        locale=site_tree.locales["fr"],
        title=NAME,
        tagline=f"Packaging {PAYLOAD}",
        bio=to_html(f"Nous dessinons des emballages. {PAYLOAD}"),  # what the member space stores
        contact_email="evil@example.lu",
    )
    page.branches.add(branch)
    page.skills.add(demo_skill("packaging", branch))
    page.tags.add(f"tag{PAYLOAD}"[:100])
    PortfolioItemFactory(
        page=page,
        locale=page.locale,
        title=f"Projet {PAYLOAD}",
        caption=f"Légende emballage {PAYLOAD}",
        credits=f"Crédits {PAYLOAD}",
        alt_text=f"Alt {PAYLOAD}",
        image=None,
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def assert_inert(html):
    """No element, handler or script of the payload made it into the document."""
    doc = BeautifulSoup(html, "html.parser")
    for script in doc.find_all("script"):
        assert "alert(" not in (script.string or ""), script
    for element in doc.find_all(True):
        assert not any(name.lower().startswith("on") for name in element.attrs), element
        assert element.get("src") != "x", element
    assert "<script>alert(1)" not in html


def get(path, **extra):
    response = Client().get(path, **extra)
    assert response.status_code == 200, path
    return response


def test_member_page(evil):
    response = get(evil.url)
    html = response.content.decode()
    assert_inert(html)
    doc = BeautifulSoup(html, "html.parser")
    assert doc.h1.get_text(strip=True) == NAME  # shown as text, not dropped
    assert doc.find("meta", property="og:title")["content"].startswith("Evil Studio")


def test_directory_listing_and_search_snippets(evil, site_tree):
    for query in ("", "?q=emballage", "?q=alert", "?q=script"):
        assert_inert(get(site_tree.directory["fr"].url + query).content.decode())
    assert_inert(get(site_tree.branches["design"]["fr"].url).content.decode())


def test_site_search(evil):
    with translation.override("fr"):
        url = reverse("site_search")
    html = get(f"{url}?q=Evil").content.decode()
    assert "Evil Studio" in html
    assert_inert(html)


def test_directory_and_suggest_json(evil):
    data = get("/api/v1/directory/?lang=fr&q=emballage").json()
    (member,) = [m for m in data["results"] if m["name"] == NAME]
    assert member["tagline"] == f"Packaging {PAYLOAD}"
    assert_inert(member["match"]["snippet"])  # an HTML snippet for partners: escaped, only <mark> added
    suggestions = get("/api/v1/directory/suggest/?lang=fr&q=Evil").json()
    assert suggestions["members"][0]["name"] == NAME


def test_pages_api_json(evil):
    response = get(f"/api/v2/pages/{evil.pk}/")
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["title"] == NAME
    assert_inert(data["bio"])


def test_matchmaking_shortlist(evil, client):
    response = client.post(
        "/api/v1/matchmaking/shortlist/",
        json.dumps({"text": "Nous cherchons un packaging pour nos confitures", "lang": "fr"}),
        content_type="application/json",
    )
    assert NAME in [r["name"] for r in response.json()["results"]]


def test_contact_relay_emails_are_plain_text(evil):
    Client().post(
        f"/fr/contact/{evil.pk}/",
        {
            "sender_name": f"Visitor {PAYLOAD}",
            "sender_email": "visitor@example.lu",
            "subject": f"Hello\r\nBcc: victim@example.lu {PAYLOAD}",
            "body": f"Body {PAYLOAD}",
            "consent": "on",
        },
    )
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert "\n" not in message.subject and "victim@example.lu" not in message.to + message.cc + message.bcc
        assert message.content_subtype == "plain" and not getattr(message, "alternatives", None)
    copy = next(m for m in mail.outbox if m.to == ["visitor@example.lu"])
    assert "evil@example.lu" not in copy.body
