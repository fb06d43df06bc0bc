"""``seed_demo`` end to end: what the seeded site shows, idempotence, determinism, growth."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, WorkflowState
from wagtail_localize.models import Translation

from alerts.models import Subscription
from demo import posts as demo_posts
from demo import subscriptions as demo_subscriptions
from demo.tests.space_stats import demo_statistics_count_the_contact_requests_the_inboxes_hold
from home.models import HomePage, StandardPage
from members.models import BranchPage, MemberPage, PortfolioItem
from members.tests.demo_translations import demo_members_open_in_the_localize_translation_editor
from search.models import MemberDocument
from taxonomy.models import Branch


def seed(members, **options):
    call_command("seed_demo", members=members, no_progress=True, **options)


# wagtail-localize publishes translations when the transaction commits: seed in real transactions.
seeding = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@seeding
def test_one_demo_seeding_checked_every_way_then_seeded_again_and_grown(settings, capsys, subtests):
    """One seeding (about 20 s) serves several checks, each a subtest named after what it checks; then the same
    seeding again (idempotent) and a larger one (growth), and the checks of what was written in bulk.

    ``make run`` seeds with the console e-mail backend: the demo members' posts submitted for moderation must not
    print Wagtail's "submitted" e-mails among the progress lines (nor send them elsewhere)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"  # what ``make run`` uses
    mail.outbox = []
    seed(4)
    out = capsys.readouterr().out
    with subtests.test(msg="seeding sends and prints no e-mail and leaves posts in moderation"):
        assert "Seeded 4 members in" in out
        assert "Subject:" not in out and "Moderators approval" not in out and mail.outbox == []
        waiting = sum(not spec["published"] for spec in demo_posts.posts_data()["posts"])
        assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == waiting
        editor = get_user_model().objects.get(username="editor")
        client = Client()
        client.force_login(editor)
        dashboard = client.get("/admin/").content.decode()
        assert "Appel d'offres" in dashboard or "Appel d&#x27;offres" in dashboard  # awaiting the editor's review
    with subtests.test(msg="demo members open in the localize translation editor"):
        demo_members_open_in_the_localize_translation_editor()
    with subtests.test(msg="the demo member account owns the first member and the editor can log in"):
        member_user = get_user_model().objects.get(username="member")
        assert MemberPage.objects.filter(owners=member_user).count() == 1
        assert Client().login(username="editor", password="demo-editor-2026")
        assert Client().login(username="member", password="demo-member-2026")
        assert Branch.objects.count() == 12
    with subtests.test(msg="seed_demo builds a trilingual site and is idempotent"):
        the_seeded_site_is_trilingual_and_seeding_again_adds_nothing_and_more_members_grow_it()
    with subtests.test(msg="demo statistics count the contact requests the inboxes hold after seeding again"):
        demo_statistics_count_the_contact_requests_the_inboxes_hold()
    with subtests.test(msg="bulk-written member pages are whole Wagtail pages"):
        bulk_written_member_pages_are_whole_wagtail_pages()


def the_seeded_site_is_trilingual_and_seeding_again_adds_nothing_and_more_members_grow_it():
    """After ``seed(4)``."""
    counts = {lang: MemberPage.objects.filter(locale__language_code=lang).count() for lang in ("fr", "en", "de")}
    assert counts == {"fr": 4, "en": 4, "de": 4}
    assert BranchPage.objects.filter(locale__language_code="de").count() == 12
    assert HomePage.objects.count() == 3
    pages_before = Page.objects.count()
    # Site pages are wagtail-localize translations of the French source.
    assert Translation.objects.filter(target_locale__language_code="de").count() >= 1 + 1 + 12 + 4
    alerts = Subscription.objects.count()
    assert alerts == len(demo_subscriptions.specs())
    seed(4)
    assert Page.objects.count() == pages_before
    assert Subscription.objects.count() == alerts
    seed(6)
    assert MemberPage.objects.filter(locale__language_code="en").count() == 6
    client = Client()
    for lang, slug in (("fr", "membres"), ("en", "members"), ("de", "mitglieder")):
        response = client.get(f"/{lang}/{slug}/")
        assert response.status_code == 200
        names = [t.text for t in BeautifulSoup(response.content, "html.parser").select(".branch-tile__name")]
        # Every branch title is translated, including those with "&" or an apostrophe.
        assert names == [getattr(branch, f"label_{lang}") for branch in Branch.objects.order_by("sort_order")]
    member = MemberPage.objects.filter(locale__language_code="de").first()
    response = client.get(member.url)
    assert response.status_code == 200
    assert member.tagline in response.content.decode()
    assert "example.lu" not in response.content.decode().replace(member.website, "")


def bulk_written_member_pages_are_whole_wagtail_pages():
    """After a seeding (its "Seeded N members in" line is checked by the caller); ends by editing a member."""
    # The tree is consistent: Wagtail's own check finds no problem, and every branch page counts its members.
    assert Page.find_problems() == ([], [], [], [], [])
    for branch_page in BranchPage.objects.all():
        assert branch_page.numchild == branch_page.get_children().count()
    member = MemberPage.objects.filter(locale__language_code="en").order_by("path").first()
    assert member.url_path == member.get_parent().url_path + member.slug + "/"
    assert member.live and not member.has_unpublished_changes
    # Logo with its own file, portfolio pictures from the shared pool, the primary branch among its branches.
    assert member.logo.title.startswith("Logo ") and member.logo.file.name.endswith(".png")
    assert member.logo.file.size == member.logo.file_size
    assert member.primary_branch_page.specific.branch in member.branches.all()
    items = PortfolioItem.objects.filter(page=member)
    assert items.exists() and all(item.image_id for item in items)
    # Shown on the site, listed by the directory search, found by the admin search, its images used.
    response = Client().get(member.url)
    assert response.status_code == 200 and member.tagline in response.content.decode()
    assert MemberDocument.objects.filter(page_id=member.pk).exists()
    assert member.pk in {page.pk for page in MemberPage.objects.search(member.title)}
    assert member.pk in {
        int(pk) for pk in ReferenceIndex.get_references_to(member.logo).values_list("object_id", flat=True)
    }
    assert get_image_model().objects.search(member.logo.title).count() >= 1
    # Editable in the admin, and saving a revision works.
    admin = get_user_model().objects.create_superuser("admin", "admin@example.lu", "pw-for-tests-123")
    client = Client()
    client.force_login(admin)
    assert client.get(f"/admin/pages/{member.pk}/edit/").status_code == 200
    member.tagline = "Changed"
    member.save_revision(user=admin).publish()
    assert MemberPage.objects.get(pk=member.pk).tagline == "Changed"


@seeding
def test_seed_demo_is_deterministic():
    seed(3, seed=7)
    first = list(MemberPage.objects.order_by("path").values_list("title", "tagline", "canton"))
    MemberPage.objects.all().delete()
    seed(3, seed=7)
    assert list(MemberPage.objects.order_by("path").values_list("title", "tagline", "canton")) == first


@seeding
def test_standard_pages_exist_in_three_languages_after_seeding():
    seed(0)
    assert StandardPage.objects.filter(locale__language_code="de", slug="impressum").exists()
    assert Client().get("/en/privacy/").status_code == 200
