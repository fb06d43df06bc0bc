"""Members post job offers, calls and events from My space (issue 30): the existing page types in the existing trees,
in one to three languages, through moderation; the member edits, closes and deletes its own posts, never another's."""

import datetime
import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from agenda.models import EventPage
from jobs.dates import today
from jobs.models import CollaborationPage, JobPage
from members.mail_language import set_user_language
from space import posting
from tests.factories.agenda import AgendaPageFactory
from tests.factories.home import translate_page
from tests.factories.jobs import CollaborationIndexPageFactory, JobIndexPageFactory, JobPageFactory
from tests.factories.members import UserFactory

from .helpers import approve, moderator, request_changes, url

pytestmark = pytest.mark.django_db

BASE = "https://portal.example.org"
INDEX_SLUGS = {"job": "emplois", "call": "collaborations", "event": "agenda"}


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.BASE_URL = BASE
    settings.WAGTAILADMIN_BASE_URL = BASE


@pytest.fixture
def posts_site(site_tree):
    """The tree with the jobs, calls and agenda indexes in French, English and German."""
    home = site_tree.home["fr"]
    indexes = {}
    for code, factory in (
        ("job", JobIndexPageFactory),
        ("call", CollaborationIndexPageFactory),
        ("event", AgendaPageFactory),
    ):
        index = factory(parent=home, locale=site_tree.locales["fr"], slug=INDEX_SLUGS[code])
        indexes[code] = {"fr": index}
        for lang in ("en", "de"):
            indexes[code][lang] = translate_page(index, site_tree.locales[lang], slug=f"{INDEX_SLUGS[code]}-{lang}")
    site_tree.indexes = indexes
    return site_tree


@pytest.fixture
def world(posts_site):
    owner, other = UserFactory(username="alice", email="alice@example.lu"), UserFactory(username="bob")
    page_a, page_b = posts_site.members[0]["fr"], posts_site.members[1]["fr"]
    page_a.owners.add(owner)
    page_b.owners.add(other)
    return {"site": posts_site, "page": page_a, "owner": owner, "other": other, "other_page": page_b}


def job_data(**extra):
    data = {
        "language": "fr",
        "contract_type": "permanent",
        "workload": "full-time",
        "location": "Esch-sur-Alzette",
        "remote": "hybrid",
        "expiry_date": (today() + datetime.timedelta(days=30)).isoformat(),
        "apply_email": "jobs@atelier.example.lu",
        "title_fr": "Graphiste confirmé·e",
        "description_fr": "Vous concevez nos affiches.\n\nEt nos livres.",
        "how_to_apply_fr": "Envoyez un portfolio.",
        "title_de": "Erfahrene·r Grafiker·in",
        "description_de": "Sie gestalten unsere Plakate.\n\nUnd unsere Bücher.",
    }
    data.update(extra)
    return data


def event_data(**extra):
    start = timezone.localtime(timezone.now() + datetime.timedelta(days=10)).replace(hour=18, minute=30)
    data = {
        "language": "en",
        "start": start.strftime("%Y-%m-%dT18:30"),
        "end": start.strftime("%Y-%m-%dT21:00"),
        "event_type": "workshop",
        "venue_name": "Rotondes",
        "title_en": "Poster workshop",
        "intro_en": "Print your own poster.",
    }
    data.update(extra)
    return data


def post_job(client, page, lang="en", **extra):
    return client.post(url("space:post_add", lang, page_id=page.pk, kind="job"), job_data(**extra))


def the_post(page):
    posts = posting.member_posts(page)
    assert len(posts) == 1
    return posts[0]


