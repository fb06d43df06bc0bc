"""What the news app gives other pages: the articles that mention a member."""

from core.performance.page_cache import remember

from .models import NewsPage

MEMBER_NEWS_LIMIT = 5


def news_for_member(member, limit=MEMBER_NEWS_LIMIT):
    """The latest live public articles in ``member``'s language that relate to it or to any of its translations.

    An article chooses its members once (in its source language) and is synchronised to
    the others, so it points to, say, the French member page: matching on the member's
    translation key finds it from the English and German member pages too.
    """
    if not member.pk or str(member.translation_key) not in _members_in_the_news():
        return []
    return list(
        NewsPage.objects.live()
        .public()
        .filter(locale_id=member.locale_id, related_members__translation_key=member.translation_key)
        .distinct()
        .order_by("-date", "-pk")[:limit]
    )


def _members_in_the_news():
    """Translation keys of the members any article mentions (most members are in none): kept with the page
    cache's fragments, so that the page of a member no article mentions asks nothing more."""
    through = NewsPage.related_members.through
    return remember(
        "members-in-the-news",
        [],
        lambda: {str(key) for key in through.objects.values_list("memberpage__translation_key", flat=True)},
    )
