"""The directory's facets as a visitor reads them: the long skill facet ordered and split."""

from dataclasses import dataclass

from django import template

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
