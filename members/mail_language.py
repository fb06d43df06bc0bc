"""The language a member's e-mails are written in: the one the member chose in My space, else the language of its
page's original version (the main-language page it owns); an account without a page and without a choice gets the
language it is using (the request's), else the site's default.

The choice is kept on Wagtail's user profile (``UserProfile.preferred_language``, the language Wagtail's own admin
e-mails use too): one language per person, whatever page or request an e-mail is about.
"""

from django.conf import settings
from wagtail.users.models import UserProfile

from .models import MemberPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def original_language(user):
    """The language of the original version of the first member page ``user`` owns, or None."""
    page = MemberPage.objects.filter(owners=user).select_related("locale").order_by("pk").first()
    return page.locale.language_code if page else None


def user_language(user, fallback=None):
    """The member's chosen language, else its page's original language, else ``fallback`` (the language of the page
    an account without member page is using), else the site's default."""
    chosen = UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
    if chosen in LANGUAGE_CODES:
        return chosen
    return original_language(user) or (fallback if fallback in LANGUAGE_CODES else settings.LANGUAGE_CODE)


def set_user_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])


def page_language(page):
    """The language of e-mails about member ``page`` (to its contact address or owners): its first owner's choice,
    else the page's own language."""
    owner = page.owners.order_by("pk").first()
    return user_language(owner) if owner else page.locale.language_code


def by_language(users):
    """{language: [addresses]} of ``users`` with an address, each in its own language."""
    grouped = {}
    for user in users:
        if user.email:
            grouped.setdefault(user_language(user), []).append(user.email)
    return grouped
