from django import template
from django.template.defaultfilters import date as format_date
from django.utils.html import format_html

register = template.Library()


@register.filter
def time_tag(value):
    """A date as ``<time datetime="2026-03-01">1 mars 2026</time>``, in the active language."""
    if not value:
        return ""
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), format_date(value))
