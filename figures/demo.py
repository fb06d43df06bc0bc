"""Demo statistics page: the sector's figures as the press reported them, in fr, en and de.

Sources (``/work/shared/seeds/``): the launch of the cluster's platform on 29 May 2018
(figures for 2015 from the Ministry of the Economy: 2,300 companies, 7,100 jobs, about
1 bn EUR turnover, 13 % of jobs held by self-employed people, 60 % of companies with one
person; about 200 members, about 160 on the platform), the platform's first anniversary
in 2019 (265 profiles, about 19,000 visitors, 107,000 page views, survey shares, more than
2,200 creative companies), and the 2016 announcement of the cluster (about 750,000 EUR
for its first two years).
"""

from decimal import Decimal

from core.translations import translate_with_localize
from home.demo import LANGS

from .models import Figure, StatisticsPage

MINISTRY = {
    "fr": "Ministère de l'Économie, chiffres 2015 présentés le 29 mai 2018",
    "en": "Ministry of the Economy, 2015 figures presented on 29 May 2018",
    "de": "Wirtschaftsministerium, Zahlen für 2015, vorgestellt am 29. Mai 2018",
}
CLUSTER_2018 = {
    "fr": "Luxembourg Creative Industries Cluster, conférence de presse du 29 mai 2018",
    "en": "Luxembourg Creative Industries Cluster, press conference of 29 May 2018",
    "de": "Luxembourg Creative Industries Cluster, Pressekonferenz vom 29. Mai 2018",
}
CLUSTER_2019 = {
    "fr": "Luxinnovation, entretien avec Marc Lis, directeur du cluster (mai 2019)",
    "en": "Luxinnovation, interview with Marc Lis, cluster manager (May 2019)",
    "de": "Luxinnovation, Interview mit Marc Lis, Clustermanager (Mai 2019)",
}
SURVEY_2019 = {
    "fr": "Luxembourg Creative Industries Cluster, première enquête auprès des utilisateurs (2019)",
    "en": "Luxembourg Creative Industries Cluster, first user survey (2019)",
    "de": "Luxembourg Creative Industries Cluster, erste Nutzerumfrage (2019)",
}
GOVERNMENT_2016 = {
    "fr": "Ministère de l'Économie, annonce du cluster (juin 2016)",
    "en": "Ministry of the Economy, announcement of the cluster (June 2016)",
    "de": "Wirtschaftsministerium, Ankündigung des Clusters (Juni 2016)",
}
LUXINNOVATION = "https://www.luxinnovation.lu/"

