from django import template

from core import fragments as registry

register = template.Library()


@register.simple_tag(takes_context=True)
def fragments(context, slot, **kwargs):
    """``{% fragments "slot" key=value %}``: what the apps above registered for ``slot`` (core.fragments)."""
    return registry.render(slot, context, **kwargs)
