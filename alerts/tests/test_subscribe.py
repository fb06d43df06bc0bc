"""Subscribing from a listing: double opt-in by e-mail, or at once for a member's own address; the links of the
e-mails (confirm, manage, unsubscribe in one click); the member's data export and account deletion."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from alerts.digests import send_digests
from alerts.models import Subscription
from core.absolute import base_url
from space.privacy import delete_user
from tests.factories.members import UserFactory

BASE = base_url()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def link(message, part):
    return next(url for url in re.findall(r"https?://\S+", message.body) if part in url)


def subscribe(client, lang="fr", kind="directory", params="q=graphisme&branch=design", email="reader@example.lu"):
    path = {"fr": "/fr/alertes/abonner/", "en": "/en/alerts/subscribe/", "de": "/de/benachrichtigungen/abonnieren/"}
    return client.post(path[lang], {"email": email, "kind": kind, "params": params, "website_url": ""})


@pytest.mark.django_db
def test_directory_page_offers_the_subscribe_form_and_the_atom_feed_of_its_search(client, site_tree):
    response = client.get("/fr/membres/", {"q": "graphisme", "branch": "design", "page": "1"})
    page = soup(response)
    section = page.select_one("section.alert-subscribe")
    assert "Recevoir un e-mail quand de nouveaux membres correspondent à cette recherche" in section.get_text()
    form = section.select_one("form")
    assert form["method"] == "post" and form["action"] == "/fr/alertes/abonner/"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one("input[name=params]")["value"] == "q=graphisme&branch=design"
    email = form.select_one("input[name=email]")
    assert page.select_one(f'label[for="{email["id"]}"]').get_text(strip=True) == "Votre adresse e-mail(obligatoire)"
    feed = page.select_one('head link[rel=alternate][type="application/atom+xml"]')
    assert feed["href"] == "/fr/alertes/atom/?q=graphisme&branch=design"


@pytest.mark.django_db
def test_branch_page_offers_an_alert_on_its_branch(client, site_tree):
    page = soup(client.get(site_tree.branches["music"]["en"].url))
    assert page.select_one("section.alert-subscribe input[name=params]")["value"] == "branch=music"


@pytest.mark.django_db
def test_jobs_calls_and_agenda_offer_alerts_with_their_filters(client, jobs_site):
    page = soup(client.get(jobs_site.job_index["en"].url, {"contract": "freelance"}))
    form = page.select_one("section.alert-subscribe form")
    assert "new job offers" in page.select_one("section.alert-subscribe h2").get_text()
    assert form.select_one("input[name=kind]")["value"] == "jobs"
    assert form.select_one("input[name=params]")["value"] == "contract=freelance"
    page = soup(client.get(jobs_site.collab_index["de"].url, {"kind": "tender"}))
    assert page.select_one("section.alert-subscribe input[name=kind]")["value"] == "calls"


@pytest.mark.django_db
def test_a_visitor_subscribes_confirms_and_nothing_is_sent_before(client, site_tree):
    response = subscribe(client)
    assert response.status_code == 302 and response["Location"] == "/fr/alertes/abonner/envoyee/"
    assert "nous lui avons envoyé un lien de confirmation" in client.get(response["Location"]).content.decode()
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is None and subscription.language == "fr"
    assert subscription.filters == [["branch", "design"], ["q", "graphisme"]]
    (message,) = mail.outbox
    assert message.to == ["reader@example.lu"]
    assert message.subject == "Confirmez votre alerte par e-mail"
    assert (
        "Membres correspondant à une recherche dans l’annuaire · «\u00a0graphisme\u00a0» · Branche : Design"
        in message.body
    )
    confirm = link(message, "/confirmer/")
    assert confirm.startswith(f"{BASE}/fr/alertes/confirmer/")
    assert send_digests().sent == 0  # not confirmed: nothing is sent

    # Opening the link shows a button (mail scanners confirm nothing); the button confirms.
    page = client.get(confirm.removeprefix(BASE))
    assert page.status_code == 200 and Subscription.objects.get().confirmed_at is None
    response = client.post(confirm.removeprefix(BASE))
    assert response.status_code == 302
    assert Subscription.objects.get().confirmed_at is not None
    page = client.get(response["Location"])
    assert "Votre abonnement est confirmé." in page.content.decode()
    assert "reader@example.lu" in page.content.decode()


@pytest.mark.django_db
def test_the_same_search_twice_is_one_subscription(client, site_tree):
    subscribe(client, params="branch=design&q=graphisme")
    subscribe(client, params="q=graphisme&branch=design&page=3&sort=name")
    subscribe(client, email="READER@example.lu", params="q=graphisme&branch=design")
    assert Subscription.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "email", "expected"),
    [
        ("fr", "pas-une-adresse", "Saisissez une adresse e-mail valide"),
        ("de", "", "Geben Sie Ihre E-Mail-Adresse ein."),
        ("en", "a@b", "Enter a valid e-mail address"),
    ],
)
def test_a_bad_address_is_refused_in_the_visitors_language(client, site_tree, lang, email, expected):
    response = subscribe(client, lang=lang, email=email)
    assert response.status_code == 400
    page = soup(response)
    assert expected in page.select_one(".error-summary").get_text()
    assert not Subscription.objects.exists() and not mail.outbox


@pytest.mark.django_db
def test_an_unknown_kind_is_a_400_not_a_500(client, site_tree):
    assert subscribe(client, kind="everything").status_code == 400
    assert client.get("/en/alerts/subscribe/", {"kind": "everything"}).status_code == 400
    assert client.get("/en/alerts/subscribe/", {"kind": "jobs"}).status_code == 200


@pytest.mark.django_db
def test_the_honeypot_and_csrf(site_tree):
    client = Client()
    response = client.post(
        "/en/alerts/subscribe/", {"email": "bot@example.lu", "kind": "jobs", "params": "", "website_url": "http://x"}
    )
    assert response.status_code == 302 and not Subscription.objects.exists() and not mail.outbox
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/en/alerts/subscribe/", {"email": "a@example.lu", "kind": "jobs"}).status_code == 403


@pytest.mark.django_db
def test_subscriptions_are_rate_limited(client, site_tree):
    for n in range(3):
        subscribe(client, lang="en", params=f"q=word{n}")
    response = subscribe(client, lang="en", params="q=word9")
    assert response.status_code == 429 and response["Retry-After"]
    assert "Too many subscriptions" in response.content.decode()
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_a_signed_in_member_subscribes_at_once_and_sees_its_alerts_in_my_space(client, site_tree):
    user = UserFactory(email="member@example.lu")
    client.force_login(user)
    response = subscribe(client, lang="en", email="member@example.lu", kind="jobs", params="contract=freelance")
    assert response.status_code == 302 and response["Location"] == "/en/my-space/alerts/"
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is not None and subscription.user == user
    assert not mail.outbox  # the account's address is verified
    page = soup(client.get("/en/my-space/alerts/"))
    assert page.select_one('.space-nav a[aria-current="page"]').get_text() == "My alerts"
    assert "Job offers · Contract: Freelance assignment" in page.select_one(".alert-list").get_text()
    client.post("/en/my-space/alerts/", {"remove": subscription.pk})
    assert not Subscription.objects.exists()


@pytest.mark.django_db
def test_another_address_from_a_signed_in_member_still_needs_confirmation(client, site_tree):
    client.force_login(UserFactory(email="member@example.lu"))
    subscribe(client, lang="en", email="someone-else@example.lu")
    assert Subscription.objects.get().confirmed_at is None and len(mail.outbox) == 1


@pytest.mark.django_db
def test_one_click_unsubscribe_without_session_or_csrf(site_tree, subscribe):
    subscription = subscribe()
    other = subscribe(kind="jobs")
    client = Client(enforce_csrf_checks=True)
    url = f"/fr/alertes/desabonner/{subscription.token}/"
    page = client.get(url)  # a page with a button; nothing happens on GET
    assert page.status_code == 200 and Subscription.objects.filter(pk=subscription.pk).exists()
    assert soup(page).select_one("form[method=post] button").get_text() == "Se désabonner"
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert "Vous êtes désabonné" in response.content.decode()
    assert list(Subscription.objects.all()) == [other]
    assert client.post(url).status_code == 200  # twice: still fine
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_the_private_link_manages_every_subscription_of_the_address(client, site_tree, subscribe):
    first = subscribe(language="en")
    subscribe(kind="jobs", filters=[("contract", "freelance")], language="en")
    subscribe(email="someone@example.lu", kind="events")
    page = soup(client.get(f"/en/alerts/manage/{first.token}/"))
    items = [item.get_text(" ", strip=True) for item in page.select(".alert-list__item")]
    assert len(items) == 2
    assert any("Job offers · Contract: Freelance assignment" in item for item in items)
    response = client.post(f"/en/alerts/manage/{first.token}/", {"remove": first.pk})
    remaining = Subscription.objects.get(email="reader@example.lu")
    assert response["Location"] == f"/en/alerts/manage/{remaining.token}/"
    response = client.post(f"/en/alerts/manage/{remaining.token}/", {"all": "1"})
    assert response.status_code == 200 and "You are unsubscribed" in response.content.decode()
    assert list(Subscription.objects.values_list("email", flat=True)) == ["someone@example.lu"]
    assert client.get(f"/en/alerts/manage/{first.token}/").status_code == 404


@pytest.mark.django_db
def test_alerts_are_in_the_data_export_and_deleted_with_the_account(client, site_tree, subscribe):
    user = UserFactory(email="member@example.lu")
    subscribe(email="member@example.lu", kind="calls", filters=[("kind", "tender")], user=user)
    subscribe(email="member@example.lu", kind="events")  # subscribed before signing in: same address
    subscribe(email="other@example.lu")
    client.force_login(user)
    data = json.loads(client.post("/en/my-space/my-data/").content)
    assert sorted(item["kind"] for item in data["alerts"]) == ["calls", "events"]
    assert data["alerts"][0]["filters"] == [["kind", "tender"]]
    delete_user(user)
    assert list(Subscription.objects.values_list("email", flat=True)) == ["other@example.lu"]


@pytest.mark.django_db
def test_a_forged_remove_value_removes_nothing_and_is_no_server_error(client, site_tree, subscribe):
    subscription = subscribe(language="en", email="member@example.lu")
    for value in ("abc", "-1", "1e3", ""):
        response = client.post(f"/en/alerts/manage/{subscription.token}/", {"remove": value})
        assert response.status_code == 302
    client.force_login(UserFactory(email="member@example.lu"))
    assert client.post("/en/my-space/alerts/", {"remove": "abc"}).status_code == 302
    assert Subscription.objects.filter(pk=subscription.pk).exists()
