"""A company's whole path: brief → e-mail confirmation → explained shortlist → contact → answer → outcome."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from matchmaking.models import Brief, BriefRecipient
from tests.factories.matchmaking import BriefFactory, BriefRecipientFactory

BAKERY = "Wir suchen jemanden für Logo und Verpackung unserer Bäckerei in Esch."


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def form_data(client, url, **fields):
    """The brief form's hidden fields (CSRF token, form key) plus ``fields``."""
    page = soup(client.get(url))
    data = {field["name"]: field.get("value", "") for field in page.select("form.form input[type=hidden]")}
    data.update({"contact_name": "Jana Becker", "email": "jana@baeckerei.lu", "consent": "on"})
    data.update(fields)
    return data


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.mark.django_db
def test_german_brief_reaches_a_french_writing_creative_who_answers(mosaique, client, settings):
    # A company writes in German on the German page.
    response = client.post(
        "/de/matchmaking/", form_data(client, "/de/matchmaking/", text=BAKERY, company="Bäckerei Hoffmann")
    )
    assert response.status_code == 302
    brief = Brief.objects.get()
    assert (brief.language, brief.page_language) == ("de", "de")
    assert sorted(brief.skills.values_list("code", flat=True)) == ["brand-identity", "packaging"]
    # Nothing reaches a creative before the e-mail is confirmed.
    assert [m.to for m in mail.outbox] == [["jana@baeckerei.lu"]]
    confirm = path_of(link_in(mail.outbox[0]))
    shortlist_url = confirm.rsplit("/", 2)[0] + "/"
    assert client.get(shortlist_url).status_code == 302
    page = client.get(confirm)
    assert page.status_code == 200
    assert client.post(confirm).status_code == 303

    # The shortlist explains itself in German and includes the member who wrote only in French.
    page = soup(client.get(shortlist_url))
    items = page.select(".shortlist__item")
    names = [item.select_one("label strong").text for item in items]
    assert names[0] == "Atelier Mosaïque"
    why = items[0].select_one(".shortlist__why").text
    assert "Corporate Design" in why and "Verpackungsdesign" in why
    assert "spricht Deutsch" in why and "verfügbar" in why
    read = page.select(".brief-reading input[name=read-skills]")
    assert [(box["value"], box.has_attr("checked")) for box in read] == [("brand-identity", True), ("packaging", True)]
    assert [label.text for label in page.select(".brief-reading label")] == [
        "“logo” → Corporate Design",
        "“verpackung” → Verpackungsdesign",
    ]
    # Top ten preselected; the company keeps three.
    assert all(box.has_attr("checked") for box in page.select("input[name=creatives]"))
    chosen = [box["value"] for box in page.select("input[name=creatives]")][:3]
    token = page.select_one("input[name=csrfmiddlewaretoken]")
    data = {"creatives": chosen}
    if token:
        data["csrfmiddlewaretoken"] = token["value"]
    mail.outbox.clear()
    assert client.post(shortlist_url, data).status_code == 303
    assert client.post(shortlist_url, data).status_code == 200  # sent twice: nothing more happens
    assert BriefRecipient.objects.count() == len(chosen)
    member_mail = next(m for m in mail.outbox if m.to == ["owner@mosaique.lu"])
    assert "jana@baeckerei.lu" not in member_mail.body and not member_mail.reply_to
    assert len(mail.outbox) <= 3

    # The creative answers from the member space, in one click.
    owner = Client()
    owner.login(username="owner@mosaique.lu", password="a-long-passphrase-42")
    brief_page = path_of(link_in(member_mail))
    page = owner.get(brief_page)
    assert page.status_code == 200
    assert "Bäckerei" in page.content.decode() and "jana@baeckerei.lu" not in page.content.decode()
    mail.outbox.clear()
    answer_url = soup(page).select_one("button[name=answer]").find_parent("form")["action"]
    response = owner.post(answer_url, {"answer": "interested"}, follow=True)
    assert "jana@baeckerei.lu" in response.content.decode()
    (company_mail,) = mail.outbox
    assert company_mail.to == ["jana@baeckerei.lu"]
    assert "Atelier Mosaïque" in company_mail.subject
    assert company_mail.reply_to == ["owner@mosaique.lu"]
    owner.post(answer_url, {"answer": "declined"})
    assert len(mail.outbox) == 1  # one answer only
    assert BriefRecipient.objects.get(page=mosaique["fr"]).answer == "interested"

    # The company sees the answer on its brief's page, then reports the outcome from the follow-up e-mail.
    assert "Interessiert" in client.get(shortlist_url).content.decode()
    Brief.objects.update(sent_at=timezone.now() - timedelta(days=settings.MATCHMAKING_FOLLOWUP_DAYS + 1))
    mail.outbox.clear()
    call_command("send_brief_followups")
    call_command("send_brief_followups")
    (followup,) = mail.outbox
    outcome_url = path_of(link_in(followup))
    recipient = BriefRecipient.objects.get(page=mosaique["fr"])
    assert client.post(outcome_url, {"outcome": "worked"}).status_code == 200  # no creative ticked: an error
    assert client.post(outcome_url, {"outcome": "worked", "creatives": [recipient.pk]}).status_code == 200
    brief.refresh_from_db()
    assert brief.outcome == "worked"
    assert BriefRecipient.objects.get(pk=recipient.pk).worked_together


