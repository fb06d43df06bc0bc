"""Result cards rendered in Python (members.templatetags.result_tags) and snippets read only for the cards that
show them: what a visitor reads is unchanged, the page reads no member text it does not show."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.safestring import mark_safe

from members.templatetags.result_tags import result_cards
from search.query import DirectoryQuery
from search.service import search_directory

from .test_understood import members, soup, text_of  # noqa: F401 - the fixture and its helpers


def card_of(page, name):
    return next(card for card in page.select(".member-card") if text_of(card.select_one(".member-card__name")) == name)


@pytest.mark.django_db
@pytest.mark.usefixtures("members")
def test_a_card_says_which_skills_matched_and_another_shows_the_words_found(client):
    page = soup(client.get("/fr/membres/", {"q": "photographe"}))
    lumen = card_of(page, "Lumen")
    assert text_of(lumen.select_one(".member-card__match")) == (
        "Correspond à votre recherche : « photographe » → Photographie de produits"
    )
    sonar = card_of(page, "Sonar")  # no photography skill: its presentation says the word
    assert text_of(sonar.select_one(".member-card__match")) == "Présentation: Un photographe amateur à ses heures."
    assert sonar.select_one(".member-card__match mark").get_text() == "photographe"


@pytest.mark.django_db
@pytest.mark.usefixtures("members")
def test_cards_showing_matched_skills_read_no_member_text():
    with translation.override("fr"):
        result = search_directory(DirectoryQuery("fr", "graphiste"))
        assert [item.name for item in result.items] == ["Le Graphiste", "Atelier Mosaïque"]
        with CaptureQueriesContext(connection) as queries:
            html = result_cards(result.items)
    assert "Identité visuelle" in html
    assert not any("search_memberdocument" in query["sql"] for query in queries)


@pytest.mark.django_db
@pytest.mark.usefixtures("members")
def test_the_api_still_gives_the_snippet_of_every_result(client):
    data = client.get("/api/v1/directory/", {"q": "photographe", "lang": "fr"}).json()
    by_name = {result["name"]: result for result in data["results"]}
    assert by_name["Sonar"]["match"]["reason"] == "Présentation"
    assert "<mark>photographe</mark>" in by_name["Sonar"]["match"]["snippet"]
    assert by_name["Lumen"]["matched"] == [{"words": "photographe", "skills": "Photographie de produits"}]


def item(number, **fields):
    return SimpleNamespace(
        **{
            "name": f"Member {number}",
            "url": f"/fr/membres/design/member-{number}/",
            "logo_url": "",
            "picture": {"src": f"/media/{number}.webp", "srcset": f"/media/{number}.webp 480w", "width": 480},
            "tagline": "",
            "tagline_lang": "",
            "kind_label": "Indépendant",
            "location": "",
            "skills": [],
            "matched": [],
            "snippet": "",
            "snippet_lang": "",
            "reason": "",
            **fields,
        }
    )


def test_cards_escape_what_members_wrote_and_load_the_first_two_pictures_at_once():
    items = [
        item(1, name='<script>alert("x")</script>', tagline="Tom & Jerry", tagline_lang="en", location="Esch <b>"),
        item(2, skills=["Design <graphique>"], logo_url="/media/logo.webp?a=1&b=2"),
        item(3, picture={}, snippet=mark_safe("un <mark>mot</mark>"), reason="Présentation", snippet_lang="de"),
    ]
    with translation.override("fr"):
        html = result_cards(items)
    page = soup(SimpleNamespace(status_code=200, content=html.encode()))
    cards = page.select(".member-card")
    assert len(cards) == 3
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert text_of(cards[0].select_one(".member-card__name")) == '<script>alert("x")</script>'
    assert cards[0].select_one(".member-card__tagline")["lang"] == "en"
    assert text_of(cards[0].select_one(".member-card__meta")) == "Indépendant · Esch <b>"
    assert cards[1].select_one(".member-card__logo")["src"] == "/media/logo.webp?a=1&b=2"
    assert [text_of(tag) for tag in cards[1].select(".member-card__skills li")] == ["Design <graphique>"]
    assert cards[1].select_one(".member-card__skills")["aria-label"] == "Compétences"
    assert [card.select_one(".member-card__picture").get("loading") for card in cards] == [None, None, None]
    assert cards[2].select_one("span.member-card__picture")["aria-hidden"] == "true"
    assert cards[2].select_one(".member-card__match span[lang=de] mark").get_text() == "mot"  # the snippet's HTML
    assert "&lt;mark&gt;" in result_cards([item(4, snippet="<mark>", reason="Portfolio")])  # text, not HTML
    more = result_cards([item(n) for n in range(1, 5)])
    lazy = [img.get("loading") for img in soup(SimpleNamespace(status_code=200, content=more.encode())).select("img")]
    assert lazy == [None, None, "lazy", "lazy"]


@pytest.mark.django_db
@pytest.mark.usefixtures("members")
def test_a_snippet_read_later_is_labelled_in_the_language_of_the_results():
    with translation.override("fr"):
        result = search_directory(DirectoryQuery("fr", "photographe"))
    with translation.override("de"):  # read elsewhere (a command, another language active): still French
        sonar = next(item for item in result.items if item.name == "Sonar")
        assert sonar.reason == "Présentation"
        assert "<mark>photographe</mark>" in sonar.snippet
