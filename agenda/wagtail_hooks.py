"""What the agenda adds to other apps' pages: a member's upcoming events on its page (``members.hooks``)."""

from wagtail import hooks

from members.hooks import MEMBER_PAGE_SECTIONS, MemberPageSection

from .models import EventPage, attach_organisers

SHOWN = 10


@hooks.register(MEMBER_PAGE_SECTIONS)
def member_events(page):
    """The events the member organises that are not over, in the page's language, soonest first."""
    events = (
        EventPage.objects.visible()
        .filter(locale_id=page.locale_id, organiser_member__translation_key=page.translation_key)
        .upcoming()
        .teasers()[:SHOWN]
    )
    return MemberPageSection(
        template="agenda/includes/member_events.html", items=attach_organisers(list(events), page.locale_id)
    )
