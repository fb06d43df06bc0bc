"""The directory's facets as a visitor reads them: the long skill facet ordered and split."""

from dataclasses import dataclass

from django import template
from django.utils.safestring import mark_safe

from core.markup import escaped
from taxonomy.text import fold

register = template.Library()

# Values of the skill facet shown at once, besides the selected ones; the rest wait behind "More skills".
SKILLS_SHOWN = 12


@dataclass
class SplitValues:
    first: list  # the selected values, then the most frequent
    more: list  # the rest, in the same order


@register.filter
def by_relevance(values):
    """The selected values first, then the most frequent (count descending), then by label (accents ignored)."""
    return sorted(values, key=lambda value: (not value.selected, -value.count, fold(value.label), value.value))


@register.filter
def split_frequent(values, shown=SKILLS_SHOWN):
    """``values`` ordered ``by_relevance`` and split into the selected ones and the ``shown`` most frequent
    (``first``), and the rest (``more``)."""
    ordered = by_relevance(values)
    selected = sum(1 for value in ordered if value.selected)
    cut = selected + int(shown)
    return SplitValues(first=ordered[:cut], more=ordered[cut:])


@register.simple_tag
def facet_items(name, values):
    """The ``<li>`` of each value: a checkbox and its label with the count. Rendered here rather than by a template
    loop: the skill facet has 132 values, and a loop of template nodes per value (or ``format_html`` per value)
    costs several milliseconds a page."""
    name = escaped(name)
    items = []
    for v in values:
        value, checked = escaped(v.value), " checked" if v.selected else ""
        items.append(
            f'<li><input type="checkbox" id="f-{name}-{value}" name="{name}" value="{value}"{checked}> '
            f'<label for="f-{name}-{value}"><span class="facet__label">{escaped(v.label)}</span> '
            f'<span class="facet__count">({escaped(v.count)})</span></label></li>'
        )
    return mark_safe("".join(items))  # noqa: S308 - every value is escaped
