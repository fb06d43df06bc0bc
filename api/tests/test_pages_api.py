"""The pages, images and documents API over the demo content: what it shows, and what it never shows."""

import json
import re

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.models import Page

from api.content import public_page_models
from api.views import expired_content
from core.absolute import base_url

BASE = base_url()

pytestmark = pytest.mark.django_db


def private_addresses():
    """Members' contact addresses, job offers' application addresses, accounts' addresses."""
    from django.contrib.auth import get_user_model

    from jobs.models import JobPage
    from members.models import MemberPage

    found = set(MemberPage.objects.exclude(contact_email="").values_list("contact_email", flat=True))
    found |= set(JobPage.objects.exclude(apply_email="").values_list("apply_email", flat=True))
    found |= set(get_user_model().objects.exclude(email="").values_list("email", flat=True))
    return found


FORBIDDEN_KEYS = {"contact_email", "apply_email", "owners", "membership_status", "password", "email", "workflow"}


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, (json.loads(response.content) if response["Content-Type"].startswith("application/json") else None)


def keys(data):
    if isinstance(data, dict):
        yield from data
        for value in data.values():
            yield from keys(value)
    elif isinstance(data, list):
        for value in data:
            yield from keys(value)


def walk(client):
    """Every listing (each type with all its fields, each language), every detail, images and documents."""
    seen = []
    for locale in ("fr", "en", "de"):
        for model in public_page_models():
            offset = 0
            while True:
                url = f"/api/v2/pages/?type={model._meta.label}&locale={locale}&fields=*&limit=20&offset={offset}"
                response, data = get(client, url)
                assert response.status_code == 200, url
                seen.append((url, response.content.decode(), data))
                offset += 20
                if offset >= data["meta"]["total_count"]:
                    break
    ids = []
    offset = 0
    while True:
        response, data = get(client, f"/api/v2/pages/?limit=20&offset={offset}")
        ids += [item["id"] for item in data["items"]]
        offset += 20
        if offset >= data["meta"]["total_count"]:
            break
    for pk in ids:
        response, data = get(client, f"/api/v2/pages/{pk}/?fields=*")
        assert response.status_code == 200
        seen.append((f"/api/v2/pages/{pk}/", response.content.decode(), data))
    for kind in ("images", "documents"):
        response, data = get(client, f"/api/v2/{kind}/?limit=20&fields=*")
        seen.append((kind, response.content.decode(), data))
        for item in data["items"]:
            response, detail = get(client, f"/api/v2/{kind}/{item['id']}/")
            seen.append((kind, response.content.decode(), detail))
    return ids, seen


def test_every_endpoint_shows_only_live_public_current_content_and_no_address(client, hidden):
    ids, seen = walk(client)
    # Every page listed is live and public; all of the demo's live public pages are there.
    public = set(Page.objects.live().public().exclude(depth=1).values_list("pk", flat=True))
    assert set(ids) <= public
    closed = set(Page.objects.filter(expired_content()).values_list("pk", flat=True))
    assert len(closed) >= 2  # the expired offer and the closed request at least
    assert set(ids) == public - closed
    for page in hidden["pages"]:
        assert page.pk not in ids
    secrets = private_addresses()
    assert len(secrets) >= 10
    for url, text, data in seen:
        for title in hidden["titles"]:
            assert title not in text, (title, url)
        for address in secrets:
            assert address not in text, (address, url)
        assert not FORBIDDEN_KEYS & set(keys(data)), url
    # A hidden page's detail is a 404, like a page that does not exist.
    for page in hidden["pages"]:
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_member_detail_has_its_content_in_its_language_with_translations(client, editorial_site):
    member = editorial_site.members[0]
    response, data = get(client, f"/api/v2/pages/{member['de'].pk}/")
    assert response.status_code == 200
    assert data["meta"]["locale"] == "de"
    assert data["meta"]["type"] == "members.MemberPage"
    assert data["tagline"].endswith("(de)")
    assert data["name"] == member["de"].title
    assert data["kind"]["label"]
    assert {branch["code"] for branch in data["member_branches"]} == {"design"}
    assert data["member_branches"][0]["label"] == "Design"
    assert [item["title"] for item in data["portfolio"]]
    translations = {t["locale"]: t for t in data["translations"]}
    assert set(translations) == {"fr", "en"}
    assert translations["fr"]["id"] == member["fr"].pk
    assert translations["en"]["url"].endswith(member["en"].url)


def test_images_come_in_several_widths_as_webp_and_original(client, editorial_site):
    from news.models import NewsPage

    news = NewsPage.objects.live().filter(locale__language_code="en", featured_image__isnull=False).first()
    response, data = get(client, f"/api/v2/pages/{news.pk}/")
    image = data["image"]
    assert image["alt"]
    # The demo image is a JPEG: each width in WebP, then in JPEG, widest last.
    assert [(r["format"], r["width"]) for r in image["renditions"]] == [
        (fmt, width) for width in (480, 960, 1600) for fmt in ("webp", "jpeg")
    ]
    # Each URL is the media file of that rendition (media are not served by Django outside DEBUG: read the file).
    for rendition in image["renditions"]:
        assert rendition["url"].startswith(BASE + "/media/images/")
        path = rendition["url"].removeprefix(BASE + "/media/")
        with default_storage.open(path) as file, PILImage.open(file) as picture:
            assert (picture.format.lower(), picture.size) == (
                rendition["format"],
                (rendition["width"], rendition["height"]),
            )


