"""The style guide: each component of the design system by its real template, with demo data, for staff (and
anyone with DEBUG), never indexed, never in the sitemap, in the three languages."""

import pytest
from bs4 import BeautifulSoup

from tests.factories.members import ImageFactory

pytestmark = pytest.mark.django_db

COMPONENT_TEMPLATES = {
    "base.html",  # the header
    "members/includes/member_card.html",
    "members/includes/work_tile.html",
    "members/includes/directory_live.html",
    "members/includes/facet.html",
    "members/includes/portfolio_item.html",
    "members/includes/lightbox.html",
    "members/includes/no_results.html",
    "includes/forms/error_summary.html",
    "includes/forms/field.html",
}


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.lu", "a-long-passphrase-42", is_staff=True)
    client.force_login(user)
    return user


def headings(response):
    page = BeautifulSoup(response.content, "html.parser")
    return page, [h2.get_text(strip=True) for h2 in page.select("main h2")]


def test_staff_see_every_component_with_demo_data(client, staff, site_tree):
    ImageFactory.create_batch(2)
    response = client.get("/en/styleguide/")
    assert response.status_code == 200
    page, titles = headings(response)
    assert page.h1.text == "Style guide"
    for title in (
        "Header",
        "Colours and type",
        "Buttons",
        "Tags and skill chips",
        "Member cards",
        "Work cards",
        "Facet panel and results",
        "Gallery and lightbox",
        "Forms",
        "Messages and notices",
    ):
        assert title in titles
    main = page.main
    assert main.select("header") == [] and page.select_one("header.site-header .site-menu")  # the real header
    assert {a.text for a in main.select(".member-card__name a")} >= {"Atelier Lumen", "Sonar Studio"}
    assert "Text in German" in main.text  # a text in another language says so
    assert [a.text for a in main.select(".work-tile__title a")] == [
        "Affiche Nordlicht",
        "Catalogue Marée",
        "Album Ostwind",
    ]
    assert main.select(".facet input[type=checkbox][checked]")  # a selected facet value
    assert main.select_one(".filters__toggle").text.strip() == "Filters (1)"
    assert len(main.select(".portfolio__item a[data-lightbox]")) == 3  # the library's first pictures, in the lightbox
    assert main.select_one("template#lightbox-template")
    assert main.select(".error-summary li a") and main.select(".field--error [aria-invalid=true]")
    assert page.select_one("ul.messages .notice--success")  # the message framework's own markup
    assert main.select_one(".no-results")
    used = {template.name for template in response.templates}
    assert used >= COMPONENT_TEMPLATES  # the site's own templates, so a change to one is seen here


def test_it_is_never_indexed_nor_cached_nor_in_the_sitemap(client, staff, site_tree):
    response = client.get("/fr/styleguide/")
    page, _titles = headings(response)
    assert page.select_one("meta[name=robots]")["content"] == "noindex, nofollow"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    client.logout()
    assert "styleguide" not in client.get("/sitemap.xml").content.decode()


def test_it_speaks_the_visitors_language(client, staff, site_tree):
    for lang, title, header in (("fr", "Guide de style", "En-tête"), ("de", "Styleguide", "Kopfzeile")):
        page, titles = headings(client.get(f"/{lang}/styleguide/"))
        assert page.html["lang"] == lang and page.h1.text == title and header in titles


def test_visitors_and_members_get_a_404_in_production(client, django_user_model, site_tree, settings):
    settings.DEBUG = False
    assert client.get("/en/styleguide/").status_code == 404
    member = django_user_model.objects.create_user("member", "member@example.lu", "a-long-passphrase-42")
    client.force_login(member)
    assert client.get("/en/styleguide/").status_code == 404


def test_anyone_sees_it_with_debug(client, site_tree, settings):
    settings.DEBUG = True
    assert client.get("/en/styleguide/").status_code == 200
