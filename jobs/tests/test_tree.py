import pytest

from home.models import HomePage, StandardPage
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage
from members.models import DirectoryPage


def test_parent_and_subpage_types():
    assert JobIndexPage.allowed_parent_page_models() == [HomePage]
    assert JobIndexPage.allowed_subpage_models() == [JobPage]
    assert JobPage.allowed_parent_page_models() == [JobIndexPage]
    assert JobPage.allowed_subpage_models() == []
    assert CollaborationIndexPage.allowed_parent_page_models() == [HomePage]
    assert CollaborationIndexPage.allowed_subpage_models() == [CollaborationPage]
    assert CollaborationPage.allowed_parent_page_models() == [CollaborationIndexPage]
    assert CollaborationPage.allowed_subpage_models() == []


def test_home_allows_the_indexes():
    allowed = HomePage.allowed_subpage_models()
    assert JobIndexPage in allowed and CollaborationIndexPage in allowed
    assert JobPage not in allowed and CollaborationPage not in allowed


@pytest.mark.django_db
def test_can_create_at(jobs_site):
    home = jobs_site.tree.home["fr"]
    directory = jobs_site.tree.directory["fr"]
    job_index = jobs_site.job_index["fr"]
    collab_index = jobs_site.collab_index["fr"]
    # One index of each kind per home page (one per language tree).
    assert not JobIndexPage.can_create_at(home)
    assert not CollaborationIndexPage.can_create_at(home)
    assert not JobIndexPage.can_create_at(directory)
    assert JobPage.can_create_at(job_index)
    assert not JobPage.can_create_at(home)
    assert not JobPage.can_create_at(collab_index)
    assert CollaborationPage.can_create_at(collab_index)
    assert not CollaborationPage.can_create_at(job_index)
    assert not StandardPage.can_create_at(job_index)
    assert not DirectoryPage.can_create_at(collab_index)
