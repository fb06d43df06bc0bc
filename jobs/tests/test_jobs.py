import datetime
import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.formats import date_format

from jobs.dates import LUXEMBOURG, today
from jobs.models import JobPage

LANGS = ("fr", "en", "de")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def listing_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".jobs-list .teaser__title a")]


def json_ld(response):
    scripts = soup(response).find_all("script", type="application/ld+json")
    return [json.loads(script.string) for script in scripts]


def feed(client, index, query=""):
    response = client.get(f"{index.url}feed/{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


@pytest.mark.django_db
def test_pages_render_in_every_language(jobs_site, client):
    member = jobs_site.tree.members[0]
    job = jobs_site.add_job(employer_member=member["fr"], employer_name="", branch=member["fr"].branches.first())
    for lang in LANGS:
        response = client.get(jobs_site.job_index[lang].url)
        assert response.status_code == 200
        assert soup(response).html["lang"] == lang
        assert listing_titles(response) == [job[lang].title]
        response = client.get(job[lang].url)
        assert response.status_code == 200
        doc = soup(response)
        assert doc.h1.get_text(strip=True) == job[lang].title
        # The employer links to the member's page in the same language.
        assert doc.select_one(".job__employer a")["href"] == member[lang].url
        assert doc.find(id="apply-title") is not None
        assert doc.find("meta", attrs={"name": "robots"}) is None
    # Dates are written in the visitor's language (Django's own catalogues).
    with translation.override("de"):
        german_date = date_format(job["de"].expiry_date)
    expiry = soup(client.get(job["de"].url)).select(".job__facts time")[-1]
    assert expiry.get_text() == german_date
    assert expiry["datetime"] == job["de"].expiry_date.isoformat()


@pytest.mark.django_db
def test_listing_newest_first_paginated_by_ten_with_filters_kept(jobs_site, client):
    for n in range(12):
        jobs_site.add_job(langs=(), title=f"Offre {n:02d}", contract_type="freelance" if n % 2 else "permanent")
    index = jobs_site.job_index["fr"]
    first = client.get(index.url)
    assert listing_titles(first) == [f"Offre {n:02d}" for n in range(11, 1, -1)]
    assert soup(first).select_one(".listing-status").get_text(" ", strip=True).endswith("12 résultats")

    filtered = client.get(index.url, {"contract": "freelance"})
    assert listing_titles(filtered) == [f"Offre {n:02d}" for n in (11, 9, 7, 5, 3, 1)]
    assert (
        soup(filtered).find("select", attrs={"name": "contract"}).find("option", selected=True)["value"] == "freelance"
    )

    for n in range(12, 22):
        jobs_site.add_job(langs=(), title=f"Offre {n:02d}", contract_type="freelance")
    filtered = client.get(index.url, {"contract": "freelance"})
    next_link = soup(filtered).select_one(".pagination a[rel=next]")["href"]
    assert "contract=freelance" in next_link and "page=2" in next_link
    second = client.get(index.url + next_link)
    assert listing_titles(second) == [f"Offre {n:02d}" for n in (11, 9, 7, 5, 3, 1)]
    assert "contract=freelance" in soup(second).select_one(".pagination a[rel=prev]")["href"]


@pytest.mark.django_db
def test_filters_by_branch_remote_and_workload(jobs_site, client):
    design = jobs_site.tree.branches["design"]["fr"].branch
    jobs_site.add_job(langs=(), title="Designer", branch=design, remote="remote", workload="part-time", location="")
    jobs_site.add_job(langs=(), title="Sound engineer", remote="on-site")
    index = jobs_site.job_index["fr"]
    assert listing_titles(client.get(index.url, {"branch": "design"})) == ["Designer"]
    assert listing_titles(client.get(index.url, {"remote": "remote"})) == ["Designer"]
    assert listing_titles(client.get(index.url, {"workload": "full-time"})) == ["Sound engineer"]
    assert listing_titles(client.get(index.url, {"branch": "music"})) == []
    doc = soup(client.get(index.url, {"branch": "music"}))
    # The French index says, in French, that no open offer matches, with a link back to all of them.
    notice = doc.select_one(".jobs-index > p:not(.feed-links)")
    assert notice.get_text(" ", strip=True) == (
        "Aucune offre ouverte ne correspond à ces filtres. Afficher toutes les offres ouvertes"
    )
    assert notice.a["href"] == "?"
    # Branch options are labelled in the visitor's language.
    options = soup(client.get(jobs_site.job_index["de"].url)).select("select[name=branch] option")
    assert [o["value"] for o in options][1:] == ["design", "music"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"contract": "nonsense"},
        {"branch": "no-such-branch"},
        {"remote": ["x", "y"]},
        {"workload": "<script>"},
        {"page": "999"},
        {"page": "abc"},
        {"contract": "freelance", "page": "-1"},
    ],
)
def test_bad_query_strings_never_fail(jobs_site, client, query):
    jobs_site.add_job(langs=(), title="Offre", contract_type="freelance")
    index = jobs_site.job_index["fr"]
    response = client.get(index.url, query)
    assert response.status_code == 200
    assert listing_titles(response) == ["Offre"]
    if "page" not in query:
        assert soup(response).select(".listing-status .notice")
    assert client.get(f"{index.url}feed/", query).status_code == 200


