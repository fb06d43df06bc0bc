"""``PAGE_RENDITIONS`` (the renditions a member page loads with its images, in two prepared queries) must be
exactly what the member page's templates ask for: a spec missing from it would be fetched one query per
image, a spec it has and no template uses would be loaded for nothing."""

import pytest
from django.template import loader
from django.template.base import Node
from django.template.loader_tags import IncludeNode
from wagtail.images.models import Filter
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

from members.models.pages import PAGE_RENDITIONS

MEMBER_PAGE = "members/member_page.html"


def image_specs(template_name, seen=None):
    """Every rendition spec the image tags of ``template_name`` and the templates it includes ask for."""
    seen = set() if seen is None else seen
    if template_name in seen:
        return set()
    seen.add(template_name)
    specs = set()
    nodes = list(loader.get_template(template_name).template.nodelist)
    while nodes:
        node = nodes.pop()
        if isinstance(node, SrcsetImageNode):
            specs.update(Filter.expand_spec(node.filter_specs))
        elif isinstance(node, ImageNode):
            specs.add("|".join(node.filter_specs))
        if isinstance(node, IncludeNode) and isinstance(node.template.var, str):
            specs |= image_specs(node.template.var, seen)
        for attribute in getattr(node, "child_nodelists", ()):
            nodes.extend(getattr(node, attribute, None) or [])
        if isinstance(node, Node) and hasattr(node, "conditions_nodelists"):  # {% if %} branches
            for _condition, nodelist in node.conditions_nodelists:
                nodes.extend(nodelist)
    return specs


@pytest.mark.perf
def test_page_renditions_are_what_the_member_page_templates_ask_for():
    asked = image_specs(MEMBER_PAGE)
    assert asked, "no image tag found: the template walk is broken"
    assert set(PAGE_RENDITIONS) == asked, (
        f"in the templates only: {sorted(asked - set(PAGE_RENDITIONS))}; "
        f"in PAGE_RENDITIONS only: {sorted(set(PAGE_RENDITIONS) - asked)}"
    )
