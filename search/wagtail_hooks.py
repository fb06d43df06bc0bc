"""The directory's search, given to the members app's directory and branch pages (``members.hooks``)."""

from wagtail import hooks

from members.hooks import BRANCH_COUNTS, DIRECTORY_CONTEXT

from .directory import directory_context
from .service import branch_counts

hooks.register(DIRECTORY_CONTEXT, directory_context)
hooks.register(BRANCH_COUNTS, branch_counts)