@pytest.mark.django_db
def test_expired_offer_leaves_listing_feed_and_interface_the_next_day(jobs_site, client, clock):
    expiry = today() + datetime.timedelta(days=10)
    job = jobs_site.add_job(title="Régisseur", expiry_date=expiry)
    index = jobs_site.job_index["en"]

    # Last evening of the offer, Luxembourg time: still open.
    clock.set(expiry.year, expiry.month, expiry.day, 23, 30)
    assert listing_titles(client.get(index.url)) == [job["en"].title]
    assert [entry.title for entry in feed(client, index).entries] == [job["en"].title]
    assert list(JobPage.open_offers(jobs_site.locales["en"])) == [job["en"]]

    # Ten past midnight in Luxembourg (still the expiry day in UTC): gone.
    clock.set(*(expiry + datetime.timedelta(days=1)).timetuple()[:3], 0, 10)
    response = client.get(index.url)
    assert listing_titles(response) == []
    assert "0 result" in soup(response).select_one(".listing-status").get_text()
    assert feed(client, index).entries == []
    assert not JobPage.open_offers(jobs_site.locales["en"]).exists()
    assert not JobPage.open_offers("fr").exists()

    # Its page still answers and says so, without the apply section, indexing or structured data.
    response = client.get(job["en"].url)
    assert response.status_code == 200
    doc = soup(response)
    notice = doc.find(role="status", class_="job__expired")
    assert "This offer expired on" in notice.get_text(" ", strip=True)
    assert notice.find("time")["datetime"] == expiry.isoformat()
    assert doc.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert json_ld(response) == []
    assert doc.find(id="apply-title") is None
    assert job["en"].apply_email not in response.content.decode()
    assert job["en"].get_sitemap_urls() == []


@pytest.mark.django_db
def test_open_offers_interface(jobs_site, clock):
    clock.set(2026, 3, 10)
    fr = jobs_site.locales["fr"]
    older = jobs_site.add_job(langs=("en",), title="Ancienne", expiry_date=datetime.date(2026, 4, 1))
    clock.set(2026, 3, 12)
    newer = jobs_site.add_job(langs=(), title="Récente", expiry_date=datetime.date(2026, 3, 12))
    jobs_site.add_job(langs=(), title="Expirée", expiry_date=datetime.date(2026, 3, 11))
    draft = jobs_site.add_job(langs=(), title="Brouillon", expiry_date=datetime.date(2026, 5, 1))["fr"]
    draft.unpublish()
    assert list(JobPage.open_offers(fr)) == [newer["fr"], older["fr"]]
    assert list(JobPage.open_offers("fr")) == [newer["fr"], older["fr"]]
    assert list(JobPage.open_offers(jobs_site.locales["en"])) == [older["en"]]
    assert not JobPage.open_offers("de").exists()


@pytest.mark.django_db
def test_rss_feed_in_the_index_language_follows_filters(jobs_site, client):
    member = jobs_site.tree.members[0]
    jobs_site.add_job(title="Graphiste", employer_member=member["fr"], employer_name="", contract_type="internship")
    jobs_site.add_job(title="Monteur", contract_type="freelance")
    index = jobs_site.job_index["de"]
    parsed = feed(client, index)
    assert parsed.feed.language == "de"
    assert parsed.feed.link == index.full_url
    assert [entry.title for entry in parsed.entries] == ["Monteur (de)", "Graphiste (de)"]
    assert parsed.entries[1].link == JobPage.objects.get(title="Graphiste (de)").full_url
    assert parsed.entries[1].author == member["de"].title
    assert [entry.title for entry in feed(client, index, "?contract=internship").entries] == ["Graphiste (de)"]

    doc = soup(client.get(index.url, {"contract": "internship"}))
    alternate = doc.find("link", rel="alternate", type="application/rss+xml")
    assert alternate["href"] == f"{index.url}feed/"
    feed_links = [a["href"] for a in doc.select(".feed-links a")]
    assert feed_links == [f"{index.url}feed/", f"{index.url}feed/?contract=internship"]


