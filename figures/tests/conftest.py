from decimal import Decimal

import pytest

from core.translations import translate_with_localize
from figures.models import StatisticsPage
from tests.factories.figures import FigureFactory, StatisticsPageFactory

FIGURES = [
    {"indicator": "companies", "value": Decimal("2300"), "unit": "companies", "year": 2015, "approximate": True},
    {"indicator": "jobs", "value": Decimal("7100"), "unit": "jobs", "year": 2015},
    {"indicator": "turnover", "value": Decimal("1000000000"), "unit": "euros", "year": 2015, "approximate": True},
    {"indicator": "self-employed", "value": Decimal("13"), "unit": "percent", "year": 2015},
    {"indicator": "companies", "value": Decimal("2200"), "unit": "companies", "year": 2019},
]
LABELS = {
    "fr": ["Entreprises créatives", "Emplois créatifs", "Chiffre d'affaires", "Part des indépendants", "Entreprises"],
    "en": ["Creative companies", "Creative jobs", "Turnover", "Share of self-employed", "Companies"],
    "de": ["Kreativunternehmen", "Kreative Arbeitsplätze", "Umsatz", "Anteil Selbstständiger", "Unternehmen"],
}
PAGE = {
    "fr": {"title": "Chiffres du secteur", "slug": "chiffres", "source": "Ministère de l'Économie"},
    "en": {"title": "Sector statistics", "slug": "statistics", "source": "Ministry of the Economy"},
    "de": {"title": "Branchenzahlen", "slug": "zahlen", "source": "Wirtschaftsministerium"},
}


def strings(lang):
    mapping = dict(zip(LABELS["fr"], LABELS[lang], strict=True))
    mapping.update({PAGE["fr"][key]: PAGE[lang][key] for key in ("title", "slug", "source")})
    return mapping


@pytest.fixture
def stats(site_tree, django_capture_on_commit_callbacks):
    """A statistics page with five figures (one indicator over two years), in fr, en and de."""
    locales = site_tree.locales
    page = StatisticsPageFactory(parent=site_tree.home["fr"], locale=locales["fr"])
    for order, (spec, label) in enumerate(zip(FIGURES, LABELS["fr"], strict=True)):
        FigureFactory(page=page, sort_order=order, label=label, source_name=PAGE["fr"]["source"], **spec)
    page.save_revision().publish()
    # wagtail-localize publishes the translations when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate_with_localize(page, {locales[lang]: strings(lang) for lang in ("en", "de")})
    site_tree.stats = {"fr": StatisticsPage.objects.get(pk=page.pk)}
    for lang, version in translated.items():
        site_tree.stats[lang] = StatisticsPage.objects.get(pk=version.pk)
    return site_tree
