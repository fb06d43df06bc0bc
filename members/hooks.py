"""What the apps above members add to its pages, through Wagtail hooks (``wagtail.hooks``, registered in
their ``wagtail_hooks`` modules), so that members imports none of them:

- ``DIRECTORY_CONTEXT`` (exactly one, the search app): ``(request, directory or branch page) -> dict``, the
  directory's results, facets and links;
- ``BRANCH_COUNTS`` (exactly one, the search app): ``(language code) -> {branch code: members}``;
- ``MEMBER_PAGE_CONTEXT`` (any number, the sections): ``(member page) -> dict`` added to its template's context
  (the news that mention the member).
"""

from django.core.exceptions import ImproperlyConfigured
from wagtail import hooks

DIRECTORY_CONTEXT = "members_directory_context"
BRANCH_COUNTS = "members_branch_counts"
MEMBER_PAGE_CONTEXT = "members_member_page_context"


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