@pytest.mark.django_db
def test_job_posting_structured_data(jobs_site, client):
    member = jobs_site.tree.members[0]
    job = jobs_site.add_job(
        title="Développeur Unity",
        employer_member=member["fr"],
        employer_name="",
        contract_type="fixed-term",
        workload="full-time",
        location="Esch-sur-Alzette",
        remote="remote",
        start_date=datetime.date(2027, 1, 4),
        expiry_date=datetime.date(2026, 12, 31),
        apply_url="https://studio.example.lu/jobs/unity",
    )
    response = client.get(job["en"].url)
    [data] = json_ld(response)
    assert data["@context"] == "https://schema.org" and data["@type"] == "JobPosting"
    for key in ("title", "description", "datePosted", "hiringOrganization", "validThrough", "employmentType"):
        assert data[key], key
    assert set(data) == {
        "@context",
        "@type",
        "title",
        "description",
        "datePosted",
        "validThrough",
        "employmentType",
        "hiringOrganization",
        "directApply",
        "url",
        "jobLocation",  # a location is given
        "jobLocationType",  # and remote work is possible
        "applicantLocationRequirements",
        "jobStartDate",
    }
    assert data["title"] == job["en"].title
    assert "identités visuelles" in data["description"]
    assert data["datePosted"] == job["en"].first_published_at.astimezone(LUXEMBOURG).date().isoformat()
    assert datetime.datetime.fromisoformat(data["validThrough"]) == datetime.datetime.fromisoformat(
        "2026-12-31T23:59:59+01:00"
    )
    assert data["employmentType"] == ["TEMPORARY", "FULL_TIME"]
    assert data["hiringOrganization"]["@type"] == "Organization"
    assert data["hiringOrganization"]["name"] == member["en"].title
    assert data["hiringOrganization"]["url"] == member["en"].full_url
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Esch-sur-Alzette",
        "addressCountry": "LU",
    }
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"]["@type"] == "Country"
    assert data["directApply"] is False
    assert data["url"] == job["en"].full_url
    assert data["jobStartDate"] == "2027-01-04"


@pytest.mark.django_db
def test_job_posting_summer_offset_and_free_text_employer(jobs_site, client):
    job = jobs_site.add_job(langs=(), employer_name="Théâtre d'Esch", expiry_date=today() + datetime.timedelta(days=3))
    job["fr"].expiry_date = datetime.date(2027, 7, 15)
    data = job["fr"].job_posting()
    assert data["validThrough"] == "2027-07-15T23:59:59+02:00"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Théâtre d'Esch"}
    assert data["jobLocation"]["address"]["addressLocality"] == "Esch-sur-Alzette"
    assert "jobLocationType" not in data


@pytest.mark.django_db
def test_model_validation():
    from django.core.exceptions import ValidationError

    page = JobPage(title="Offre", employer_name="", location="", remote="on-site", expiry_date=today())
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) >= {"employer_member", "employer_name", "location", "how_to_apply"}
    page.employer_name = "Studio"
    page.location = "Wiltz"
    page.apply_email = "jobs@studio.example.lu"
    page.clean()
    page.location, page.remote = "", "remote"
    page.clean()


@pytest.mark.django_db
def test_admin_form_refuses_a_new_offer_that_already_expired(jobs_site):
    user = get_user_model().objects.create_superuser("admin", "admin@example.lu", "pw")
    form_class = JobPage.get_edit_handler().get_form_class()
    data = {
        "title": "Offre",
        "slug": "offre",
        "expiry_date": (today() - datetime.timedelta(days=1)).isoformat(),
        "description-count": "0",
    }
    new = form_class(data, instance=JobPage(), parent_page=jobs_site.job_index["fr"], for_user=user)
    with translation.override("en"):  # an English-speaking editor
        new.is_valid()
        assert "A new offer cannot expire in the past." in new.errors.get("expiry_date", [])
    existing = jobs_site.add_job(langs=())["fr"]
    edit = form_class(data, instance=existing, parent_page=jobs_site.job_index["fr"], for_user=user)
    edit.is_valid()
    assert "A new offer cannot expire in the past." not in edit.errors.get("expiry_date", [])


@pytest.mark.django_db
def test_editors_create_and_edit_offers_in_the_admin(jobs_site, client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.lu", "pw")
    client.force_login(user)
    index = jobs_site.job_index["fr"]
    assert client.get(f"/admin/pages/add/jobs/jobpage/{index.pk}/").status_code == 200
    job = jobs_site.add_job(langs=())["fr"]
    assert client.get(f"/admin/pages/{job.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{index.pk}/edit/").status_code == 200


def _count_queries(client, url):
    client.get(url)  # warm caches that a running site keeps warm (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.perf
@pytest.mark.django_db
def test_listing_and_feed_queries_do_not_grow(jobs_site, client, django_assert_max_num_queries, settings):
    settings.PAGE_CACHE_ENABLED = False  # the queries of a page rendered, not served from the page cache
    members = [versions["fr"] for versions in jobs_site.tree.members]
    design = jobs_site.tree.branches["design"]["fr"].branch

    def add(count):
        for n in range(count):
            jobs_site.add_job(langs=("en",), employer_member=members[n % len(members)], employer_name="", branch=design)

    index = jobs_site.job_index["en"]
    add(3)
    small = {url: _count_queries(client, url) for url in (index.url, f"{index.url}feed/")}
    add(12)
    for url, bound in small.items():
        with django_assert_max_num_queries(bound):
            response = client.get(url)
        assert response.status_code == 200
    assert len(listing_titles(client.get(index.url))) == 10


@pytest.mark.django_db
def test_admin_marks_expired_offers(jobs_site, client):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.lu", "pw"))
    jobs_site.add_job(langs=(), title="Ouverte")
    jobs_site.add_job(langs=(), title="Terminée", expiry_date=today() - datetime.timedelta(days=1))
    response = client.get(f"/admin/pages/{jobs_site.job_index['fr'].pk}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Terminée (expirée)" in text
    assert "Ouverte (expirée)" not in text
