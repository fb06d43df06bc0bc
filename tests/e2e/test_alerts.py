"""E-mail alerts as a visitor lives them, in a browser, in two languages: subscribe to a directory search, confirm from
the e-mail, a new matching member is published, the daily digest lists it, one click on its link unsubscribes."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from alerts.models import Subscription
from search.tests.helpers import make_member
from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TEXTS = {
    "fr": {
        "directory": "/fr/membres/",
        "email": "Votre adresse e-mail",
        "subscribe": "S’abonner",
        "check": "Consultez vos e-mails",
        "confirm": "Confirmer",
        "confirmed": "Votre abonnement est confirmé.",
        "unsubscribe": "Se désabonner",
        "unsubscribed": "Vous êtes désabonné",
        "digest": "1 nouveauté pour votre alerte",
    },
    "de": {
        "directory": "/de/mitglieder/",
        "email": "Ihre E-Mail-Adresse",
        "subscribe": "Abonnieren",
        "check": "Sehen Sie in Ihre E-Mails",
        "confirm": "Bestätigen",
        "confirmed": "Ihr Abonnement ist bestätigt.",
        "unsubscribe": "Abbestellen",
        "unsubscribed": "Sie haben sich abgemeldet",
        "digest": "1 Neuheit für Ihre Benachrichtigung",
    },
}


def link_in(message, part):
    return next(url for url in re.findall(r"https?://\S+", message.body) if part in url)


@pytest.mark.parametrize(("lang", "javascript"), [("fr", True), ("de", False)])
def test_a_visitor_follows_a_search_gets_the_new_member_and_unsubscribes_in_one_click(new_page, lang, javascript):
    tree = build_site_tree(members_per_branch=1)
    text = TEXTS[lang]
    visitor = new_page(java_script_enabled=javascript, locale=f"{lang}-LU")
    visitor.goto(text["directory"])
    visitor.locator("#directory-q").fill("Lichtwerk")
    visitor.locator("#directory-q").press("Enter")
    expect(visitor).to_have_url(re.compile(r"\?q=Lichtwerk"))
    alert = visitor.locator("section.alert-subscribe")
    alert.get_by_label(re.compile(text["email"])).fill("reader@example.lu")
    alert.get_by_role("button", name=text["subscribe"]).click()
    expect(visitor.locator("h1")).to_have_text(text["check"])
    subscription = Subscription.objects.get()
    assert subscription.filters == [["q", "Lichtwerk"]] and subscription.language == lang

    (confirmation,) = mail.outbox
    visitor.goto(link_in(confirmation, subscription.token))
    visitor.get_by_role("button", name=text["confirm"]).click()
    expect(visitor.locator(".messages")).to_contain_text(text["confirmed"])
    mail.outbox.clear()

    make_member(tree, "design", title="Lichtwerk Studio", translate_to=["de"])
    make_member(tree, "design", title="Autre Atelier", translate_to=["de"])
    call_command("send_digests")
    (digest,) = mail.outbox
    assert digest.subject.startswith(text["digest"])
    assert "Lichtwerk Studio" in digest.body and "Autre Atelier" not in digest.body
    unsubscribe = next(
        url
        for url in re.findall(r"https?://\S+", digest.body)
        if subscription.token in url and url in digest.extra_headers["List-Unsubscribe"]
    )

    visitor.goto(unsubscribe)
    visitor.get_by_role("button", name=text["unsubscribe"]).click()
    expect(visitor.locator("h1")).to_have_text(text["unsubscribed"])
    assert not Subscription.objects.exists()
    call_command("send_digests")
    assert len(mail.outbox) == 1