def test_locale_filter_keeps_each_language_apart(client, editorial_site):
    for locale in ("fr", "en", "de"):
        response, data = get(client, f"/api/v2/pages/?locale={locale}&limit=20")
        assert data["meta"]["total_count"] > 5
        assert {item["meta"]["locale"] for item in data["items"]} == {locale}
    response, fr = get(client, "/api/v2/pages/?locale=fr&type=members.MemberPage")
    response, de = get(client, "/api/v2/pages/?locale=de&type=members.MemberPage")
    assert fr["meta"]["total_count"] == de["meta"]["total_count"] == len(editorial_site.members)
    assert not {i["id"] for i in fr["items"]} & {i["id"] for i in de["items"]}


def test_events_are_in_luxembourg_time_with_offset(client, editorial_site):
    response, data = get(client, "/api/v2/pages/?type=agenda.EventPage&locale=en&fields=starts_at,ends_at")
    assert data["items"]
    for item in data["items"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00", item["starts_at"]), item["starts_at"]


@pytest.mark.parametrize(
    "query, message",
    [
        ("limit=21", "limit cannot be higher than 20"),
        ("limit=abc", "limit must be a whole number"),
        ("limit=-1", "limit must be a positive number"),
        ("offset=x", "offset must be a whole number"),
        ("type=members.Nope", "Unknown page type"),
        ("type=wagtailcore", "Unknown page type"),
        ("locale=xx", "unknown locale xx"),
        ("fields=contact_email", "Unknown fields: contact_email."),
        ("type=members.MemberPage&fields=owners", "Unknown fields: owners."),
        ("order=-", "Cannot order by"),
        ("order=contact_email", "Cannot order by contact_email."),
        ("child_of=abc", "child_of must be a positive number"),
        ("colour=red", "Unknown parameter: colour."),
        ("type=news.NewsPage&date=not-a-date", "“not-a-date” value has an invalid date format"),
        ("search=a%00b", "null characters are not allowed"),
        ("child_of=99999999999999999999", "child_of is out of range"),
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client, site_tree, query, message):
    response, data = get(client, f"/api/v2/pages/?{query}", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400, response.content
    assert message in data["message"]


def test_unknown_page_is_a_json_404(client, site_tree):
    response, data = get(client, "/api/v2/pages/99999999/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert data == {"message": "Not found."}
    # A page named by a filter that does not exist is not found either.
    response, data = get(client, "/api/v2/pages/?translation_of=99999999", HTTP_ACCEPT_LANGUAGE="en")
    assert (response.status_code, data) == (404, {"message": "translation_of: there is no such page."})
    response, data = get(client, "/api/v2/pages/99999999999999999999/")  # beyond a 64-bit id (PostgreSQL)
    assert response.status_code == 404


def test_find_by_path_redirects_to_the_detail(client, site_tree):
    response = client.get("/api/v2/pages/find/?html_path=/de/mitglieder/")
    assert response.status_code == 302
    assert f"/api/v2/pages/{site_tree.directory['de'].pk}/" in response["Location"]


@pytest.mark.perf
def test_listing_of_20_members_runs_the_same_queries_whatever_their_number(client, site_tree, settings):
    from tests.factories import add_member

    settings.PAGE_CACHE_ENABLED = False
    url = "/api/v2/pages/?type=members.MemberPage&locale=fr&fields=*&limit=20"

    def count():
        client.get(url)  # renditions made on the first request
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries), len(json.loads(response.content)["items"])

    for _n in range(8):
        add_member(site_tree, "design", items=2, lang_versions=())
    small, shown_small = count()
    for _n in range(14):
        add_member(site_tree, "music", items=3, lang_versions=())
    large, shown_large = count()
    assert shown_small == 12 and shown_large == 20
    assert large == small
    assert large <= 20


def test_images_and_documents_are_listed_only_when_a_live_public_page_shows_them(client, site_tree):
    from tests.factories import add_member
    from tests.factories.members import ImageFactory, MemberPageFactory

    shown = ImageFactory(title="Logo shown")
    add_member(site_tree, "design", lang_versions=(), logo=shown)
    draft_logo = ImageFactory(title="Logo of a draft")
    draft = MemberPageFactory(
        parent=site_tree.branches["design"]["fr"], locale=site_tree.locales["fr"], live=False, logo=draft_logo
    )
    unused = ImageFactory(title="Uploaded, never used")

    response, data = get(client, "/api/v2/images/?limit=20")
    ids = {item["id"] for item in data["items"]}
    assert shown.pk in ids
    assert draft_logo.pk not in ids and unused.pk not in ids
    assert client.get(f"/api/v2/images/{draft_logo.pk}/").status_code == 404
    assert client.get(f"/api/v2/images/{shown.pk}/").status_code == 200

    # Publishing and unpublishing the page show and hide its logo at once (no stale list).
    draft.save_revision().publish()
    assert draft_logo.pk in {item["id"] for item in get(client, "/api/v2/images/?limit=20")[1]["items"]}
    draft.refresh_from_db()
    draft.unpublish()
    assert client.get(f"/api/v2/images/{draft_logo.pk}/").status_code == 404
