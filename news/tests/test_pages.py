import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import PageViewRestriction

from news.models import NewsPage
from news.relations import news_for_member
from tests.factories import add_member
from tests.factories.members import ImageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.text.strip() for a in soup(response).select(".news-teaser .teaser__title a")]


def test_every_news_page_answers_in_three_languages_with_feed_links(some_news):
    client = Client()
    for versions in [some_news.index, *some_news.articles]:
        for lang, page in versions.items():
            response = client.get(page.url)
            assert response.status_code == 200, (lang, page.url)
            html = soup(response)
            assert html.html["lang"] == lang
            index_url = some_news.index[lang].url
            head = html.head
            assert head.select_one('link[rel=alternate][type="application/rss+xml"]')["href"] == f"{index_url}feed/rss/"
            assert head.select_one('link[rel=alternate][type="application/atom+xml"]')["href"] == (
                f"{index_url}feed/atom/"
            )
            links = [a["href"] for a in html.select(".feed-links a")]
            assert f"{index_url}feed/rss/" in links and f"{index_url}feed/atom/" in links


def test_index_slugs_follow_the_language(news_tree):
    assert [news_tree.index[lang].url for lang in ("fr", "en", "de")] == [
        "/fr/actualites/",
        "/en/news/",
        "/de/aktuelles/",
    ]


def test_listing_shows_the_locale_s_articles_newest_first_with_dates_and_categories(some_news):
    response = Client().get(some_news.index["en"].url)
    assert titles(response) == ["Appel à projets (en)", "Nouveau manager (en)", "Rencontre B2B (en)"]
    first = soup(response).select_one(".news-teaser")
    time = first.select_one("time")
    assert time["datetime"] == "2026-09-10"
    assert "2026" in time.text and "Sept" in time.text
    assert "Funding and calls" in first.select_one(".teaser__meta").text
    german = soup(Client().get(some_news.index["de"].url)).select_one(".news-teaser")
    assert german.select_one("time").text.strip() == "10. September 2026"
    assert "Förderungen und Aufrufe" in german.text


def test_article_only_in_french_is_not_listed_in_english(some_news):
    some_news.add(title="Seulement en français", slug="fr-only", langs=())
    assert "Seulement en français" in titles(Client().get(some_news.index["fr"].url))
    assert not any("français" in t for t in titles(Client().get(some_news.index["en"].url)))


def test_unpublished_and_private_articles_are_not_listed(some_news):
    draft = some_news.add(title="Brouillon", slug="brouillon", langs=())["fr"]
    draft.unpublish()
    private = some_news.add(title="Réservé", slug="reserve", langs=())["fr"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    listed = titles(Client().get(some_news.index["fr"].url))
    assert "Brouillon" not in listed and "Réservé" not in listed
    assert len(listed) == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "funding"}, ["Appel à projets (en)"]),
        ({"category": "cluster"}, ["Nouveau manager (en)", "Rencontre B2B (en)"]),
        ({"tag": "grant"}, ["Appel à projets (en)"]),
        ({"year": "2025"}, ["Rencontre B2B (en)"]),
        ({"year": "2026", "category": "cluster"}, ["Nouveau manager (en)"]),
    ],
)
def test_filters_narrow_the_listing(some_news, query, expected):
    response = Client().get(some_news.index["en"].url, query)
    assert response.status_code == 200
    assert titles(response) == expected
    assert soup(response).select_one('[role="status"]').text.strip().startswith(str(len(expected)))


def test_tags_are_per_language(some_news):
    english = soup(Client().get(some_news.index["en"].url))
    assert [o["value"] for o in english.select("#id_tag option")] == ["", "grant"]
    german = soup(Client().get(some_news.index["de"].url))
    assert [o.text for o in german.select("#id_tag option")][1:] == ["Förderung"]
    # A French tag in the English listing is unknown there: dropped with a notice.
    response = Client().get(some_news.index["en"].url, {"tag": "subvention"})
    assert len(titles(response)) == 3
    assert soup(response).select(".notice")
    article = soup(Client().get(some_news.articles[0]["de"].url))
    links = article.select(".news-tags a")
    assert [a.contents[0].strip() for a in links] == ["Förderung"]
    assert links[0]["href"] == f"{some_news.index['de'].url}?tag=f%C3%B6rderung"
    assert titles(Client().get(links[0]["href"])) == ["Appel à projets (de)"]