@pytest.mark.django_db
def test_the_same_form_sent_twice_is_stored_and_mailed_once(mosaique, client):
    data = form_data(client, "/en/matchmaking/", text="We need a logo and packaging for our new chocolate bars.")
    assert client.post("/en/matchmaking/", data).status_code == 302
    assert client.post("/en/matchmaking/", data).status_code == 302
    assert Brief.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_honeypot_and_rate_limit(mosaique, client):
    data = form_data(client, "/fr/mise-en-relation/", text="Nous cherchons un logo pour notre boulangerie.")
    assert client.post("/fr/mise-en-relation/", {**data, "website_url": "http://spam"}).status_code == 302
    assert Brief.objects.count() == 0
    responses = []
    for n in range(6):
        fresh = form_data(client, "/fr/mise-en-relation/", text=f"Nous cherchons un logo pour notre boulangerie {n}.")
        responses.append(client.post("/fr/mise-en-relation/", fresh))
    assert [response.status_code for response in responses] == [302] * 5 + [429], Brief.objects.count()
    assert 0 < int(responses[-1]["Retry-After"]) <= 3600
    assert Brief.objects.count() == 5


BAD_BRIEFS = [
    ("", "fr", "Décrivez votre besoin en quelques phrases."),
    ("x" * 20_000, "en", "A brief is limited to 5"),
    ("🎨🎨🎨 🚀", "de", "Bitte beschreiben Sie Ihren Bedarf in Worten"),
    ("<script>alert(1)</script> logo", "fr", "sans HTML ni script"),
    ("Buscamos un diseñador gráfico para el logotipo de nuestra panadería en Luxemburgo.", "en", "Spanish"),
    ("Buscamos un diseñador gráfico para el logotipo de nuestra panadería en Luxemburgo.", "fr", "espagnol"),
]


@pytest.mark.parametrize(("text", "lang", "message"), BAD_BRIEFS)
@pytest.mark.django_db
def test_bad_briefs_get_a_message_in_the_visitors_language(site_tree, client, text, lang, message):
    url = {"fr": "/fr/mise-en-relation/", "en": "/en/matchmaking/", "de": "/de/matchmaking/"}[lang]
    data = form_data(client, url, text=text)
    response = client.post(url, data)
    assert response.status_code == 200
    page = soup(response)
    assert message in page.select_one("#id_text_error").text
    # The whole text comes back, even 20,000 characters (browsers drop the newline that follows <textarea>).
    assert page.select_one("textarea[name=text]").text == "\n" + text
    assert page.select_one("input[name=email]")["value"] == "jana@baeckerei.lu"  # nothing typed is lost
    assert Brief.objects.count() == 0 and not mail.outbox


@pytest.mark.django_db
def test_private_links_are_unguessable_and_unconfirmed_briefs_show_nothing(mosaique, client):
    assert client.get("/en/matchmaking/00000000-0000-4000-8000-000000000000/").status_code == 404
    assert client.get("/en/matchmaking/not-a-uuid/").status_code == 404
    client.post("/en/matchmaking/", form_data(client, "/en/matchmaking/", text="Packaging for our tea boxes."))
    brief = Brief.objects.get()
    response = client.get(f"/en/matchmaking/{brief.token}/")
    assert response.status_code == 302 and response["Location"].endswith("/confirm/")
    assert client.get(f"/en/matchmaking/{brief.token}/outcome/").status_code == 404  # nothing sent yet


