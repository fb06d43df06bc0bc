"""The member space tests run on a smaller site: two members (one per branch) are enough."""

import pytest


@pytest.fixture
def site_tree(db):
    """The trilingual test site with one member per branch: the member space needs two members, not four."""
    from tests.factories import build_site_tree

    return build_site_tree(members_per_branch=1)