def test_a_member_posts_a_job_offer_in_two_languages_and_sees_it_in_moderation(client, world):
    page, owner = world["page"], world["owner"]
    client.force_login(owner)
    response = post_job(client, page)
    assert response.status_code == 302
    assert response["Location"] == url("space:posts", page_id=page.pk)

    post = the_post(page)
    versions = {lang: version.specific for lang, version in post.versions.items()}
    assert set(versions) == {"fr", "en", "de"}
    assert all(not version.live for version in versions.values())  # nothing public before the review
    source = versions["fr"]
    assert source.get_parent().pk == world["site"].indexes["job"]["fr"].pk
    assert versions["de"].get_parent().pk == world["site"].indexes["job"]["de"].pk
    assert source.employer_member_id == page.pk and source.employer_name == ""
    # Each language version is a translation of the source: same key, German text as written, English the source's.
    drafts = {lang: version.get_latest_revision_as_object() for lang, version in versions.items()}
    assert {draft.translation_key for draft in drafts.values()} == {source.translation_key}
    assert drafts["de"].title == "Erfahrene·r Grafiker·in"
    assert drafts["en"].title == "Graphiste confirmé·e"

    listing = client.get(url("space:posts", page_id=page.pk)).content.decode()
    assert "Graphiste confirmé·e" in listing
    assert "In moderation" in listing
    assert source.current_workflow_state is not None


def test_approval_publishes_every_language_and_records_the_members_translation(client, world):
    page, owner = world["page"], world["owner"]
    client.force_login(owner)
    post_job(client, page)
    source = the_post(page).source
    editor = moderator(is_superuser=True)
    approve(source, editor)

    versions = {job.locale.language_code: job for job in JobPage.objects.filter(translation_key=source.translation_key)}
    assert all(job.live for job in versions.values())
    assert versions["de"].title == "Erfahrene·r Grafiker·in"
    assert versions["en"].title == "Graphiste confirmé·e"
    registered = TranslationSource.objects.get(object_id=source.translation_key)
    assert registered.locale.language_code == "fr"
    assert Translation.objects.filter(source=registered).count() == 2
    german = StringTranslation.objects.filter(locale=versions["de"].locale, context__object_id=source.translation_key)
    assert "Sie gestalten unsere Plakate." in {text.data for text in german}
    # English was not written: its texts are the source's, left to translate for editors.
    assert not StringTranslation.objects.filter(
        locale=versions["en"].locale, context__object_id=source.translation_key, data="Vous concevez nos affiches."
    ).exists()

    listing = client.get(url("space:posts", page_id=page.pk)).content.decode()
    assert "Published" in listing


