import pytest
from wagtail.models import Page

from agenda.models import AgendaPage, EventPage
from home.models import HomePage, StandardPage
from members.models import DirectoryPage, MemberPage

pytestmark = pytest.mark.django_db


def test_agenda_lives_under_the_home_page_only():
    assert AgendaPage in HomePage.allowed_subpage_models()
    assert AgendaPage not in StandardPage.allowed_subpage_models()
    assert AgendaPage not in DirectoryPage.allowed_subpage_models()
    assert AgendaPage.allowed_parent_page_models() == [HomePage]
    assert AgendaPage.max_count_per_parent == 1


def test_events_live_under_the_agenda_only_and_have_no_children():
    assert AgendaPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_parent_page_models() == [AgendaPage]
    assert EventPage.allowed_subpage_models() == []
    assert EventPage not in HomePage.allowed_subpage_models()
    assert EventPage not in MemberPage.allowed_subpage_models()
    assert EventPage not in Page.allowed_subpage_models()


def test_one_agenda_per_home_page(agenda_tree):
    home = agenda_tree.site.home["fr"]
    assert not AgendaPage.can_create_at(home)
    assert EventPage.can_create_at(agenda_tree.agenda["fr"])
    assert not EventPage.can_create_at(home)
