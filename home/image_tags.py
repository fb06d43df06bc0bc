"""Wagtail's image tags parse their filter specs on every render.

``{% picture img format-{webp,jpeg} width-{400,800} %}`` builds its ``Filter`` objects each time it renders and
each one parses its spec again (``inspect`` on every operation): a sixth of a member page's rendering. The specs
are fixed when the template is compiled, so the filters are kept on the template node, as Django's cached
template loader keeps the node itself.
"""

from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode


def _kept(method, attribute):
    def kept(node):
        filters = node.__dict__.get(attribute)
        if filters is None:
            filters = node.__dict__[attribute] = method(node)
        return filters

    kept.__doc__ = method.__doc__
    return kept


def install():
    ImageNode.get_filter = _kept(ImageNode.get_filter, "_kept_filter")
    SrcsetImageNode.get_filters = _kept(SrcsetImageNode.get_filters, "_kept_filters")