FIGURES = [
    {
        "indicator": "companies",
        "value": "2300",
        "unit": "companies",
        "year": 2015,
        "approximate": True,
        "source": MINISTRY,
        "label": {
            "fr": "Entreprises des industries créatives au Luxembourg",
            "en": "Creative-industry companies in Luxembourg",
            "de": "Unternehmen der Kreativwirtschaft in Luxemburg",
        },
    },
    {
        "indicator": "jobs",
        "value": "7100",
        "unit": "jobs",
        "year": 2015,
        "source": MINISTRY,
        "label": {
            "fr": "Emplois dans les industries créatives",
            "en": "Jobs in the creative industries",
            "de": "Arbeitsplätze in der Kreativwirtschaft",
        },
    },
    {
        "indicator": "turnover",
        "value": "1000000000",
        "unit": "euros",
        "year": 2015,
        "approximate": True,
        "source": MINISTRY,
        "label": {
            "fr": "Chiffre d'affaires du secteur",
            "en": "Turnover of the sector",
            "de": "Umsatz der Branche",
        },
        "note": {
            "fr": "Moins de 1 % du chiffre d'affaires des services marchands non financiers.",
            "en": "Less than 1% of the turnover of non-financial market services.",
            "de": "Weniger als 1 % des Umsatzes der nichtfinanziellen marktbestimmten Dienstleistungen.",
        },
    },
    {
        "indicator": "self-employed-share",
        "value": "13",
        "unit": "percent",
        "year": 2015,
        "source": MINISTRY,
        "label": {
            "fr": "Part des emplois occupés par des indépendants",
            "en": "Share of jobs held by self-employed people",
            "de": "Anteil der Arbeitsplätze von Selbstständigen",
        },
    },
    {
        "indicator": "single-person-companies",
        "value": "60",
        "unit": "percent",
        "year": 2015,
        "source": MINISTRY,
        "label": {
            "fr": "Part des entreprises n'employant qu'une personne",
            "en": "Share of companies employing a single person",
            "de": "Anteil der Unternehmen mit nur einer beschäftigten Person",
        },
    },
    {
        "indicator": "companies",
        "value": "2200",
        "unit": "companies",
        "year": 2019,
        "approximate": True,
        "source": CLUSTER_2019,
        "source_url": LUXINNOVATION,
        "label": {
            "fr": "Entreprises des industries créatives au Luxembourg",
            "en": "Creative-industry companies in Luxembourg",
            "de": "Unternehmen der Kreativwirtschaft in Luxemburg",
        },
        "note": {
            "fr": "« Plus de 2 200 entreprises créatives », selon le directeur du cluster.",
            "en": "“More than 2,200 creative companies”, according to the cluster manager.",
            "de": "„Mehr als 2.200 Kreativunternehmen“, so der Clustermanager.",
        },
    },
    {
        "indicator": "cluster-members",
        "value": "200",
        "unit": "members",
        "year": 2018,
        "approximate": True,
        "source": CLUSTER_2018,
        "label": {
            "fr": "Membres du cluster, répartis dans 12 branches",
            "en": "Members of the cluster, in 12 branches",
            "de": "Mitglieder des Clusters in 12 Branchen",
        },
    },
    {
        "indicator": "platform-profiles",
        "value": "160",
        "unit": "members",
        "year": 2018,
        "approximate": True,
        "source": CLUSTER_2018,
        "label": {
            "fr": "Profils inscrits sur la plateforme",
            "en": "Profiles registered on the platform",
            "de": "Auf der Plattform registrierte Profile",
        },
        "note": {
            "fr": "Au lancement de la plateforme, le 29 mai 2018.",
            "en": "When the platform was launched on 29 May 2018.",
            "de": "Beim Start der Plattform am 29. Mai 2018.",
        },
    },
    {
        "indicator": "platform-profiles",
        "value": "265",
        "unit": "members",
        "year": 2019,
        "source": CLUSTER_2019,
        "source_url": LUXINNOVATION,
        "label": {
            "fr": "Profils inscrits sur la plateforme",
            "en": "Profiles registered on the platform",
            "de": "Auf der Plattform registrierte Profile",
        },
        "note": {
            "fr": "Un an après le lancement : 65 % des membres du cluster ont un profil.",
            "en": "One year after the launch: 65% of the cluster's members have a profile.",
            "de": "Ein Jahr nach dem Start: 65 % der Clustermitglieder haben ein Profil.",
        },
    },
    {
        "indicator": "platform-visitors",
        "value": "19000",
        "unit": "people",
        "year": 2019,
        "approximate": True,
        "source": CLUSTER_2019,
        "source_url": LUXINNOVATION,
        "label": {
            "fr": "Visiteurs de la plateforme pendant sa première année",
            "en": "Visitors to the platform in its first year",
            "de": "Besucher der Plattform im ersten Jahr",
        },
        "note": {
            "fr": "Près de 107 000 pages vues, pour une session moyenne de près de 5 minutes.",
            "en": "Nearly 107,000 page views, with an average session of nearly 5 minutes.",
            "de": "Fast 107.000 Seitenaufrufe bei einer durchschnittlichen Sitzung von fast 5 Minuten.",
        },
    },
    {
        "indicator": "survey-extra-business",
        "value": "16",
        "unit": "percent",
        "year": 2019,
        "source": SURVEY_2019,
        "source_url": LUXINNOVATION,
        "label": {
            "fr": "Utilisateurs ayant obtenu des affaires supplémentaires grâce à la plateforme",
            "en": "Users who won additional business through the platform",
            "de": "Nutzer, die über die Plattform zusätzliche Aufträge gewonnen haben",
        },
    },
    {
        "indicator": "survey-collaboration",
        "value": "32",
        "unit": "percent",
        "year": 2019,
        "approximate": True,
        "source": SURVEY_2019,
        "source_url": LUXINNOVATION,
        "label": {
            "fr": "Utilisateurs ayant collaboré avec d'autres créatifs grâce à la plateforme",
            "en": "Users who worked with other creatives through the platform",
            "de": "Nutzer, die über die Plattform mit anderen Kreativen zusammengearbeitet haben",
        },
    },
    {
        "indicator": "cluster-budget",
        "value": "750000",
        "unit": "euros",
        "year": 2016,
        "approximate": True,
        "source": GOVERNMENT_2016,
        "label": {
            "fr": "Budget estimé des deux premières années du cluster",
            "en": "Estimated budget of the cluster's first two years",
            "de": "Geschätztes Budget der ersten beiden Jahre des Clusters",
        },
    },
]