@pytest.mark.django_db
def test_other_members_cannot_read_or_answer_a_brief(mosaique, client, django_user_model):
    recipient = BriefRecipientFactory(
        page=mosaique["fr"], brief__text="Logo", brief__language="fr", brief__email="a@b.lu"
    )
    django_user_model.objects.create_user("other@x.lu", "other@x.lu", "a-long-passphrase-42")
    other = Client()
    other.login(username="other@x.lu", password="a-long-passphrase-42")
    page_id = mosaique["fr"].pk
    assert other.get(f"/en/my-space/{page_id}/briefs/{recipient.pk}/").status_code == 404
    assert (
        other.post(f"/en/my-space/{page_id}/briefs/{recipient.pk}/answer/", {"answer": "interested"}).status_code == 404
    )
    assert Client().get(f"/en/my-space/{page_id}/briefs/").status_code == 302  # to sign-in
    owner = Client()
    owner.login(username="owner@mosaique.lu", password="a-long-passphrase-42")
    listing = owner.get(f"/en/my-space/{page_id}/briefs/")
    assert listing.status_code == 200 and "Logo" in listing.content.decode()
    response = owner.post(f"/en/my-space/{page_id}/briefs/{recipient.pk}/answer/", {"answer": "declined"})
    assert response.status_code == 302
    (declined,) = mail.outbox
    assert declined.to == ["a@b.lu"] and not declined.reply_to and "owner@mosaique.lu" not in declined.body


@pytest.mark.django_db
def test_purge_deletes_old_and_unconfirmed_briefs(site_tree, settings):
    now = timezone.now()

    def make(days, confirmed=True):
        written = now - timedelta(days=days)
        return BriefFactory(created_at=written, confirmed_at=written if confirmed else None)

    keep, _old, _unconfirmed = make(30), make(settings.MATCHMAKING_RETENTION_DAYS + 1), make(10, confirmed=False)
    recent_unconfirmed = make(1, confirmed=False)
    call_command("purge_briefs")
    assert set(Brief.objects.values_list("pk", flat=True)) == {keep.pk, recent_unconfirmed.pk}


@pytest.mark.django_db
def test_sending_to_nobody_is_refused_and_private_pages_stay_out_of_caches(mosaique, client):
    client.post("/en/matchmaking/", form_data(client, "/en/matchmaking/", text="Logo and packaging for our jam."))
    brief = Brief.objects.get()
    client.post(f"/en/matchmaking/{brief.token}/confirm/")
    url = f"/en/matchmaking/{brief.token}/"
    response = client.get(url)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert soup(response).select_one("meta[name=robots]")["content"] == "noindex, nofollow"
    mail.outbox.clear()
    response = client.post(url, {})
    page = soup(response)
    assert response.status_code == 200
    assert page.select_one("#id_creatives_error").text == "Choose at least one creative."
    assert page.select_one(".error-summary a")["href"] == "#id_creatives"
    assert BriefRecipient.objects.count() == 0 and not mail.outbox
    # A creative not in the shortlist cannot be slipped in.
    response = client.post(url, {"creatives": [999_999]})
    assert response.status_code == 200 and BriefRecipient.objects.count() == 0


@pytest.mark.django_db
def test_the_members_data_export_lists_the_briefs_received(mosaique):
    from space.privacy import collect

    BriefRecipientFactory(page=mosaique["fr"], brief__text="Logo", brief__email="quiet@b.lu")
    BriefRecipientFactory(page=mosaique["fr"], brief__text="Verpackung", brief__email="yes@b.lu", answer="interested")
    owner = mosaique["fr"].owners.get()
    briefs = {item["brief"]: item for page in collect(owner)["pages"] for item in page["briefs"]}
    assert set(briefs) == {"Logo", "Verpackung"}
    assert briefs["Verpackung"]["email"] == "yes@b.lu" and "email" not in briefs["Logo"]
