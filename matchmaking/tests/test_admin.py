"""Editors' side: the dashboard with briefs, answers and outcomes, its CSV, the briefs and the skills."""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.utils import timezone

from matchmaking.models import Brief
from space.tests.helpers import moderator
from tests.factories import add_member
from tests.factories.matchmaking import BriefFactory, BriefRecipientFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(site_tree, client):
    from wagtail.users.models import UserProfile

    user = moderator()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def answered(mosaique, site_tree, taxonomy):
    now = timezone.now()
    brief = BriefFactory(
        email="jana@baeckerei.lu",
        created_at=now - timedelta(hours=30),
        confirmed_at=now - timedelta(hours=29),
        sent_at=now - timedelta(hours=28),
        outcome=Brief.Outcome.WORKED_TOGETHER,
        outcome_at=now,
    )
    brief.skills.set([taxonomy["packaging"], taxonomy["brand-identity"]])
    other = add_member(site_tree, "design", lang_versions=())["fr"]
    BriefRecipientFactory(
        brief=brief,
        page=mosaique["fr"],
        reasons="Identité visuelle",
        answer="interested",
        answered_at=now - timedelta(hours=24),
        worked_together=True,
    )
    BriefRecipientFactory(brief=brief, page=other)
    BriefFactory(text="Spam", confirmed_at=None)  # never confirmed: not counted
    return brief


def test_dashboard_counts_briefs_answers_and_outcomes(editor_client, answered):
    response = editor_client.get("/admin/matchmaking/dashboard/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    figures = {
        dt.text: dd.text for dt, dd in zip(page.select(".mm-figures dt"), page.select(".mm-figures dd"), strict=True)
    }
    assert figures["Confirmed briefs"] == "1"
    assert figures["Creatives contacted"] == "2"
    assert figures["Response rate"] == "50 %"
    assert figures["Median time to the first answer"] == "4.0 h"
    assert figures["Worked together"] == "1"
    assert "Design: 1" in " ".join(f"{r.th.text}: {r.td.text}" for r in page.select("#mm-branches ~ table tbody tr"))
    assert "Logo und Verpackung" in response.content.decode()
    assert "jana@baeckerei.lu" not in response.content.decode()


def test_dashboard_csv(editor_client, answered):
    response = editor_client.get("/admin/matchmaking/dashboard/?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["language"], row["creatives_contacted"], row["answers"], row["interested"]) == ("de", "2", "1", "1")
    assert row["first_answer_hours"] == "4.0" and row["outcome"] == "worked"
    assert row["skills"] == "brand-identity packaging"  # codes, in the skills' order (branch, then code)
    assert "jana" not in response.content.decode()


def test_brief_inspect_shows_the_answers(editor_client, answered):
    response = editor_client.get(f"/admin/matchmaking/briefs/inspect/{answered.pk}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Atelier Mosaïque" in text and "Interested" in text
    assert editor_client.get("/admin/matchmaking/briefs/").status_code == 200


def test_editors_curate_the_skills(editor_client, taxonomy):
    assert editor_client.get("/admin/matchmaking/skills/").status_code == 200
    skill = taxonomy["packaging"]
    response = editor_client.get(f"/admin/matchmaking/skills/edit/{skill.pk}/")
    assert response.status_code == 200
    assert "synonyms_de" in response.content.decode()


def test_people_without_the_permission_are_kept_out(site_tree, client, django_user_model, answered):
    anonymous = client.get("/admin/matchmaking/dashboard/")
    assert (anonymous.status_code, anonymous["Location"]) == (302, "/admin/login/?next=/admin/matchmaking/dashboard/")
    staff = django_user_model.objects.create_user("staff@x.lu", "staff@x.lu", "pw")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    # In the admin but without the matchmaking permission: sent back to the admin's dashboard.
    for url in ("/admin/matchmaking/dashboard/", f"/admin/matchmaking/briefs/inspect/{answered.pk}/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
