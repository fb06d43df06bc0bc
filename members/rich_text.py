"""Members write plain text; the page stores rich text. Blank lines separate paragraphs."""

import html
import re

from django.utils.html import escape, strip_tags

PARAGRAPH_END = re.compile(r"</p>\s*", re.IGNORECASE)
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def to_html(text):
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n"))]
    return "".join(f"<p>{escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs if part)


def to_text(rich):
    text = LINE_BREAK.sub("\n", PARAGRAPH_END.sub("\n\n", rich or ""))
    return html.unescape(strip_tags(text)).strip()
