"""What the jobs app adds to other apps' pages: a member's open offers and calls on its page (``members.hooks``)."""

from wagtail import hooks

from members.hooks import MEMBER_PAGE_SECTIONS, MemberPageSection

from .models import CollaborationPage, JobPage, resolve_parties

SHOWN = 10  # offers, and calls, listed on a member page (a member has at most PORTAL_POST_LIMITS["open"] open)


@hooks.register(MEMBER_PAGE_SECTIONS)
def member_offers_and_calls(page):
    """The member's open job offers and collaboration requests in the page's language (the member field is
    synchronised: it points at the member's page in the language each post was written in)."""
    offers = JobPage.open_offers(page.locale_id).filter(employer_member__translation_key=page.translation_key)
    calls = CollaborationPage.open_requests(page.locale_id).filter(author_member__translation_key=page.translation_key)
    offers = resolve_parties(offers[:SHOWN], "employer_member", "employer_name")
    calls = resolve_parties(calls[:SHOWN], "author_member", "author_name")
    return MemberPageSection(
        template="jobs/includes/member_posts.html", items=[*offers, *calls], extra={"offers": offers, "calls": calls}
    )
