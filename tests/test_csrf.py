"""Every form that changes something is protected against cross-site request forgery.

The test follows the links of the public site, of My space (signed in as a member) and of the
matchmaking private pages, collects every ``<form method="post">`` it meets, and sends each one
from "another site": without the token the answer is a 403 page in the visitor's language and
nothing happens; with the page's token the same request gets past the check. A second test
lists the few views that skip Django's check and why.
"""

import copy
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.test import Client
from django.urls import get_resolver, resolve
from django.urls.resolvers import URLResolver
from django.utils import translation
from rest_framework.views import APIView

from matchmaking.tests.conftest import mosaique, taxonomy  # noqa: F401 (fixtures)
from members.models import ContactMessage
from tests.factories.matchmaking import BriefFactory, BriefRecipientFactory
from tests.factories.members import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase-42"
SKIP = ("/admin/", "/api/", "/documents/", "/media/", "/static/")
REFUSED = {
    "fr": "Le formulaire n’a pas pu être envoyé",
    "en": "The form could not be sent",
    "de": "Das Formular konnte nicht gesendet werden",
}
# What each form answers once past the check, posted with nothing but the token: the form again with what is
# missing (200), or the redirect the action ends with.
ACCEPTED = {
    **dict.fromkeys(["contact", "apply", "brief", "login", "password_reset", "shortlist", "outcome"], 200),
    **dict.fromkeys(["edit", "owners", "portfolio_add", "portfolio_edit", "export", "delete_account", "post_add"], 200),
    "confirm": 303,  # the brief confirmed, to its page
    "logout": 302,  # signed out, to the sign-in page
    "portfolio_delete": 302,  # to the portfolio
    "message": 302,  # the message deleted, to the inbox
    "brief_answer": 302,  # to the brief
    "email_language": 400,  # no language chosen: the form again, with its error
    "subscribe": 400,  # an e-mail alert without an address: the form again, with its error
    "mine": 302,  # no alert removed: back to My alerts
}


@pytest.fixture
def world(site_tree, request):
    request.getfixturevalue("mosaique")  # a creative the shortlist finds, so that its form shows
    page = site_tree.members[0]["fr"]
    owner = UserFactory(username="owner@example.lu", email="owner@example.lu")
    owner.set_password(PASSWORD)
    owner.save()
    page.owners.add(owner)
    ContactMessage.objects.create(
        page=page, sender_name="Claire", sender_email="claire@example.org", subject="Affiche", body="Bonjour"
    )
    sent = BriefRecipientFactory(page=page, brief__text="Une affiche", brief__language="fr").brief
    waiting = BriefFactory(language="fr", confirmed_at=None)
    chosen = BriefFactory(language="fr", text="Identité visuelle et packaging pour une boulangerie")
    private = [f"/fr/mise-en-relation/{brief.token}/" for brief in (waiting, chosen)]
    private.append(f"/fr/mise-en-relation/{sent.token}/resultat/")
    return {"page": page, "owner": owner, "private": private, "site": site_tree}


def crawl(client, starts, limit=120):
    """{form action path: URL of the page that has it} for every POST form reachable from ``starts``."""
    seen, queue, forms = set(), deque(starts), {}
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url, follow=True)
        url = response.request["PATH_INFO"]
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        doc = BeautifulSoup(response.content, "html.parser")
        for form in doc.find_all("form"):
            if form.get("method", "get").lower() == "post":
                forms.setdefault(urlsplit(urljoin(url, form.get("action") or url)).path, url)
        for link in doc.find_all("a", href=True):
            parts = urlsplit(urljoin(url, link["href"]))
            if parts.netloc not in ("", "testserver") or parts.path.startswith(SKIP):
                continue
            if not parts.query and parts.path not in seen:  # filters and pages of listings: same forms
                queue.append(parts.path)
    return forms


def token_from(client, url):
    response = client.get(url)
    doc = BeautifulSoup(response.content, "html.parser")
    found = doc.find("input", {"name": "csrfmiddlewaretoken"})
    assert found is not None, (url, response.status_code)
    return found["value"]


def check_forms(client, forms):
    """POST each form without a token (403, explained) then with the page's token (past the check)."""
    for action, page_url in forms.items():
        refused = client.post(action, {"anything": "x"})
        assert refused.status_code == 403, action
        assert REFUSED[action.split("/")[1]] in refused.content.decode(), action
        token = token_from(client, page_url)
        cookies = copy.deepcopy(client.cookies)
        with transaction.atomic():  # past the check the form does its work: undone, for the next forms
            accepted = client.post(action, {"csrfmiddlewaretoken": token})
            transaction.set_rollback(True)
        client.cookies = cookies  # still signed in after a sign-out form
        assert accepted.status_code == ACCEPTED[url_name(action)], action


def url_name(path):
    with translation.override(path.split("/")[1]):  # translated paths resolve in their language
        match = resolve(path)
    return match.url_name or match.func.__name__


def names(forms):
    return {url_name(path) for path in forms}


def test_every_public_and_private_link_form_refuses_a_forged_post(world):
    client = Client(enforce_csrf_checks=True)
    site = world["site"]
    forms = crawl(client, ["/fr/", site.directory["fr"].url, world["page"].url, "/fr/adhesion/",
                           "/fr/mise-en-relation/", "/fr/mon-espace/connexion/", *world["private"]])  # fmt: skip
    assert {"apply", "contact", "brief", "login", "password_reset", "confirm", "shortlist", "outcome"} <= names(forms)
    before = ContactMessage.objects.count()
    check_forms(client, forms)
    assert ContactMessage.objects.count() == before  # the forged contact request was not stored


def test_every_form_of_my_space_refuses_a_forged_post(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["owner"])
    forms = crawl(client, ["/fr/mon-espace/"])
    expected = {"edit", "owners", "portfolio_add", "brief_answer", "delete_account", "logout", "email_language"}
    assert expected <= names(forms), names(forms)
    check_forms(client, forms)


def test_a_forged_post_is_explained_in_the_visitors_language(world):
    client = Client(enforce_csrf_checks=True)
    for language, path in (("en", "/en/apply/"), ("de", "/de/antrag/")):
        response = client.post(path, {"business_name": "x"})
        assert response.status_code == 403
        assert REFUSED[language] in response.content.decode()
        assert f'<html lang="{language}"' in response.content.decode()


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def test_only_api_views_skip_the_check():
    """Django REST framework views skip the middleware but check the token themselves for signed-in
    sessions (SessionAuthentication); the shortlist API reads no session at all. The one other is the
    one-click unsubscribe link of alert e-mails: RFC 8058 has mail programs POST to it without a session or a
    token; its secret token in the URL is the proof, and it can do nothing but stop e-mails."""
    from alerts import views as alerts_views

    exempt = {}
    for route, view in walk(get_resolver().url_patterns):
        if getattr(view, "csrf_exempt", False):
            exempt[route] = view
    unsubscribe = {route: view for route, view in exempt.items() if view is alerts_views.unsubscribe}
    assert len(unsubscribe) == 1
    for route in unsubscribe:
        del exempt[route]
    assert len(exempt) > 5
    for route, view in exempt.items():
        view_class = getattr(view, "cls", None) or getattr(view, "view_class", None)
        assert view_class is not None and issubclass(view_class, APIView), route
        if route == "api/v1/matchmaking/shortlist/":
            assert view_class.authentication_classes == []
