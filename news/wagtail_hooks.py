"""What the news app adds to other apps' pages: the articles that mention a member (``members.hooks``)."""

from wagtail import hooks

from members.hooks import MEMBER_PAGE_CONTEXT

from .relations import news_for_member


@hooks.register(MEMBER_PAGE_CONTEXT)
def member_news(page):
    return {"member_news": news_for_member(page)}
