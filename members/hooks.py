"""What the apps above members add to its pages, through Wagtail hooks (``wagtail.hooks``, registered in
their ``wagtail_hooks`` modules), so that members imports none of them:

- ``DIRECTORY_CONTEXT`` (exactly one, the search app): ``(request, directory or branch page) -> dict``, the
  directory's results, facets and links;
- ``BRANCH_COUNTS`` (exactly one, the search app): ``(language code) -> {branch code: members}``;
- ``MEMBER_PAGE_CONTEXT`` (any number, the sections): ``(member page) -> dict`` added to its template's context
  (the news that mention the member);
- ``MEMBER_PAGE_SECTIONS`` (any number, the sections): ``(member page) -> MemberPageSection or None``, a part of
  the member page that another app renders with its own template (the member's open job offers and calls,
  its upcoming events), shown in the order of the apps' registration.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail import hooks

DIRECTORY_CONTEXT = "members_directory_context"
BRANCH_COUNTS = "members_branch_counts"
MEMBER_PAGE_CONTEXT = "members_member_page_context"
MEMBER_PAGE_SECTIONS = "members_member_page_sections"


@dataclass
class MemberPageSection:
    """What an app shows on a member page: ``template`` rendered with ``section`` (this object) in its context."""

    template: str
    items: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def the_one(name):
    """The one function registered for ``name``."""
    found = hooks.get_hooks(name)
    if len(found) != 1:
        raise ImproperlyConfigured(f"One app must register the {name!r} hook; found {len(found)}.")
    return found[0]


def member_page_context(page):
    context = {}
    for function in hooks.get_hooks(MEMBER_PAGE_CONTEXT):
        context.update(function(page))
    return context


def member_page_sections(page):
    """The sections other apps add to ``page`` (those with something to show), in registration order."""
    sections = (function(page) for function in hooks.get_hooks(MEMBER_PAGE_SECTIONS))
    return [section for section in sections if section is not None and section.items]


def render_member_page_sections(page, request=None):
    """The sections of ``page`` as HTML (kept with the page cache's fragments by the member page)."""
    return mark_safe(  # noqa: S308 (the sections' own templates, autoescaped)
        "".join(
            render_to_string(section.template, {"section": section, "request": request})
            for section in member_page_sections(page)
        )
    )