@pytest.mark.parametrize(
    "query",
    [
        {"category": "nope"},
        {"year": "abc"},
        {"year": "1999"},
        {"tag": "<script>"},
        {"page": "abc"},
        {"page": "999"},
        {"year": "2026\x00"},
    ],
)
def test_bad_filter_values_give_a_listing_with_a_notice(some_news, query):
    response = Client().get(some_news.index["fr"].url, query)
    assert response.status_code == 200
    if "page" not in query:
        assert soup(response).select(".listing-status .notice")
    assert titles(response)


@pytest.mark.parametrize("query", ["category=funding&category=cluster", "page=1&page=x", "year=%FF", "tag="])
def test_odd_query_strings_never_fail(some_news, query):
    assert Client().get(f"{some_news.index['de'].url}?{query}").status_code == 200


def test_pagination_keeps_the_filters(some_news):
    for n in range(12):
        some_news.add(
            title=f"Brève {n}", slug=f"breve-{n}", langs=(), date=datetime.date(2026, 1, 1 + n), categories=["cluster"]
        )
    url = some_news.index["fr"].url
    first = Client().get(url, {"category": "cluster"})
    assert len(titles(first)) == 10
    nav = soup(first).select_one(".pagination")
    next_link = nav.select_one("a[rel=next]")["href"]
    assert "category=cluster" in next_link and "page=2" in next_link
    second = Client().get(url + next_link)
    assert len(titles(second)) == 4  # 14 cluster articles in French
    assert "category=cluster" in soup(second).select_one(".pagination a[rel=prev]")["href"]
    assert "Appel à projets" not in titles(second)


@pytest.mark.perf
def test_listing_queries_do_not_grow_with_the_number_of_articles(news_tree, django_assert_max_num_queries):
    image = ImageFactory()
    url = news_tree.index["fr"].url
    client = Client()

    def add(count):
        for n in range(count):
            news_tree.add(
                title=f"Article {len(news_tree.articles)}",
                slug=f"a-{len(news_tree.articles)}",
                langs=(),
                categories=["cluster", "funding"],
                tags={"fr": [f"mot {n}"]},
                featured_image=image,
            )

    add(3)
    client.get(url)  # renditions are generated on the first view
    with django_assert_max_num_queries(32) as small:
        assert client.get(url).status_code == 200
    small_count = len(small.captured_queries)  # read now: the next request resets Django's query log
    add(12)
    client.get(url)
    with django_assert_max_num_queries(small_count) as large:
        response = client.get(url)
        large_count = len(large.captured_queries)
    print(f"news listing: {small_count} queries with 3 articles, {large_count} with 15")
    assert len(titles(response)) == 10
    assert len(soup(response).select(".news-teaser img")) == 10
    assert large_count == small_count


def test_article_page_shows_date_categories_image_alt_body_and_json_ld(some_news):
    image = ImageFactory(title="photo-1234.jpg")
    versions = some_news.add(title="Portrait", slug="portrait", featured_image=image, image_alt="Une affiche rouge")
    french = soup(Client().get(versions["fr"].url))
    assert french.h1.text == "Portrait"
    assert french.select_one(".news-article__meta time")["datetime"] == versions["fr"].date.isoformat()
    assert french.select_one(".news-article__image img")["alt"] == "Une affiche rouge"
    assert "Un texte d'article." in french.select_one(".news-article__body").text
    assert '"NewsArticle"' in str(french.select_one('script[type="application/ld+json"]'))
    # A translation keeps the description it was copied with.
    german = soup(Client().get(versions["de"].url))
    assert german.select_one(".news-article__image img")["alt"] == "Une affiche rouge"
    # No description in English: the image's own description (its title) is used, never an empty alt.
    versions["en"].image_alt = ""
    versions["en"].save_revision().publish()
    english = soup(Client().get(versions["en"].url))
    assert english.select_one(".news-article__image img")["alt"] == "photo-1234.jpg"


def test_related_members_are_shown_in_the_visitor_s_language(some_news):
    untranslated = add_member(some_news.site, lang_versions=())["fr"]
    member = some_news.site.members[0]
    versions = some_news.add(title="Deux membres", slug="deux-membres", members=[member["fr"], untranslated])
    english = soup(Client().get(versions["en"].url))
    links = {a.text: a for a in english.select(".news-article__members a")}
    assert links[member["en"].title]["href"] == member["en"].url
    assert member["en"].url.startswith("/en/")
    # The member without an English page is linked in French and marked as French.
    assert links[untranslated.title]["href"] == untranslated.url
    assert links[untranslated.title]["lang"] == "fr"
    french = soup(Client().get(versions["fr"].url))
    assert {a["href"] for a in french.select(".news-article__members a")} == {member["fr"].url, untranslated.url}


