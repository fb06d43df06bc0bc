import pytest

from home.models import HomePage, StandardPage
from members.models import MemberPage
from portrait.models import PortraitEditionPage, PortraitIndexPage, PortraitStoryPage


@pytest.mark.django_db
def test_page_types_declare_their_place_in_the_tree():
    assert PortraitIndexPage.allowed_parent_page_models() == [HomePage]
    assert PortraitIndexPage.allowed_subpage_models() == [PortraitEditionPage]
    assert PortraitEditionPage.allowed_parent_page_models() == [PortraitIndexPage]
    assert PortraitEditionPage.allowed_subpage_models() == [PortraitStoryPage]
    assert PortraitStoryPage.allowed_parent_page_models() == [PortraitEditionPage]
    assert PortraitStoryPage.allowed_subpage_models() == []


def test_can_create_only_where_it_belongs(portrait):
    home = portrait.tree.home["fr"]
    index, edition, story = portrait.index["fr"], portrait.edition["fr"], portrait.stories[0]["fr"]
    standard = home.add_child(instance=StandardPage(title="À propos", slug="a-propos"))

    # One index per home page: the home already has one.
    assert not PortraitIndexPage.can_create_at(home)
    assert not PortraitIndexPage.can_create_at(standard)
    assert PortraitEditionPage.can_create_at(index)
    assert not PortraitEditionPage.can_create_at(home)
    assert not PortraitEditionPage.can_create_at(edition)
    assert PortraitStoryPage.can_create_at(edition)
    assert not PortraitStoryPage.can_create_at(index)
    assert not PortraitStoryPage.can_create_at(story)
    assert not MemberPage.can_create_at(edition)
    assert not StandardPage.can_create_at(story)


@pytest.mark.django_db
def test_index_can_be_created_under_a_home_without_one(site_tree):
    assert PortraitIndexPage.can_create_at(site_tree.home["fr"])
