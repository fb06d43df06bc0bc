import csv
import io
import json
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from figures.models import StatisticsPage
from home.models import HomePage, StandardPage
from members.models import DirectoryPage, MemberPage
from taxonomy.models import Branch
from tests.factories import add_member
from tests.factories.figures import StatisticsPageFactory
from tests.factories.members import BranchFactory

from .conftest import LABELS, PAGE

pytestmark = pytest.mark.django_db

NBSP = "\xa0"
COMPANIES = {"fr": f"2{NBSP}300", "en": "2,300", "de": "2.300"}
JOBS = {"fr": f"7{NBSP}100", "en": "7,100", "de": "7.100"}
TURNOVER = {"fr": f"1{NBSP}Md{NBSP}EUR", "en": f"1{NBSP}bn{NBSP}EUR", "de": f"1{NBSP}Mrd.{NBSP}EUR"}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text(node):
    return " ".join(node.get_text(" ").split())


def branch_chart(page_soup):
    return page_soup.select_one(".chart--bar")


def bars(chart):
    """{label: (value text, bar width)} read from the SVG."""
    result = {}
    for item in chart.select("svg g.chart__item"):
        width = float(item.select_one("rect.chart__bar")["width"])
        result[item.select_one(".chart__label").text] = (item.select_one(".chart__value").text, width)
    return result


def table(chart):
    return {row.th.text: [td.text for td in row.select("td")] for row in chart.select("table tbody tr")}


# ----- tree rules -------------------------------------------------------------------------------


def test_statistics_page_sits_once_under_the_home_page_only(site_tree):
    home = site_tree.home["fr"]
    assert StatisticsPage.can_create_at(home)
    assert StatisticsPage in HomePage.allowed_subpage_models()
    assert StatisticsPage.allowed_subpage_models() == []
    for parent in (site_tree.directory["fr"], site_tree.branches["design"]["fr"]):
        assert not StatisticsPage.can_create_at(parent)
    standard = StandardPage(title="À propos", slug="a-propos")
    home.add_child(instance=standard)
    assert not StatisticsPage.can_create_at(standard)
    StatisticsPageFactory(parent=home)
    assert not StatisticsPage.can_create_at(Page.objects.get(pk=home.pk))


# ----- the page in three languages ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_page_shows_translated_labels_with_numbers_in_the_language_format(stats, lang):
    page = stats.stats[lang]
    assert page.url == f"/{lang}/{PAGE[lang]['slug']}/"
    response = Client().get(page.url)
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == lang
    assert html.h1.text == PAGE[lang]["title"]
    cards = html.select("#key-figures-title ~ .figure-list .figure-card")
    assert [card.select_one(".figure-card__label").text for card in cards] == LABELS[lang]
    values = [card.select_one(".figure-card__value").text for card in cards]
    assert COMPANIES[lang] in values[0] and "≈" in values[0]
    assert JOBS[lang] in values[1] and "≈" not in values[1]
    assert TURNOVER[lang] in values[2]
    # "≈" is hidden from screen readers, which read a word instead.
    assert cards[0].select_one('[aria-hidden="true"]').text.startswith("≈")
    assert cards[0].select_one(".visually-hidden")
    assert cards[0].select_one("time")["datetime"] == "2015"
    assert PAGE[lang]["source"] in text(cards[0])
    assert cards[0].select_one(".figure-card__meta a")["href"] == "https://meco.gouvernement.lu/"


def test_headings_are_in_order(stats):
    html = soup(Client().get(stats.stats["en"].url))
    levels = [int(h.name[1]) for h in html.select("main h1, main h2, main h3")]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_json_ld_describes_the_dataset_and_its_downloads(stats):
    html = soup(Client().get(stats.stats["de"].url))
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Dataset" and data["inLanguage"] == "de"
    assert {d["encodingFormat"] for d in data["distribution"]} == {"text/csv", "application/json"}


# ----- charts ---------------------------------------------------------------------------------------


def test_branch_chart_is_an_accessible_svg_with_one_bar_per_branch(stats):
    for n in range(10):  # the cluster's twelve branches; these have no member yet
        BranchFactory(code=f"extra-{n}", label_fr=f"Branche {n}", label_en=f"Branch {n}", label_de=f"Zweig {n}")
    html = soup(Client().get(stats.stats["fr"].url))
    chart = branch_chart(html)
    svg = chart.select_one("svg")
    assert svg["role"] == "img"
    assert "viewbox" in svg.attrs and svg["width"] == "100%"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert svg.select_one(f"title#{title_id}").text
    desc = svg.select_one(f"desc#{desc_id}").text
    assert Branch.objects.count() == 12
    assert len(svg.select("rect.chart__bar")) == 12
    drawn = bars(chart)
    assert drawn["Design"][0] == "2" and drawn["Music"][0] == "2" and drawn["Branche 0"][0] == "0"
    assert drawn["Branche 0"][1] == 0 and drawn["Design"][1] > 0
    for label, (value, _width) in drawn.items():
        assert f"{label} : {value}" in desc  # the French page, French punctuation
    # Every id in the page is unique (titles and descs of several charts included).
    ids = [node["id"] for node in html.select("[id]")]
    assert len(ids) == len(set(ids))


