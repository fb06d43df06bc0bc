"""A <picture> with each width once in its srcsets."""

from django import template
from wagtail.images.models import Picture

register = template.Library()


@register.simple_tag
def distinct_widths(picture, **attrs):
    """``{% picture image … as pic %}{% distinct_widths pic sizes="100vw" alt="" %}``: the picture without the
    renditions that repeat a width of the same format. An image narrower than the largest size asked for gives
    Wagtail that width twice ("1200w, 1200w": an invalid srcset)."""
    if not picture:
        return ""
    kept, seen = {}, set()
    for rendition in picture.renditions:
        spec = rendition.filter_spec
        form = next((part for part in spec.split("|") if part.startswith("format-")), "")
        if (form, rendition.width) not in seen:
            seen.add((form, rendition.width))
            kept[spec] = rendition
    return Picture(kept, attrs).__html__()
