import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from members.models import DirectoryPage, MemberPage
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_news_index_lives_under_the_home_page_only_once(news_tree):
    home = news_tree.site.home["fr"]
    assert NewsIndexPage in HomePage.allowed_subpage_models()
    assert not NewsIndexPage.can_create_at(home)  # one index per home page, already there
    news_tree.index["fr"].delete()
    assert NewsIndexPage.can_create_at(HomePage.objects.get(pk=home.pk))
    assert not NewsIndexPage.can_create_at(news_tree.site.directory["fr"])
    assert not NewsIndexPage.can_create_at(Page.get_first_root_node())


def test_articles_live_under_the_news_index_and_have_no_children(news_tree):
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert NewsPage.can_create_at(news_tree.index["fr"])
    for parent in (news_tree.site.home["fr"], news_tree.site.directory["fr"]):
        assert not NewsPage.can_create_at(parent)
    assert NewsPage.allowed_subpage_models() == []
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    for model in (StandardPage, DirectoryPage, MemberPage, NewsIndexPage):
        assert model not in NewsPage.allowed_subpage_models()