def test_bar_widths_follow_the_member_counts(stats):
    add_member(stats, "music", lang_versions=())
    add_member(stats, "music", lang_versions=())
    drawn = bars(branch_chart(soup(Client().get(stats.stats["fr"].url))))
    (design, design_width), (music, music_width) = drawn["Design"], drawn["Music"]
    assert (design, music) == ("2", "4")
    assert design_width == pytest.approx(music_width / 2, abs=0.1)


def test_data_table_gives_the_same_numbers_as_the_chart(stats):
    chart = branch_chart(soup(Client().get(stats.stats["en"].url)))
    details = chart.select_one("details")
    assert details.summary.text.strip()
    assert details.select_one("table caption").text
    assert [th["scope"] for th in details.select("thead th")] == ["col", "col"]
    assert all(th["scope"] == "row" for th in details.select("tbody th"))
    rows = table(chart)
    for label, (value, _width) in bars(chart).items():
        assert rows[label] == [value]
    assert ["4"] in rows.values()  # the total


def test_an_indicator_with_several_years_gets_a_column_chart(stats):
    html = soup(Client().get(stats.stats["de"].url))
    chart = html.select_one(".chart--column")
    columns = chart.select("rect.chart__bar")
    assert len(columns) == 2
    first, second = (float(c["height"]) for c in columns)
    assert second / first == pytest.approx(2200 / 2300, abs=0.005)
    labels = [t.text for t in chart.select(".chart__label")]
    assert labels == ["2015", "2019"]
    assert table(chart)["2015"][0] == f"≈{NBSP}2.300"
    assert table(chart)["2019"][0] == "2.200"
    # Figures with one year only do not get a chart.
    assert len(html.select(".chart")) == 2


# ----- live member counts ------------------------------------------------------------------------


def live_counts(page):
    html = soup(Client().get(page.url))
    total = html.select_one(".figure-card--live .figure-card__value").text
    return re.sub(r"\D", "", total), {label: value for label, (value, _w) in bars(branch_chart(html)).items()}


def test_live_counts_follow_publishing_and_unpublishing(stats):
    page = stats.stats["fr"]
    assert live_counts(page) == ("4", {"Design": "2", "Music": "2"})
    member = add_member(stats, "design", lang_versions=())["fr"]
    assert live_counts(page) == ("5", {"Design": "3", "Music": "2"})
    # A member in two branches counts in each branch but once in the total.
    member.branches.add(stats.branches["music"]["fr"].branch)
    member.save_revision().publish()
    assert live_counts(page) == ("5", {"Design": "3", "Music": "3"})
    MemberPage.objects.get(pk=member.pk).unpublish()
    assert live_counts(page) == ("4", {"Design": "2", "Music": "2"})
    # Other languages count their own members only.
    assert live_counts(stats.stats["en"]) == ("4", {"Design": "2", "Music": "2"})


def test_live_total_is_dated_today(stats):
    html = soup(Client().get(stats.stats["en"].url))
    assert html.select_one(".figure-card--live time")["datetime"] == timezone.localdate().isoformat()


@pytest.mark.perf
def test_page_query_count_does_not_grow_with_the_number_of_members(stats):
    client = Client()
    url = stats.stats["fr"].url

    def queries():
        client.get(url)  # the first request after a change reloads the directory's search data
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    small = queries()
    for n in range(12):
        add_member(stats, ("design", "music")[n % 2], lang_versions=())
    assert MemberPage.objects.live().filter(locale__language_code="fr").count() == 16
    large = queries()
    assert large == small
    assert small <= 28  # 25 + the site chrome's footer links and default social image
    with CaptureQueriesContext(connection) as captured:
        client.get(url + "csv/")
    assert len(captured) <= 20


# ----- downloads -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_csv_download_has_every_figure_and_the_branch_counts(stats, lang):
    page = stats.stats[lang]
    response = Client().get(page.url + "csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{PAGE[lang]["slug"]}-{lang}.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert list(rows[0])[:8] == [
        "indicator",
        "label",
        "value",
        "unit",
        "year",
        "date",
        "approximate",
        "source",
    ]
    figures = rows[: len(LABELS[lang])]
    assert [row["label"] for row in figures] == LABELS[lang]
    assert (figures[0]["value"], figures[0]["unit"], figures[0]["year"], figures[0]["approximate"]) == (
        "2300",
        "companies",
        "2015",
        "true",
    )
    assert figures[2]["value"] == "1000000000" and figures[2]["unit"] == "euros"
    assert {row["source"] for row in figures} == {PAGE[lang]["source"]}
    live = rows[len(LABELS[lang]) :]
    assert live[0]["indicator"] == "directory-members" and live[0]["value"] == "4"
    assert live[0]["date"] == timezone.localdate().isoformat()
    assert {row["branch"]: row["value"] for row in live[1:]} == {"design": "2", "music": "2"}


