from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client, RequestFactory
from django.utils import translation

from core.views import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("de-DE,de;q=0.9,en;q=0.8", "/de/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ja,zh;q=0.8", "/fr/"),
        ("", "/fr/"),
        ("fr-LU", "/fr/"),
    ],
)
def test_root_redirects_by_accept_language(site_tree, accept, target):
    response = Client(headers={"accept-language": accept} if accept else {}).get("/")
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/fr/n-existe-pas/", "Page introuvable"),
        ("/en/does-not-exist/", "Page not found"),
        ("/de/gibt-es-nicht/", "Seite nicht gefunden"),
        ("/fr/membres/design/inconnu/", "Page introuvable"),
        ("/de/mitglieder/nope/", "Seite nicht gefunden"),
    ],
)
def test_unknown_slugs_give_the_translated_404(site_tree, url, text):
    response = Client().get(url)
    assert response.status_code == 404
    doc = BeautifulSoup(response.content, "html.parser")
    assert doc.h1.text == text
    assert doc.html["lang"] == url[1:3]


def test_unknown_language_prefix_ends_on_a_404_never_a_500(site_tree):
    response = Client().get("/xx/membres/", follow=True)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Une erreur s'est produite"), ("en", "Something went wrong"), ("de", "Etwas ist schiefgelaufen")],
)
def test_server_error_page_is_translated(lang, text):
    with translation.override(lang):
        response = server_error(RequestFactory().get(f"/{lang}/"))
    assert response.status_code == 500
    assert text in response.content.decode()
    assert f'lang="{lang}"' in response.content.decode()


def test_no_contact_email_anywhere_in_the_html(site_tree):
    client = Client()
    for versions in [site_tree.home, site_tree.directory, *site_tree.branches.values(), *site_tree.members]:
        for page in versions.values():
            assert "hidden.example.lu" not in client.get(page.url).content.decode()


def test_home_shows_branches_and_featured_members(site_tree):
    home = site_tree.home["en"]
    doc = BeautifulSoup(Client().get(home.url).content, "html.parser")
    assert {t.select_one(".branch-tile__name").text for t in doc.select(".branch-tile")} == {"Design", "Music"}
    # Without curation, recent members with a logo; none of the factory members has one.
    assert doc.select(".member-card") == []
    featured = site_tree.members[1]["fr"]
    source_home = site_tree.home["fr"]
    source_home.featured_members.add(featured)
    source_home.save()
    doc = BeautifulSoup(Client().get(home.url).content, "html.parser")
    names = [a.text for a in doc.select(".member-card__name a")]
    assert names == [site_tree.members[1]["en"].title]
    assert doc.select_one(".member-card__name a")["href"] == site_tree.members[1]["en"].url


def test_main_menu_and_footer_are_in_the_page_language(site_tree):
    response = Client().get(site_tree.home["de"].url)
    doc = BeautifulSoup(response.content, "html.parser")
    assert [a.text for a in doc.select(".main-nav a")] == ["Mitglieder"]
    assert doc.select_one(".skip-link").text == "Zum Inhalt springen"
    assert doc.select_one("main#main") is not None


def test_catalogues_are_complete():
    for code, _name in settings.LANGUAGES:
        po = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po"))
        assert po.untranslated_entries() == [], (code, [e.msgid for e in po.untranslated_entries()][:5])
        assert po.fuzzy_entries() == [], (code, [e.msgid for e in po.fuzzy_entries()][:5])
        assert len(po) > 100


def test_a_home_page_translated_after_the_site_was_visited_is_reachable(db):
    from tests.factories.home import make_home, translate_page

    home, locales = make_home()
    assert Client().get("/fr/").status_code == 200  # caches the site's root paths
    translate_page(home, locales["de"], title="Startseite")
    assert Client().get("/de/").status_code == 200


def test_main_menu_marks_the_current_section(site_tree):
    member = site_tree.members[0]["en"]
    doc = BeautifulSoup(Client().get(member.url).content, "html.parser")
    assert doc.select_one(".main-nav a")["aria-current"] == "true"
    doc = BeautifulSoup(Client().get(site_tree.directory["en"].url).content, "html.parser")
    assert doc.select_one(".main-nav a")["aria-current"] == "page"
    doc = BeautifulSoup(Client().get(site_tree.home["en"].url).content, "html.parser")
    assert not doc.select_one(".main-nav a").has_attr("aria-current")


def test_a_page_restricted_to_signed_in_visitors_sends_them_to_the_sites_sign_in(site_tree):
    from django.urls import reverse
    from wagtail.models import PageViewRestriction

    member = site_tree.members[0]["en"]
    PageViewRestriction.objects.create(page=member, restriction_type=PageViewRestriction.LOGIN)
    response = Client().get(member.url)
    with translation.override("en"):
        sign_in = reverse("space:login")
    assert (response.status_code, response["Location"]) == (302, f"{sign_in}?next={member.url}")