def test_member_page_lists_the_news_about_it_in_its_language(some_news):
    member = some_news.site.members[0]
    other = some_news.site.members[1]
    # Related to the English member page on an English-only edit: found from every language version.
    english_article = some_news.add(
        title="Sur la version anglaise", slug="sur-en", langs=("en",), date=datetime.date(2026, 1, 15)
    )
    english_article["en"].related_members.add(member["en"])
    english_article["en"].save_revision().publish()
    response = Client().get(member["en"].url)
    section = soup(response).select_one(".member-news")
    assert section.h2.text == "In the news"
    assert [a.text for a in section.select("a")] == ["Nouveau manager (en)", "Sur la version anglaise (en)"]
    french = soup(Client().get(member["fr"].url)).select_one(".member-news")
    assert [a.text for a in french.select("a")] == ["Nouveau manager"]
    assert french.select_one("time")["datetime"] == "2026-03-02"
    assert soup(Client().get(other["fr"].url)).select_one(".member-news") is None


def add_mentions(news_tree, member, count=7):
    for n in range(count):
        news_tree.add(
            title=f"Mention {n}",
            slug=f"mention-{n}",
            langs=(),
            members=[member["fr"]],
            date=datetime.date(2026, 1, 1 + n),
        )


def test_member_news_is_limited_to_the_five_newest(news_tree):
    member, unmentioned = news_tree.site.members[0], news_tree.site.members[-1]
    add_mentions(news_tree, member)
    assert [page.title for page in news_for_member(member["fr"])] == [f"Mention {n}" for n in (6, 5, 4, 3, 2)]
    assert news_for_member(unmentioned["fr"]) == []
    news_tree.add(title="Enfin", slug="enfin", langs=(), members=[unmentioned["fr"]], date=datetime.date(2026, 2, 1))
    assert [page.title for page in news_for_member(unmentioned["fr"])] == ["Enfin"]


@pytest.mark.perf
def test_member_news_costs_at_most_one_query(news_tree, django_assert_max_num_queries):
    member, unmentioned = news_tree.site.members[0], news_tree.site.members[-1]
    add_mentions(news_tree, member)
    news_for_member(member["fr"])  # the first page builds what all share (who is mentioned, restrictions)
    with django_assert_max_num_queries(1):
        found = news_for_member(member["fr"])
    assert len(found) == 5
    # A member no article mentions (most of them) costs no query.
    with django_assert_max_num_queries(0):
        assert news_for_member(unmentioned["fr"]) == []


def add_latest(some_news):
    some_news.add(title="Brouillon", slug="draft", langs=(), date=datetime.date(2026, 12, 1))["fr"].unpublish()
    image = ImageFactory()
    some_news.add(title="Avec image", slug="image", date=datetime.date(2026, 11, 1), featured_image=image)
    return image


def test_latest_gives_the_newest_live_articles_of_a_locale(some_news):
    image = add_latest(some_news)
    latest = NewsPage.latest(some_news.site.locales["en"], limit=2)
    assert [page.title for page in latest] == ["Avec image (en)", "Appel à projets (en)"]
    assert [page.featured_image for page in latest] == [image, None]
    assert [page.title for page in NewsPage.latest("fr")] == ["Avec image", "Appel à projets", "Nouveau manager"]


@pytest.mark.perf
def test_latest_prefetches_the_images(some_news, django_assert_max_num_queries):
    image = add_latest(some_news)
    with django_assert_max_num_queries(6):
        latest = NewsPage.latest(some_news.site.locales["en"], limit=2)
        assert [page.featured_image for page in latest] == [image, None]  # prefetched: no query per article


def test_translated_article_keeps_synchronised_facts(some_news):
    source = some_news.articles[0]["fr"]
    english = some_news.articles[0]["en"]
    assert english.date == source.date
    assert list(english.categories.all()) == list(source.categories.all())


def test_editors_can_open_the_news_forms(some_news):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.lu", "pw")
    client = Client()
    client.force_login(admin)
    article = some_news.articles[1]["fr"]
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("date", "featured_image", "image_alt", "intro", "categories", "tags", "related_members"):
        assert f'name="{field}"' in html, field
    # Each member is offered once (in the editor's language: see portrait/tests/test_member_chooser.py).
    doc = soup(response)
    labels = [doc.find("label", attrs={"for": box["id"]}).text for box in doc.select('input[name="related_members"]')]
    assert sorted(labels) == sorted(m["fr"].title for m in some_news.site.members)
    index = some_news.index["fr"]
    assert client.get(f"/admin/pages/add/news/newspage/{index.pk}/").status_code == 200
    assert client.get("/admin/snippets/news/newscategory/").status_code == 200
