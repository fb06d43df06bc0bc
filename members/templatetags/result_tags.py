"""The directory's result cards, rendered in Python: a page holds 24 of them, and an include per card (its
template nodes, its variables looked up and escaped one by one) cost a third of the page's rendering."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.markup import escaped
from core.templatetags.site_tags import quoted

register = template.Library()

EAGER = 2  # the first pictures are in the first screen: not lazy
SIZES = "(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"


def _picture(picture, number):
    if not picture.get("src"):
        return '<span class="member-card__picture" aria-hidden="true"></span>'
    lazy = ' loading="lazy"' if number > EAGER else ""
    return (
        f'<img src="{escaped(picture["src"])}" srcset="{escaped(picture.get("srcset", ""))}" sizes="{SIZES}" '
        f'width="{escaped(picture.get("width", ""))}" height="{escaped(picture.get("height", ""))}" '
        f'class="member-card__picture" alt=""{lazy}>'
    )


def _logo(item):
    if item.logo_url:
        return f'<img src="{escaped(item.logo_url)}" width="96" height="96" class="member-card__logo" alt="" loading="lazy">'
    return (
        f'<span class="member-card__logo member-card__logo--empty" aria-hidden="true">{escaped(item.name[:1])}</span>'
    )


def _match(item, labels):
    """Why it matched: the skills the query named that the member has, else a snippet of its texts."""
    if item.matched:
        found = " · ".join(f"{quoted(words)} → {escaped(label)}" for words, label in item.matched)
        return f'<p class="member-card__match"><span class="member-card__reason">{labels["matches"]}</span> {found}</p>'
    if not item.snippet:
        return ""
    snippet = escaped(item.snippet)
    if item.snippet_lang:
        snippet = f'<span lang="{escaped(item.snippet_lang)}">{snippet}</span>'
    return (
        f'<p class="member-card__match"><span class="member-card__reason">{escaped(item.reason)}:</span> {snippet}</p>'
    )


def result_card(item, number, labels):
    """One result card: picture, logo, name, tagline, kind and place, skills, and why it matched. ``labels``: the
    card's fixed texts, escaped, in the page's language (``card_labels``)."""
    tagline = ""
    if item.tagline:
        lang = f' lang="{escaped(item.tagline_lang)}"' if item.tagline_lang else ""
        tagline = f'<p class="member-card__tagline"{lang}>{escaped(item.tagline)}</p>'
    location = f" · {escaped(item.location)}" if item.location else ""
    skills = ""
    if item.skills:
        tags = "".join(f'<li class="tag">{escaped(label)}</li>' for label in item.skills)
        skills = f'<ul class="member-card__skills" aria-label="{labels["skills"]}">{tags}</ul>'
    return (
        f'<li class="member-card member-card--picture">\n    {_picture(item.picture or {}, number)}\n'
        f'    <div class="member-card__identity">\n    {_logo(item)}\n    <div class="member-card__body">\n'
        f'        <h3 class="member-card__name"><a href="{escaped(item.url)}">{escaped(item.name)}</a></h3>\n'
        f"        {tagline}\n"
        f'        <p class="member-card__meta">{escaped(item.kind_label)}{location}</p>\n'
        f"        {skills}\n        {_match(item, labels)}\n    </div>\n    </div>\n</li>"
    )


def card_labels():
    return {"skills": escaped(_("Skills")), "matches": escaped(_("Matches your search:"))}


@register.simple_tag
def result_cards(items):
    """The ``<li>`` card of each result, the first ``EAGER`` pictures loaded at once, the others lazily."""
    labels = card_labels()
    cards = "".join(result_card(item, number, labels) for number, item in enumerate(items, 1))
    return mark_safe(cards)  # noqa: S308 - every value is escaped