def test_the_form_applies_the_page_types_rules_in_the_visitors_language(client, world):
    page, owner = world["page"], world["owner"]
    client.force_login(owner)
    response = post_job(
        client,
        page,
        lang="de",
        location="",
        apply_email="",
        how_to_apply_fr="",
        expiry_date=(today() - datetime.timedelta(days=1)).isoformat(),
        title_fr="",
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "title_fr" in errors and "expiry_date" in errors
    response = post_job(client, page, lang="de", location="", apply_email="", how_to_apply_fr="")
    body = response.content.decode()
    assert response.status_code == 200
    with translation.override("de"):
        assert translation.gettext("Say where the job is, unless it is fully remote.") in body
    assert posting.member_posts(page) == []


def test_an_offer_expires_at_most_a_year_ahead(client, world, settings):
    settings.PORTAL_POST_LIMITS = {"open": 10, "per_day": 5, "days_ahead": 60}
    client.force_login(world["owner"])
    response = post_job(client, world["page"], expiry_date=(today() + datetime.timedelta(days=61)).isoformat())
    assert response.status_code == 200 and "expiry_date" in response.context["form"].errors


def test_an_event_in_luxembourg_time(client, world):
    page, owner = world["page"], world["owner"]
    client.force_login(owner)
    response = client.post(url("space:post_add", page_id=page.pk, kind="event"), event_data())
    assert response.status_code == 302, response.context["form"].errors
    post = the_post(page)
    draft = post.draft
    assert post.language == "en" and isinstance(draft, EventPage)
    assert draft.organiser_member_id == page.pk
    assert (draft.local_start.hour, draft.local_start.minute) == (18, 30)
    assert draft.local_start.utcoffset() in (datetime.timedelta(hours=1), datetime.timedelta(hours=2))

    # An end before the start: the event page's own rule.
    response = client.post(
        url("space:post_add", page_id=page.pk, kind="event"),
        event_data(end=event_data()["start"].replace("18:30", "17:00")),
    )
    assert "end" in response.context["form"].errors


def test_a_call_for_tender(client, world):
    page, owner = world["page"], world["owner"]
    client.force_login(owner)
    data = {
        "language": "de",
        "kind": "tender",
        "deadline": (today() + datetime.timedelta(days=20)).isoformat(),
        "budget": "10 000 €",
        "title_de": "Ausschreibung Erscheinungsbild",
        "summary_text_de": "Wir suchen eine Agentur.",
        "description_de": "Ein neues Logo.",
        "how_to_respond_de": "Schreiben Sie uns.",
    }
    response = client.post(url("space:post_add", page_id=page.pk, kind="call"), data)
    assert response.status_code == 302, response.context["form"].errors
    post = the_post(page)
    assert isinstance(post.source.specific, CollaborationPage)
    assert post.source.locale.language_code == "de"
    assert post.draft.author_member_id == page.pk

    # Approved: in the German listing of calls, the member named and linked as the author.
    approve(post.source, moderator(is_superuser=True))
    client.logout()
    listing = client.get(world["site"].indexes["call"]["de"].url).content.decode()
    assert "Ausschreibung Erscheinungsbild" in listing
    assert f'href="{world["site"].members[0]["de"].url}"' in listing


@pytest.mark.parametrize("role", ["anonymous", "other_member", "owner", "editor"])
def test_permission_matrix_of_posts(client, world, role):
    """Another member's post by id: 404, whatever the view; anonymous visitors are sent to sign in."""
    page = world["page"]
    client.force_login(world["owner"])
    post_job(client, page)
    post = the_post(page)
    client.logout()
    users = {"anonymous": None, "other_member": world["other"], "owner": world["owner"], "editor": moderator()}
    if users[role] is not None:
        client.force_login(users[role])

    def check(response, allowed_status=200):
        if role == "anonymous":
            assert response.status_code == 302 and reverse("space:login") in response["Location"]
        elif role == "owner":
            assert response.status_code == allowed_status
        else:
            assert response.status_code == 404

    check(client.get(url("space:posts", page_id=page.pk)))
    check(client.get(url("space:post_edit", page_id=page.pk, post_id=post.pk)))
    check(client.get(url("space:post_add", page_id=page.pk, kind="job")))
    check(client.get(url("space:post_delete", page_id=page.pk, post_id=post.pk)))
    check(client.post(url("space:post_edit", page_id=page.pk, post_id=post.pk), job_data(title_fr="Piraté")), 302)
    check(client.post(url("space:post_close", page_id=page.pk, post_id=post.pk)), 302)
    if role != "owner":
        # Through its own page, another member still cannot reach the post by id.
        other_page = world["other_page"]
        if role == "other_member":
            response = client.get(url("space:post_edit", page_id=other_page.pk, post_id=post.pk))
            assert response.status_code == 404
            response = client.post(url("space:post_delete", page_id=other_page.pk, post_id=post.pk))
            assert response.status_code == 404
        assert post.draft.title == "Graphiste confirmé·e"
        check(client.post(url("space:post_delete", page_id=page.pk, post_id=post.pk)), 302)
        assert Page.objects.filter(pk=post.pk).exists()
    else:
        assert posting.get_post(page, post.pk).draft.title == "Piraté"
        check(client.post(url("space:post_delete", page_id=page.pk, post_id=post.pk)), 302)
        assert not JobPage.objects.filter(translation_key=post.source.translation_key).exists()


def test_the_member_cannot_choose_another_publisher(client, world):
    client.force_login(world["owner"])
    post_job(client, world["page"], employer_member=world["other_page"].pk, employer_name="Someone else")
    draft = the_post(world["page"]).draft
    assert draft.employer_member_id == world["page"].pk and draft.employer_name == ""


def test_limits_of_open_posts_and_posts_per_day(client, world, settings):
    settings.PORTAL_POST_LIMITS = {"open": 2, "per_day": 3, "days_ahead": 365}
    page = world["page"]
    client.force_login(world["owner"])
    assert post_job(client, page).status_code == 302
    assert post_job(client, page, title_fr="Deuxième offre").status_code == 302
    response = post_job(client, page, title_fr="Troisième offre")
    assert response.status_code == 200
    assert "You have 2 open posts, the most a member may have" in response.content.decode()
    assert "You have 2 open posts" in client.get(url("space:posts", page_id=page.pk)).content.decode()
    assert len(posting.member_posts(page)) == 2

    # Deleting one frees a place, but not the day's count.
    first = posting.member_posts(page)[-1]
    client.post(url("space:post_delete", page_id=page.pk, post_id=first.pk))
    assert post_job(client, page, title_fr="Troisième offre").status_code == 302
    posting.member_posts(page)[0]  # noqa: B018
    client.post(url("space:post_delete", page_id=page.pk, post_id=posting.member_posts(page)[0].pk))
    response = post_job(client, page, title_fr="Quatrième offre")
    assert response.status_code == 429
    assert "You have posted 3 times in the last 24 hours" in response.content.decode()


def test_honeypot_and_rate_limit(client, world, settings):
    page = world["page"]
    client.force_login(world["owner"])
    response = post_job(client, page, website_url="http://spam.example")
    assert response.status_code == 302
    assert posting.member_posts(page) == []
    settings.PORTAL_RATES = {**settings.PORTAL_RATES, "post": "1/h"}
    assert post_job(client, page).status_code == 302
    post = the_post(page)
    response = client.post(url("space:post_edit", page_id=page.pk, post_id=post.pk), job_data(title_fr="Encore"))
    assert response.status_code == 429 and "Retry-After" in response
    assert "Too many posts sent from your account" in response.content.decode()


def test_closing_an_offer_expires_it_now_in_every_language(client, world):
    page = world["page"]
    client.force_login(world["owner"])
    post_job(client, page)
    post = the_post(page)
    approve(post.source, moderator(is_superuser=True))
    jobs_fr = world["site"].indexes["job"]["fr"]
    assert "Graphiste confirmé·e" in client.get(jobs_fr.url).content.decode()

    response = client.post(url("space:post_close", page_id=page.pk, post_id=post.pk))
    assert response.status_code == 302
    versions = JobPage.objects.filter(translation_key=post.source.translation_key)
    assert {job.expiry_date for job in versions} == {today() - datetime.timedelta(days=1)}
    assert all(job.live and not job.is_open() for job in versions)
    assert "Closed" in client.get(url("space:posts", page_id=page.pk)).content.decode()
    client.logout()
    assert "Graphiste confirmé·e" not in client.get(jobs_fr.url).content.decode()
    response = client.get("/api/v2/pages/", {"type": "jobs.JobPage", "locale": "fr", "fields": "title"})
    assert "Graphiste confirmé·e" not in [item["title"] for item in json.loads(response.content)["items"]]
    assert posting.open_posts(page) == []


def test_closing_an_event_unpublishes_it(client, world):
    page = world["page"]
    client.force_login(world["owner"])
    client.post(url("space:post_add", page_id=page.pk, kind="event"), event_data())
    post = the_post(page)
    approve(post.source, moderator(is_superuser=True))
    assert EventPage.objects.filter(translation_key=post.source.translation_key, live=True).count() == 3
    client.post(url("space:post_close", page_id=page.pk, post_id=post.pk))
    assert not EventPage.objects.filter(translation_key=post.source.translation_key, live=True).exists()
    assert "Unpublished" in client.get(url("space:posts", page_id=page.pk)).content.decode()


def test_changes_requested_show_the_comment_and_the_email_is_in_the_members_language(
    client, world, django_capture_on_commit_callbacks
):  # fmt: skip
    page, owner = world["page"], world["owner"]
    set_user_language(owner, "de")
    client.force_login(owner)
    post_job(client, page)
    post = the_post(page)
    editor = moderator(is_superuser=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        request_changes(post.source, editor, "Bitte das Gehalt angeben.")
    listing = client.get(url("space:posts", page_id=page.pk)).content.decode()
    assert "Changes requested" in listing and "Bitte das Gehalt angeben." in listing
    message = mail.outbox[-1]
    assert message.to == ["alice@example.lu"]
    assert "Bitte das Gehalt angeben." in message.body
    posts_link = f"{BASE}{url('space:posts', 'de', page_id=page.pk)}"
    assert posts_link in message.body and "/admin/" not in message.body
    with translation.override("de"):
        assert translation.gettext("Hello,") in message.body

    # Sent again, then approved: "published", in German, with a link to the German offer.
    client.post(
        url("space:post_edit", page_id=page.pk, post_id=post.pk), job_data(how_to_apply_fr="Salaire : 3 500 €.")
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve(post.source, editor)
    message = mail.outbox[-1]
    german = JobPage.objects.get(translation_key=post.source.translation_key, locale__language_code="de")
    assert f"{BASE}{german.url}" in message.body
    assert posts_link in message.body and "/admin/" not in message.body


def test_the_member_page_lists_open_offers_calls_and_upcoming_events_linked_in_listings(client, world):
    page, site = world["page"], world["site"]
    client.force_login(world["owner"])
    post_job(client, page)
    client.post(url("space:post_add", page_id=page.pk, kind="event"), event_data())
    editor = moderator(is_superuser=True)
    for post in posting.member_posts(page):
        approve(post.source, editor)
    client.logout()

    german_member = site.members[0]["de"]
    body = client.get(german_member.url).content.decode()
    assert "Erfahrene·r Grafiker·in" in body  # the offer in German, as the member wrote it
    assert "Poster workshop" in body  # the event's German version shows the English source's text

    # The jobs listing and the agenda show the member as publisher, linked to its page in the listing's language.
    listing = client.get(site.indexes["job"]["de"].url).content.decode()
    assert f'href="{german_member.url}"' in listing
    agenda = client.get(site.indexes["event"]["en"].url).content.decode()
    assert f'href="{site.members[0]["en"].url}"' in agenda

    # Closing the offer removes it from the member page at once (the page cache is renewed).
    job = next(post for post in posting.member_posts(page) if post.kind.code == "job")
    client.force_login(world["owner"])
    client.post(url("space:post_close", page_id=page.pk, post_id=job.pk))
    client.logout()
    body = client.get(german_member.url).content.decode()
    assert "Erfahrene·r Grafiker·in" not in body and "Poster workshop" in body


def test_an_approved_member_job_is_in_the_feed_and_the_api(client, world):
    page, site = world["page"], world["site"]
    client.force_login(world["owner"])
    post_job(client, page)
    post = the_post(page)
    approve(post.source, moderator(is_superuser=True))
    client.logout()
    feed = client.get(site.indexes["job"]["de"].url + "feed/")
    assert feed.status_code == 200 and "Erfahrene·r Grafiker·in" in feed.content.decode()
    response = client.get("/api/v2/pages/", {"type": "jobs.JobPage", "locale": "fr", "fields": "title"})
    titles = [item["title"] for item in json.loads(response.content)["items"]]
    assert "Graphiste confirmé·e" in titles


def test_an_editors_offer_naming_the_member_is_on_its_page_but_not_among_its_posts(client, world):
    JobPageFactory(
        parent=world["site"].indexes["job"]["fr"],
        title="Offre de la rédaction",
        employer_member=world["page"],
        employer_name="",
    )
    client.force_login(world["owner"])
    assert posting.member_posts(world["page"]) == []
    assert "You have no posts yet." in client.get(url("space:posts", page_id=world["page"].pk)).content.decode()
    job = JobPage.objects.get(title="Offre de la rédaction")
    assert client.get(url("space:post_edit", page_id=world["page"].pk, post_id=job.pk)).status_code == 404
    client.logout()
    assert "Offre de la rédaction" in client.get(world["page"].url).content.decode()


def test_editing_a_published_offer_waits_for_approval(client, world):
    page = world["page"]
    client.force_login(world["owner"])
    post_job(client, page)
    post = the_post(page)
    editor = moderator(is_superuser=True)
    approve(post.source, editor)

    form = client.get(url("space:post_edit", page_id=page.pk, post_id=post.pk)).context["form"]
    assert form["title_de"].value() == "Erfahrene·r Grafiker·in"
    assert form["title_en"].value() in ("", None)  # English was not written: it shows the French texts
    assert form["expiry_date"].value() == today() + datetime.timedelta(days=30)
    assert "language" not in form.fields  # the language written first stays

    data = job_data(title_en="Experienced graphic designer", description_en="You design our posters.")
    response = client.post(url("space:post_edit", page_id=page.pk, post_id=post.pk), data)
    assert response.status_code == 302
    english = JobPage.objects.get(translation_key=post.source.translation_key, locale__language_code="en")
    assert english.title == "Graphiste confirmé·e"  # the public page waits for the review
    assert english.get_latest_revision_as_object().title == "Experienced graphic designer"
    assert posting.get_post(page, post.pk).state().code == "moderation"
    approve(post.source, editor)
    english.refresh_from_db()
    assert english.title == "Experienced graphic designer"


def test_a_language_without_the_section_is_refused_with_a_message(client, world):
    world["site"].indexes["job"]["de"].delete()
    client.force_login(world["owner"])
    response = post_job(client, world["page"], lang="fr", language="de", title_de="Grafiker", description_de="Plakate.")
    assert response.status_code == 200
    with translation.override("fr"):
        expected = translation.gettext(
            "The site has no page for these posts in this language yet: choose another language."
        )
    assert escape(expected) in response.content.decode()
    assert posting.member_posts(world["page"]) == []


def test_approving_an_editors_offer_leaves_its_other_languages_to_the_editors(world):
    job = JobPageFactory(parent=world["site"].indexes["job"]["fr"], employer_member=world["page"], employer_name="")
    german = translate_page(job, world["site"].locales["de"], title="Grafiker")
    german.title = "Grafiker (Entwurf)"
    german.save_revision()
    editor = moderator(is_superuser=True)
    job.save_revision(user=editor)
    job.get_workflow().start(job, editor)
    approve(job, editor)
    german.refresh_from_db()
    assert german.title == "Grafiker" and german.has_unpublished_changes


def test_posts_are_in_the_data_export_and_leave_with_the_account(client, world, django_capture_on_commit_callbacks):
    from space.privacy import collect, delete_user

    page, owner = world["page"], world["owner"]
    client.force_login(owner)
    post_job(client, page)
    with django_capture_on_commit_callbacks(execute=True):
        approve(the_post(page).source, moderator())
    exported = collect(owner)["pages"][0]["posts"]
    assert [(item["kind"], item["title"], item["state"]) for item in exported] == [
        ("job", "Graphiste confirmé·e", "published")
    ]
    assert set(exported[0]["versions"]) == {"fr", "en", "de"}

    delete_user(owner)
    offers = JobPage.objects.filter(employer_member__translation_key=page.translation_key)
    assert offers.count() == 3
    assert all(offer.expiry_date < today() for offer in offers)  # closed in every language: gone from listings
    feed = client.get(world["site"].indexes["job"]["fr"].url).content.decode()
    assert "Graphiste confirmé·e" not in feed
