"""Who may work on which member page from the member space.

A member page is owned by the users in ``MemberPage.owners`` of its page in the member's
main language (the page the application created, or the source of its translations).
Its other language versions share its ``translation_key`` and belong to the same owners.
Owners are the only people who see a page in the member space: other members, editors and
superusers get a 404 there (editors work in the Wagtail admin, and nobody reads another's
inbox).
"""

from django.http import Http404

from members.models import MemberPage


def owned_pages(user):
    """The member pages ``user`` owns, one per member (main language), by title."""
    if not user.is_authenticated:
        return MemberPage.objects.none()
    return MemberPage.objects.filter(owners=user).select_related("locale").order_by("title", "pk")


def get_owned_page(user, page_id):
    """The owned member page with this id, or 404 (whether it exists or belongs to someone else)."""
    try:
        return owned_pages(user).get(pk=page_id)
    except (MemberPage.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def language_versions(page):
    """Every language version of a member page (drafts included), by language code."""
    versions = MemberPage.objects.filter(translation_key=page.translation_key).select_related("locale")
    return {version.locale.language_code: version for version in versions}
