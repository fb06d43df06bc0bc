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
from members.rich_text import to_html
from taxonomy.models import Branch
from tests.factories.members import MemberPageFactory, PortfolioItemFactory

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
        if script.get("type") == "application/ld+json":  # data, never run: must stay valid JSON inside <script>
            json.loads(script.string)
            assert "<" not in script.string, script
            continue
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
        # The text part carries what the visitor wrote as it is; the HTML part of the portal's layout escapes it.
        assert message.content_subtype == "plain" and PAYLOAD in message.body
        for html, _mimetype in getattr(message, "alternatives", ()):
            assert "<script>" not in html and "<img src=x" not in html
    copy = next(m for m in mail.outbox if m.to == ["visitor@example.lu"])
    assert "evil@example.lu" not in copy.body


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def posted(evil, site_tree):
    """A job offer, a call for collaboration, an event and an article of the member with markup in its name."""
    from tests.factories.agenda import AgendaPageFactory, EventPageFactory
    from tests.factories.jobs import (
        CollaborationIndexPageFactory,
        CollaborationPageFactory,
        JobIndexPageFactory,
        JobPageFactory,
    )
    from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

    home, fr = site_tree.home["fr"], site_tree.locales["fr"]
    pages = {}
    pages["job_index"] = publish(JobIndexPageFactory(parent=home, locale=fr))
    pages["job"] = publish(JobPageFactory(parent=pages["job_index"], locale=fr, employer_member=evil, employer_name=""))
    pages["collab_index"] = publish(CollaborationIndexPageFactory(parent=home, locale=fr))
    pages["collab"] = publish(
        CollaborationPageFactory(parent=pages["collab_index"], locale=fr, author_member=evil, author_name="")
    )
    pages["agenda"] = publish(AgendaPageFactory(parent=home, locale=fr))
    pages["event"] = publish(EventPageFactory(parent=pages["agenda"], locale=fr, organiser_member=evil))
    pages["news_index"] = publish(NewsIndexPageFactory(parent=home, locale=fr))
    article = NewsPageFactory(parent=pages["news_index"], locale=fr)
    article.related_members.add(evil)
    pages["article"] = publish(article)
    return pages


def test_pages_naming_the_member(posted):
    for name in ["job", "job_index", "collab", "collab_index", "event", "article"]:
        html = get(posted[name].url).content.decode()
        assert "Evil Studio" in html, name
        assert_inert(html)


def test_job_feed_descriptions_are_escaped_html(posted):
    """RSS readers render <description> as HTML: the member's name must arrive there as text."""
    from defusedxml import ElementTree

    response = get(posted["job_index"].url + "feed/")
    (item,) = ElementTree.fromstring(response.content).iter("item")
    description = item.find("description").text
    assert_inert(description)
    assert NAME in BeautifulSoup(description, "html.parser").get_text()


def test_event_calendar_keeps_the_name_as_text_on_its_own_line(posted):
    response = get(posted["agenda"].url + "ical/")
    body = response.content.decode()
    assert "Evil Studio" in body
    assert "\nBCC" not in body.upper() and body.count("BEGIN:VEVENT") == 1
    event_ical = get(posted["event"].url + "ical/").content.decode()
    assert event_ical.count("BEGIN:VEVENT") == 1 and "Evil Studio" in event_ical
