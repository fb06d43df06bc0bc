"""Accessible charts drawn on the server as inline SVG, with a data table alongside.

No JavaScript and no outside service: the geometry is computed here and
``figures/includes/chart.html`` writes it out. Each chart is an ``<svg role="img">`` named by
its ``<title>`` and ``<desc>`` (the desc lists every value), draws its labels and values as
text, scales to the width of its container through its viewBox, and is followed by a
``<table>`` that gives the same numbers.

The viewBox is 320 units wide (a small phone), so text drawn at 14 units stays about 12.5 px
high on the narrowest screens; the stylesheet caps the chart width on large screens.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .formatting import APPROX, NBSP, with_approx

WIDTH = 320
PAD = 4
FONT = 14
CHAR = 8.0  # average advance of a character at 14 units, for fitting text (a little generous)
MAX_LABEL = 38  # characters of a bar label drawn in the SVG (the table has the full text)

# Colours against the white page: bars 10.6:1, text 16.8:1, axis 8.9:1 (WCAG non-text ≥ 3:1).
BAR_COLOUR = "#5b1a99"
TEXT_COLOUR = "#1d1d1f"
AXIS_COLOUR = "#4a4a55"

# Horizontal bars: the label on its own line, the bar under it, the value after the bar.
ROW = 44
LABEL_BASELINE = 15
BAR_TOP = 20
BAR_HEIGHT = 16

# Columns: values above, years below.
COLUMN_HEIGHT = 220
COLUMN_TOP = 26
COLUMN_BOTTOM = 26
MAX_COLUMN = 64


def num(value):
    """A coordinate as SVG wants it, never localised ("12.5", not "12,5")."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def text_width(text):
    return len(text) * CHAR


def shorten(text, limit=MAX_LABEL):
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Mark:
    """One bar or column, with where its label and value are drawn."""

    label: str
    value: float
    value_text: str
    x: str
    y: str
    width: str
    height: str
    label_x: str
    label_y: str
    value_x: str
    value_y: str
    label_anchor: str = "start"
    value_anchor: str = "start"


@dataclass
class Chart:
    id: str
    kind: str  # "bar" (horizontal) or "column"
    title: str
    desc: str
    height: int
    marks: list
    axis: dict
    headings: list  # the data table's column headings
    rows: list  # [(row heading, [cells])]
    summary: str = ""
    width: int = WIDTH
    colours: dict = field(default_factory=lambda: {"bar": BAR_COLOUR, "text": TEXT_COLOUR, "axis": AXIS_COLOUR})
    font_size: int = FONT

    @property
    def labelledby(self):
        return f"{self.id}-title {self.id}-desc"


def spoken(text):
    """ "≈ 2 300" as a screen reader should say it: "about 2 300"."""
    prefix = APPROX + NBSP
    return _("about %(value)s") % {"value": text[len(prefix) :]} if text.startswith(prefix) else text


def _describe(title, pairs, total=None):
    """The desc: every label with its value, so a screen reader hears the whole chart."""
    items = [_("%(label)s: %(value)s") % {"label": label, "value": spoken(value)} for label, value in pairs]
    text = "; ".join(items)
    if total:
        text += ". " + _("%(label)s: %(value)s") % {"label": total[0], "value": total[1]}
    return f"{title}. {text}." if text else str(title)


