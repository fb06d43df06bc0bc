"""A figure's number and unit never break inside (“≈ 750,000 E/UR” on a narrow screen)."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_each_number_and_unit_stays_on_one_line(stats, lang):
    html = BeautifulSoup(Client().get(stats.stats[lang].url).content, "html.parser")
    values = html.select(".figure-card__value")
    assert values
    for value in values:
        number = value.select_one(":scope > .nowrap")
        assert number is not None and re.search(r"\d", number.get_text()), value
        unit = value.select_one(".figure-card__unit")
        assert unit is None or "nowrap" in unit["class"]
    approximate = values[0].select_one(":scope > .nowrap")
    assert approximate.get_text().startswith("≈")  # the sign stays with its number
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    assert re.search(r"\.nowrap\s*\{\s*white-space:\s*nowrap", css)
