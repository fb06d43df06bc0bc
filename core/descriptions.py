"""The description of a page for search engines and link previews (``<meta name="description">``, Open Graph).

The page's search description when an editor wrote one, else its listing summary, else the first words of its
own texts in the order a reader meets them (introduction, lead, tagline, presentation, body), as plain text of at
most ``DESCRIPTION_LENGTH`` characters. A text the page shows in another language than its own (a member's
untranslated tagline, see ``members.text_language``) is passed over: the description is in the page's language.
A page with no text of its own says what it is (``description_fallback``), never nothing.
"""

import html
import re

from django.utils.html import strip_tags
from django.utils.translation import gettext
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

DESCRIPTION_LENGTH = 160

# Where a page's own text is found, in reading order; a page type names others with ``description_fields``.
TEXT_FIELDS = ("intro", "lead", "summary_text", "subtitle", "tagline", "bio", "body", "description", "editorial")

_SPACES = re.compile(r"\s+")


def plain_text(value):
    """The text of a string, an HTML fragment, a rich text or a stream field's value, on one line."""
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        parts = value.stream_block.get_searchable_content(value)
        return plain_text(" ".join(str(part) for part in parts))
    if isinstance(value, RichText):
        value = value.source
    text = html.unescape(strip_tags(str(value)))
    return _SPACES.sub(" ", text).strip()


def shorten(text, length=DESCRIPTION_LENGTH):
    """``text`` cut at a word boundary to at most ``length`` characters, an ellipsis marking the cut."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut[length // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–—") + "…"


def page_description(page, text_languages=None):
    """The description of ``page`` (see the module); ``text_languages`` maps the names of its fields shown in
    another language to that language (a member page's context)."""
    elsewhere = text_languages or {}
    for name in ("search_description", "listing_summary", *getattr(page, "description_fields", TEXT_FIELDS)):
        if elsewhere.get(name):
            continue
        text = plain_text(getattr(page, name, None))
        if text:
            return shorten(text)
    fallback = getattr(page, "description_fallback", None)
    text = plain_text(fallback()) if callable(fallback) else ""
    return shorten(text or site_description(page.title))


def site_description(title=""):
    """What the portal is, for a page or view with no text of its own."""
    if title:
        text = gettext("%(title)s: on the portal of the Creative Industries Cluster in Luxembourg.") % {"title": title}
    else:
        text = gettext(
            "The portal of the Creative Industries Cluster in Luxembourg: its members and their work, news, "
            "events and job offers."
        )
    return shorten(text)
