import time

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from demo import figures as demo
from figures.models import Figure, StatisticsPage

pytestmark = pytest.mark.django_db


@pytest.mark.perf
def test_demo_builds_the_page_in_less_than_ten_seconds(site_tree, django_capture_on_commit_callbacks):
    members = [versions["fr"] for versions in site_tree.members]
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        demo.ensure_demo(site_tree.home["fr"], site_tree.locales, members)
    assert time.monotonic() - started < 10


def test_demo_builds_the_page_in_three_languages_and_is_idempotent(site_tree, django_capture_on_commit_callbacks):
    members = [versions["fr"] for versions in site_tree.members]
    with django_capture_on_commit_callbacks(execute=True):
        demo.ensure_demo(site_tree.home["fr"], site_tree.locales, members)
    counts = (StatisticsPage.objects.count(), Figure.objects.count())
    assert counts == (3, 3 * len(demo.figure_specs()))
    with django_capture_on_commit_callbacks(execute=True):
        demo.ensure_demo(site_tree.home["fr"], site_tree.locales, members)
    assert (StatisticsPage.objects.count(), Figure.objects.count()) == counts

    client = Client()
    for lang, title, slug in (
        ("fr", "Chiffres du secteur", "chiffres"),
        ("en", "Sector statistics", "statistics"),
        ("de", "Branchenzahlen", "zahlen"),
    ):
        page = StatisticsPage.for_locale(lang)
        assert (page.title, page.slug, page.url) == (title, slug, f"/{lang}/{slug}/")
        response = client.get(page.url)
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        labels = [node.text for node in html.select("#key-figures-title ~ .figure-list .figure-card__label")]
        assert labels == [spec["label"][lang] for spec in demo.figure_specs()]
        assert demo.figures_data()["page"]["intro"][lang][3:-4] in html.select_one(".lead").text
        # The press figures: about 2,300 companies, 7,100 jobs, about 1 bn EUR turnover, in 2015.
        teaser = StatisticsPage.teaser(lang)
        assert [(item.value, item.year, item.approximate) for item in teaser] == [
            ({"fr": "2\xa0300", "en": "2,300", "de": "2.300"}[lang], 2015, True),
            ({"fr": "7\xa0100", "en": "7,100", "de": "7.100"}[lang], 2015, False),
            ({"fr": "1\xa0Md\xa0EUR", "en": "1\xa0bn\xa0EUR", "de": "1\xa0Mrd.\xa0EUR"}[lang], 2015, True),
        ]
        # Indicators with several years (companies, platform profiles) are drawn over time.
        assert len(html.select(".chart--column")) == 2
        sources = [spec["source"][lang] for spec in demo.figure_specs()]
        assert all(source in html.get_text() for source in sources)
