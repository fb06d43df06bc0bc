"""HTML built in Python for the long lists of a page (a directory's cards and facet values), where Django's
``format_html`` (a lazy-text check and a ``SafeString`` for each argument) costs more than the text itself."""

from html import escape


def escaped(value):
    """``value`` as HTML text: its own HTML when it has some (``SafeString``, ``format_html``), else escaped as
    Django's ``conditional_escape`` escapes it (lazy translations included); a plain ``str``."""
    html = getattr(value, "__html__", None)
    return html() if html is not None else escape(str(value))
