from decimal import Decimal

import factory
import wagtail_factories

from figures.models import Figure, StatisticsPage


class StatisticsPageFactory(wagtail_factories.PageFactory):
    title = "Chiffres du secteur"
    slug = "chiffres"
    intro = "<p>Les chiffres clés des industries créatives.</p>"
    methodology = "<p>Sources publiques, arrondies.</p>"

    class Meta:
        model = StatisticsPage


class FigureFactory(factory.django.DjangoModelFactory):
    """A figure on ``page`` (its locale follows the page's when not given)."""

    page = None
    sort_order = factory.Sequence(lambda n: n)
    indicator = "companies"
    label = factory.Sequence(lambda n: f"Entreprises créatives {n}")
    value = Decimal("2300")
    unit = "companies"
    year = 2015
    approximate = False
    source_name = "Ministère de l'Économie"
    source_url = "https://meco.gouvernement.lu/"

    class Meta:
        model = Figure