def test_json_download_matches_the_page(stats):
    page = stats.stats["en"]
    response = Client().get(page.url + "json/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == 'attachment; filename="statistics-en.json"'
    data = json.loads(response.content)
    assert data["generated"] == timezone.localdate().isoformat()
    html = soup(Client().get(page.url))
    shown = [card.select_one(".figure-card__label").text for card in html.select(".figure-card")]
    assert [figure["label"] for figure in data["figures"]] == shown
    assert data["figures"][0] | {"value": 2300, "year": 2015, "approximate": True} == data["figures"][0]
    assert data["members_by_branch"] == [
        {"branch": "design", "label": "Design", "members": 2},
        {"branch": "music", "label": "Music", "members": 2},
    ]
    assert data["members_total"] == 4


def test_download_links_name_their_format_and_language(stats):
    html = soup(Client().get(stats.stats["de"].url))
    links = html.select(".figure-downloads a")
    hrefs = [link["href"] for link in links]
    # The site routes the file-like addresses (figures.views), so the links use them rather than …/csv/ and …/json/.
    assert hrefs == ["/de/zahlen/figures.csv", "/de/zahlen/figures.json"]
    assert all(link["hreflang"] == "de" and link.has_attr("download") for link in links)
    assert "CSV" in links[0].text and "Deutsch" in links[0].text
    for link in links:
        assert Client().get(link["href"]).status_code == 200


@pytest.mark.urls("figures.tests.urls")
def test_file_like_download_addresses_once_the_site_routes_them(stats):
    page = stats.stats["fr"]
    assert [url for _f, url, _t in page.downloads()] == ["/fr/chiffres/figures.csv", "/fr/chiffres/figures.json"]
    response = Client().get("/fr/chiffres/figures.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="chiffres-fr.csv"'
    assert json.loads(Client().get("/en/statistics/figures.json").content)["figures"][0]["label"] == LABELS["en"][0]
    # Only a statistics page answers these addresses.
    assert Client().get("/fr/membres/figures.csv").status_code == 404


@pytest.mark.parametrize(
    ("suffix", "status", "content_type"),
    [
        ("figures.xml", 404, "text/html; charset=utf-8"),  # no such format
        ("csv/extra/", 404, "text/html; charset=utf-8"),  # nothing below a download
        ("?format=%00&page=abc", 200, "text/html; charset=utf-8"),  # the page, query string ignored
        ("json/?x=1", 200, "application/json; charset=utf-8"),  # the download, query string ignored
    ],
)
def test_odd_addresses_and_query_strings_never_break(stats, suffix, status, content_type):
    response = Client().get(stats.stats["fr"].url + suffix)
    assert (response.status_code, response["Content-Type"]) == (status, content_type)


# ----- interface for the home page --------------------------------------------------------------------


def test_teaser_gives_the_first_figures_in_the_locale(stats):
    for lang in ("fr", "en", "de"):
        locale = stats.locales[lang]
        assert StatisticsPage.for_locale(locale).pk == stats.stats[lang].pk
        assert StatisticsPage.for_locale(lang).pk == stats.stats[lang].pk
        items = StatisticsPage.teaser(locale)
        assert [item.label for item in items] == LABELS[lang][:3]
        assert [item.value for item in items] == [COMPANIES[lang], JOBS[lang], TURNOVER[lang]]
        assert [item.year for item in items] == [2015, 2015, 2015]
        assert items[0].approximate and items[0].value_text.startswith("≈")
        assert items[0].unit_label and items[2].unit_label == ""  # euros carry their unit
        assert items[0].url == stats.stats[lang].url
    assert len(StatisticsPage.teaser(stats.locales["fr"], limit=5)) == 5


def test_teaser_is_empty_without_a_live_page(stats):
    stats.stats["de"].unpublish()
    assert StatisticsPage.for_locale("de") is None
    assert StatisticsPage.teaser(stats.locales["de"]) == []
    assert len(StatisticsPage.teaser("fr")) == 3


@pytest.mark.perf
def test_teaser_query_count_is_fixed(stats, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        items = StatisticsPage.teaser("en", limit=5)
        [item.value for item in items]


# ----- editors -------------------------------------------------------------------------------------


def test_editors_edit_figures_in_the_admin(stats, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.lu", "pw")
    client = Client()
    client.force_login(admin)
    page = stats.stats["fr"]
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "figures-TOTAL_FORMS" in response.content.decode()
    response = client.get(f"/admin/pages/add/figures/statisticspage/{page.get_parent().pk}/")
    # Only one statistics page per home page: the admin refuses and sends the editor back to its dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert DirectoryPage.objects.count() == 3
