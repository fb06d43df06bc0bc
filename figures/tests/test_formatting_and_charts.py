from decimal import Decimal

import pytest
from django.utils import translation

from figures import charts
from figures.formatting import format_value, plain_number

NBSP, NNBSP = "\xa0", "\u202f"


@pytest.mark.parametrize(
    ("value", "unit", "fr", "en", "de"),
    [
        (2300, "companies", f"2{NBSP}300", "2,300", "2.300"),
        (7100, "jobs", f"7{NBSP}100", "7,100", "7.100"),
        (1_000_000_000, "euros", f"1{NBSP}Md{NBSP}EUR", f"1{NBSP}bn{NBSP}EUR", f"1{NBSP}Mrd.{NBSP}EUR"),
        (1_500_000_000, "euros", f"1,5{NBSP}Md{NBSP}EUR", f"1.5{NBSP}bn{NBSP}EUR", f"1,5{NBSP}Mrd.{NBSP}EUR"),
        (750_000, "euros", f"750{NBSP}000{NBSP}EUR", f"750,000{NBSP}EUR", f"750.000{NBSP}EUR"),
        (13, "percent", f"13{NNBSP}%", "13%", f"13{NBSP}%"),
        (Decimal("12.50"), "percent", f"12,5{NNBSP}%", "12.5%", f"12,5{NBSP}%"),
        (Decimal("1234.567"), "other", f"1{NBSP}234,57", "1,234.57", "1.234,57"),
    ],
)
def test_values_are_written_the_way_each_language_writes_them(value, unit, fr, en, de):
    assert [format_value(value, unit, lang) for lang in ("fr", "en", "de")] == [fr, en, de]


def test_downloads_carry_plain_numbers():
    assert plain_number(Decimal("2300.000")) == 2300
    assert plain_number(Decimal("12.500")) == 12.5


@translation.override("en")
def test_bar_lengths_are_proportional_to_values_and_every_value_fits_after_its_bar():
    chart = charts.bar_chart(
        "c", "Title", [("A", 10, "10"), ("B", 5, "5"), ("C", 0, "0"), ("D", 2, "2")], "Branch", "Members"
    )
    widths = [float(mark.width) for mark in chart.marks]
    assert widths[0] > 0 and widths[2] == 0
    assert widths[1] == pytest.approx(widths[0] / 2, abs=0.1)
    assert widths[3] == pytest.approx(widths[0] / 5, abs=0.1)
    for mark in chart.marks:
        assert float(mark.value_x) + charts.text_width(mark.value_text) <= chart.width
    # Rows do not overlap and the chart is tall enough for all of them.
    tops = [float(mark.y) for mark in chart.marks]
    assert all(b - a >= float(chart.marks[0].height) for a, b in zip(tops, tops[1:], strict=False))
    assert chart.height >= tops[-1] + float(chart.marks[-1].height)
    assert chart.desc == "Title. A: 10; B: 5; C: 0; D: 2."


def test_column_heights_are_proportional_and_share_a_baseline():
    chart = charts.column_chart("c", "Jobs", [("2015", 7100, "7,100"), ("2020", 3550, "3,550")], "Year", "Jobs")
    assert chart.kind == "column"
    first, second = chart.marks
    assert float(second.height) == pytest.approx(float(first.height) / 2, abs=0.1)
    assert float(first.y) + float(first.height) == pytest.approx(float(second.y) + float(second.height))
    assert float(first.x) + float(first.width) <= float(second.x)


def test_too_many_years_for_columns_fall_back_to_bars():
    columns = [(str(2010 + n), n + 1, f"{n + 1}") for n in range(9)]
    assert charts.column_chart("c", "Long series", columns, "Year", "Value").kind == "bar"


@translation.override("en")
def test_approximate_values_are_spoken_as_about():
    chart = charts.bar_chart("c", "T", [("A", 2300, "≈\xa02,300")], "x", "y")
    assert "≈" not in chart.desc and "about 2,300" in chart.desc


def test_coordinates_are_never_localised():
    assert charts.num(12.5) == "12.5" and charts.num(3.0) == "3"
