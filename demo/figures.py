"""Demo statistics page (``data/figures.json``): the sector's figures as the press reported them, in fr, en and de.

Sources (``/work/shared/seeds/``): the launch of the cluster's platform on 29 May 2018
(figures for 2015 from the Ministry of the Economy: 2,300 companies, 7,100 jobs, about
1 bn EUR turnover, 13 % of jobs held by self-employed people, 60 % of companies with one
person; about 200 members, about 160 on the platform), the platform's first anniversary
in 2019 (265 profiles, about 19,000 visitors, 107,000 page views, survey shares, more than
2,200 creative companies), and the 2016 announcement of the cluster (about 750,000 EUR
for its first two years).
"""

from decimal import Decimal

from figures.models import Figure, StatisticsPage

from .data import LANGS, load
from .localize import translate


def figures_data():
    return load("figures")


def figure_specs():
    """The figures, each with its source's texts (the file names the source once for several figures)."""
    data = figures_data()
    return [{**spec, "source": data["sources"][spec["source"]]} for spec in data["figures"]]


def _pairs(values, lang):
    """ "French → ``lang``" entries for a per-language dict (rich text also by its inner text)."""
    french, other = values["fr"], values[lang]
    pairs = {french: other}
    if french.startswith("<p>"):
        pairs[french[3:-4]] = other[3:-4]
    return pairs


def strings(lang):
    """Every French string of the demo page with its translation into ``lang``."""
    mapping = {}
    page = figures_data()["page"]
    for name in ("title", "slug", "intro", "methodology"):
        mapping.update(_pairs(page[name], lang))
    for spec in figure_specs():
        for name in ("label", "source", "note"):
            if name in spec:
                mapping.update(_pairs(spec[name], lang))
    return mapping


def ensure_demo(home, locales, members):
    """The statistics page under the French ``home``, translated into English and German.

    ``members`` is not needed: the member counts are computed live from the directory.
    Idempotent: an existing page (found by its slug) is left as it is, only re-translated.
    """
    page_spec = figures_data()["page"]
    page = StatisticsPage.objects.child_of(home).filter(slug=page_spec["slug"]["fr"]).first()
    if page is None:
        page = StatisticsPage(
            title=page_spec["title"]["fr"],
            slug=page_spec["slug"]["fr"],
            intro=page_spec["intro"]["fr"],
            methodology=page_spec["methodology"]["fr"],
            show_in_menus=True,
            locale=locales["fr"],
        )
        for order, spec in enumerate(figure_specs()):
            page.figures.add(
                Figure(
                    sort_order=order,
                    indicator=spec["indicator"],
                    label=spec["label"]["fr"],
                    value=Decimal(spec["value"]),
                    unit=spec["unit"],
                    year=spec["year"],
                    approximate=spec.get("approximate", False),
                    source_name=spec["source"]["fr"],
                    source_url=spec.get("source_url", ""),
                    note=spec.get("note", {}).get("fr", ""),
                    locale=locales["fr"],
                )
            )
        home.add_child(instance=page)
        page.save_revision().publish()
    translate(page, {locales[lang]: strings(lang) for lang in LANGS[1:]})
    return page
