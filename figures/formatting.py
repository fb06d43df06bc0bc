"""Numbers, amounts and shares written the way each site language writes them.

Grouping and decimal separators come from Django's locale formats (fr "2 300", en "2,300",
de "2.300"). Large amounts in euros are abbreviated with each language's usual scale words
(fr "1 Md EUR", en "1 bn EUR", de "1 Mrd. EUR"): like the separators, these abbreviations
are locale data rather than phrases to translate, so they live here and not in the catalogues.
"""

from decimal import Decimal

from django.utils import formats, translation

NBSP = "\xa0"
NNBSP = "\u202f"  # narrow no-break space: French typography before "%"

# (billion, million) abbreviations per language, CLDR-style short forms.
SCALES = {
    "fr": ("Md", "M"),
    "en": ("bn", "m"),
    "de": ("Mrd.", "Mio."),
}
PERCENT = {"fr": NNBSP + "%", "en": "%", "de": NBSP + "%"}
CURRENCY = "EUR"
APPROX = "≈"


def _language(language):
    return (language or translation.get_language() or "fr")[:2]


def _decimal(value):
    return value if isinstance(value, Decimal) else Decimal(str(value))


def plain_number(value):
    """``value`` as an int when it is whole, else a float: what CSV and JSON carry."""
    value = _decimal(value)
    if value == value.to_integral_value():
        return int(value)
    return float(value.normalize())


def format_number(value, language=None, max_decimals=2):
    """``2300`` → "2 300" / "2,300" / "2.300"; decimals kept only when they say something."""
    value = _decimal(value)
    rounded = round(value, max_decimals)
    decimals = max(0, -rounded.normalize().as_tuple().exponent) if rounded != rounded.to_integral_value() else 0
    with translation.override(_language(language)):
        return formats.number_format(rounded, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def format_euros(value, language=None):
    """An amount in euros, abbreviated from a million up: "1 Md EUR", "1.5 bn EUR", "750 000 EUR"."""
    language = _language(language)
    value = _decimal(value)
    billion, million = SCALES.get(language, SCALES["en"])
    magnitude = abs(value)
    if magnitude >= Decimal("1e9"):
        number, suffix = format_number(value / Decimal("1e9"), language, 1), billion
        return f"{number}{NBSP}{suffix}{NBSP}{CURRENCY}"
    if magnitude >= Decimal("1e6"):
        number, suffix = format_number(value / Decimal("1e6"), language, 1), million
        return f"{number}{NBSP}{suffix}{NBSP}{CURRENCY}"
    return f"{format_number(value, language)}{NBSP}{CURRENCY}"


def format_percent(value, language=None):
    language = _language(language)
    return format_number(value, language, 1) + PERCENT.get(language, "%")


def format_value(value, unit, language=None):
    """The figure's value with its unit symbol when the unit is a symbol (euros, percent)."""
    if unit == "euros":
        return format_euros(value, language)
    if unit == "percent":
        return format_percent(value, language)
    return format_number(value, language)


def with_approx(text, approximate):
    """Plain-text form for places without markup (chart labels, downloads): "≈ 2 300"."""
    return f"{APPROX}{NBSP}{text}" if approximate else text