PAGE = {
    "title": {"fr": "Chiffres du secteur", "en": "Sector statistics", "de": "Branchenzahlen"},
    "slug": {"fr": "chiffres", "en": "statistics", "de": "zahlen"},
    "intro": {
        "fr": "<p>Combien d'entreprises, d'emplois et de membres compte la création au Luxembourg ? "
        "Les chiffres clés du secteur, avec leur année et leur source.</p>",
        "en": "<p>How many companies, jobs and members does Luxembourg's creative sector count? "
        "The sector's key figures, with their year and source.</p>",
        "de": "<p>Wie viele Unternehmen, Arbeitsplätze und Mitglieder zählt die Kreativwirtschaft in Luxemburg? "
        "Die wichtigsten Zahlen der Branche mit Jahr und Quelle.</p>",
    },
    "methodology": {
        "fr": "<p>Les chiffres du secteur proviennent des publications du ministère de l'Économie et du cluster ; "
        "« environ » signale une valeur arrondie par la source. Le nombre de membres et leur répartition par "
        "branche sont comptés en direct dans l'annuaire : un membre actif dans plusieurs branches compte dans "
        "chacune.</p>",
        "en": "<p>The sector's figures come from publications of the Ministry of the Economy and of the cluster; "
        "“about” marks a value rounded by its source. The number of members and their breakdown by branch are "
        "counted live in the directory: a member working in several branches counts in each of them.</p>",
        "de": "<p>Die Zahlen der Branche stammen aus Veröffentlichungen des Wirtschaftsministeriums und des "
        "Clusters; „etwa“ kennzeichnet einen von der Quelle gerundeten Wert. Die Zahl der Mitglieder und ihre "
        "Verteilung auf die Branchen werden live im Verzeichnis gezählt: Ein Mitglied, das in mehreren Branchen "
        "tätig ist, zählt in jeder davon.</p>",
    },
}


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
    for name in ("title", "slug", "intro", "methodology"):
        mapping.update(_pairs(PAGE[name], lang))
    for spec in FIGURES:
        for name in ("label", "source", "note"):
            if name in spec:
                mapping.update(_pairs(spec[name], lang))
    return mapping


def ensure_demo(home, locales, members):
    """The statistics page under the French ``home``, translated into English and German.

    ``members`` is not needed: the member counts are computed live from the directory.
    Idempotent: an existing page (found by its slug) is left as it is, only re-translated.
    """
    page = StatisticsPage.objects.child_of(home).filter(slug=PAGE["slug"]["fr"]).first()
    if page is None:
        page = StatisticsPage(
            title=PAGE["title"]["fr"],
            slug=PAGE["slug"]["fr"],
            intro=PAGE["intro"]["fr"],
            methodology=PAGE["methodology"]["fr"],
            show_in_menus=True,
            locale=locales["fr"],
        )
        for order, spec in enumerate(FIGURES):
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
    translate_with_localize(page, {locales[lang]: strings(lang) for lang in LANGS[1:]})
    return page