def bar_chart(chart_id, title, bars, label_heading, value_heading, total=None):
    """Horizontal bars, one per ``(label, value, value text)``, lengths proportional to the values.

    ``total`` is an optional ``(label, value text)`` stated in the description and the table.
    """
    bars = [(str(label), float(value), str(text)) for label, value, text in bars]
    largest = max((value for _label, value, _text in bars), default=0)
    # Room after the longest bar for its value, so that every value sits after its bar.
    reserve = max((text_width(text) for _label, _value, text in bars), default=0) + 8
    span = WIDTH - 2 * PAD - reserve
    marks = []
    for index, (label, value, text) in enumerate(bars):
        top = PAD + index * ROW
        length = span * value / largest if largest > 0 else 0
        marks.append(
            Mark(
                label=shorten(label),
                value=value,
                value_text=text,
                x=num(PAD),
                y=num(top + BAR_TOP),
                width=num(max(length, 0)),
                height=num(BAR_HEIGHT),
                label_x=num(PAD),
                label_y=num(top + LABEL_BASELINE),
                value_x=num(PAD + length + 6),
                value_y=num(top + BAR_TOP + BAR_HEIGHT - 3.5),
            )
        )
    height = PAD * 2 + ROW * len(bars)
    axis = {
        "x1": num(PAD),
        "y1": num(PAD + BAR_TOP - 2),
        "x2": num(PAD),
        "y2": num(height - PAD - ROW + BAR_TOP + BAR_HEIGHT + 2),
    }
    rows = [(label, [text]) for label, _value, text in bars]
    if total:
        rows.append((str(total[0]), [str(total[1])]))
    return Chart(
        id=chart_id,
        kind="bar",
        title=str(title),
        desc=_describe(title, [(label, text) for label, _value, text in bars], total),
        height=int(height),
        marks=marks,
        axis=axis if bars else {},
        headings=[str(label_heading), str(value_heading)],
        rows=rows,
        summary=_("Show the data of the chart “%(title)s” as a table") % {"title": title},
    )


def column_chart(chart_id, title, columns, label_heading, value_heading, extra_heading=None):
    """Vertical columns for a measure over the years: ``(year label, value, value text[, extra cell])``.

    Falls back to horizontal bars when the columns would be too narrow for their values.
    """
    columns = [(str(c[0]), float(c[1]), str(c[2]), *c[3:]) for c in columns]
    count = len(columns)
    slot = (WIDTH - 2 * PAD) / count if count else WIDTH
    widest = max((text_width(c[2]) for c in columns), default=0)
    if count == 0 or count > 6 or widest > slot - 4:
        chart = bar_chart(chart_id, title, [c[:3] for c in columns], label_heading, value_heading)
        if extra_heading:
            chart.headings.append(str(extra_heading))
            chart.rows = [(c[0], [c[2], *c[3:]]) for c in columns]
        return chart
    plot = COLUMN_HEIGHT - COLUMN_TOP - COLUMN_BOTTOM
    largest = max(c[1] for c in columns)
    column = min(MAX_COLUMN, slot * 0.6)
    baseline = COLUMN_TOP + plot
    marks = []
    for index, (label, value, text, *_extra) in enumerate(columns):
        size = plot * value / largest if largest > 0 else 0
        centre = PAD + slot * index + slot / 2
        marks.append(
            Mark(
                label=label,
                value=value,
                value_text=text,
                x=num(centre - column / 2),
                y=num(baseline - size),
                width=num(column),
                height=num(size),
                label_x=num(centre),
                label_y=num(baseline + 18),
                value_x=num(centre),
                value_y=num(baseline - size - 7),
                label_anchor="middle",
                value_anchor="middle",
            )
        )
    headings = [str(label_heading), str(value_heading)] + ([str(extra_heading)] if extra_heading else [])
    return Chart(
        id=chart_id,
        kind="column",
        title=str(title),
        desc=_describe(title, [(c[0], c[2]) for c in columns]),
        height=COLUMN_HEIGHT,
        marks=marks,
        axis={"x1": num(PAD), "y1": num(baseline), "x2": num(WIDTH - PAD), "y2": num(baseline)},
        headings=headings,
        rows=[(c[0], [c[2], *c[3:]]) for c in columns],
        summary=_("Show the data of the chart “%(title)s” as a table") % {"title": title},
    )


def series_chart(chart_id, figures):
    """A column chart of one indicator over the years, from its figures (oldest first)."""
    last = figures[-1]
    unit = f" ({last.unit_label})" if last.unit_label else ""
    title = _("%(label)s, %(first)s–%(last)s") % {"label": last.label, "first": figures[0].year, "last": last.year}
    columns = [(str(f.year), f.raw_value, with_approx(f.value, f.approximate), f.source_name or "—") for f in figures]
    return column_chart(chart_id, title, columns, _("Year"), f"{last.label}{unit}", extra_heading=_("Source"))
