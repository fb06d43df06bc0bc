from django import template

from core import slots as registry

register = template.Library()


@register.simple_tag(takes_context=True)
def slot(context, name, **kwargs):
    """``{% slot "name" key=value %}``: what the apps above registered for the slot ``name`` (core.slots)."""
    return registry.render(name, context, **kwargs)
