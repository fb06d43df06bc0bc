"""The demo portrait: one 2026 edition with four stories in French, English and German.

The facts come from the press articles about the cluster (founding in Differdange in
2016, 2,300 companies and 7,100 jobs, the platform's first year, fashiontech, gaming).
Member portraits name demo members of a fitting branch when there are some.
"""

import io
import random

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from core.translations import translate_with_localize
from home.demo import LANGS

from .models import PortraitEditionPage, PortraitIndexPage, PortraitStoryPage, StoryKind

INDEX = {
    "title": {"fr": "Portrait", "en": "Portrait", "de": "Porträt"},
    "slug": {"fr": "portrait", "en": "portrait", "de": "portraet"},
    "intro": {
        "fr": "<p>Chaque année, le portrait imprimé présente des membres du cluster et les thèmes qui font bouger "
        "les industries créatives au Luxembourg. Lisez-le en ligne ou imprimez-le.</p>",
        "en": "<p>Every year, the printed portrait presents members of the cluster and the themes that move "
        "Luxembourg's creative industries. Read it online or print it.</p>",
        "de": "<p>Jedes Jahr stellt das gedruckte Porträt Mitglieder des Clusters und die Themen vor, die die "
        "Kreativwirtschaft in Luxemburg bewegen. Lesen Sie es online oder drucken Sie es aus.</p>",
    },
}

EDITION = {
    "year": 2026,
    "title": {"fr": "Portrait 2026", "en": "Portrait 2026", "de": "Porträt 2026"},
    "slug": {"fr": "2026", "en": "2026", "de": "2026"},
    "intro": {
        "fr": "<p>Dix ans après l'annonce du cluster à Differdange : trois membres et un regard sur le secteur.</p>",
        "en": "<p>Ten years after the cluster was announced in Differdange: three members and a look at the "
        "sector.</p>",
        "de": "<p>Zehn Jahre nach der Ankündigung des Clusters in Differdingen: drei Mitglieder und ein Blick auf "
        "die Branche.</p>",
    },
    "editorial": [
        (
            "paragraph",
            {
                "fr": "Le secteur reste atypique : 60 % des entreprises n'emploient qu'une personne et 13 % des "
                "emplois sont occupés par des indépendants. C'est pour eux que ce portrait existe.",
                "en": "The sector remains unusual: 60% of its companies employ a single person and 13% of its jobs "
                "are held by the self-employed. This portrait exists for them.",
                "de": "Die Branche bleibt untypisch: 60 % der Unternehmen beschäftigen nur eine Person, 13 % der "
                "Arbeitsplätze haben Selbstständige inne. Für sie gibt es dieses Porträt.",
            },
        ),
        (
            "quote",
            {
                "quote": {
                    "fr": "Faire de Luxembourg un véritable hub pour la créativité en Europe.",
                    "en": "To make Luxembourg a true hub for creativity in Europe.",
                    "de": "Luxemburg zu einem echten Drehkreuz für Kreativität in Europa machen.",
                },
                "attribution": {
                    "fr": "Francine Closener, secrétaire d'État à l'Économie",
                    "en": "Francine Closener, Secretary of State for the Economy",
                    "de": "Francine Closener, Staatssekretärin für Wirtschaft",
                },
            },
        ),
    ],
}

FALLBACK_NAMES = {"design": "Atelier Kremer", "fashion": "Maison Weber", "gaming": "Pixel Schmit Studio"}

STORIES = [
    {
        "key": "ten-years",
        "kind": StoryKind.THEME,
        "branch": None,
        "title": {
            "fr": "Dix ans de cluster, 2 300 entreprises",
            "en": "Ten years of the cluster, 2,300 companies",
            "de": "Zehn Jahre Cluster, 2.300 Unternehmen",
        },
        "slug": {"fr": "dix-ans-de-cluster", "en": "ten-years-of-the-cluster", "de": "zehn-jahre-cluster"},
        "subtitle": {
            "fr": "Du discours de Differdange à la plateforme des créatifs",
            "en": "From the Differdange speech to the creatives' platform",
            "de": "Von der Rede in Differdingen zur Plattform der Kreativen",
        },
        "lead": {
            "fr": "Le 15 juin 2016, au 1535° Creative Hub, l'État annonçait un cluster pour les industries "
            "créatives. Retour sur une décennie de chiffres et de rencontres.",
            "en": "On 15 June 2016, at the 1535° Creative Hub, the government announced a cluster for the creative "
            "industries. A look back at a decade of figures and encounters.",
            "de": "Am 15. Juni 2016 kündigte die Regierung im 1535° Creative Hub einen Cluster für die "
            "Kreativwirtschaft an. Ein Rückblick auf ein Jahrzehnt voller Zahlen und Begegnungen.",
        },
        "hero_alt": {
            "fr": "Formes colorées évoquant les douze branches du secteur",
            "en": "Coloured shapes evoking the sector's twelve branches",
            "de": "Farbige Formen, die an die zwölf Branchen erinnern",
        },
        "hero_caption": {
            "fr": "Douze branches, de l'architecture à la photographie.",
            "en": "Twelve branches, from architecture to photography.",
            "de": "Zwölf Branchen, von der Architektur bis zur Fotografie.",
        },
        "hero_credit": {"fr": "Illustration : cluster", "en": "Illustration: cluster", "de": "Illustration: Cluster"},
        "body": [
            (
                "paragraph",
                {
                    "fr": "Les derniers chiffres publiés font état de 2 300 entreprises et de 7 100 emplois, pour "
                    "environ un milliard d'euros de chiffre d'affaires.",
                    "en": "The latest published figures count 2,300 companies and 7,100 jobs, for about one billion "
                    "euros of turnover.",
                    "de": "Die zuletzt veröffentlichten Zahlen nennen 2.300 Unternehmen und 7.100 Arbeitsplätze bei "
                    "rund einer Milliarde Euro Umsatz.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Il est grand temps de tenir compte de l'impact économique des industries créatives.",
                        "en": "It is high time to take the economic impact of the creative industries into account.",
                        "de": "Es ist höchste Zeit, die wirtschaftliche Bedeutung der Kreativwirtschaft zu "
                        "berücksichtigen.",
                    },
                    "attribution": {
                        "fr": "Francine Closener, 15 juin 2016",
                        "en": "Francine Closener, 15 June 2016",
                        "de": "Francine Closener, 15. Juni 2016",
                    },
                },
            ),
            (
                "heading",
                {
                    "fr": "Une vitrine qui crée des liens",
                    "en": "A showcase that connects",
                    "de": "Ein Schaufenster, das verbindet",
                },
            ),
            (
                "paragraph",
                {
                    "fr": "Un an après son lancement le 29 mai 2018, la plateforme comptait 265 profils et près de "
                    "19 000 visiteurs. 16 % des inscrits y avaient trouvé des affaires supplémentaires, près de "
                    "32 % avaient collaboré avec d'autres créatifs.",
                    "en": "One year after its launch on 29 May 2018, the platform had 265 profiles and nearly 19,000 "
                    "visitors. 16% of users had found additional business there, nearly 32% had worked with "
                    "other creatives.",
                    "de": "Ein Jahr nach dem Start am 29. Mai 2018 zählte die Plattform 265 Profile und fast "
                    "19.000 Besucher. 16 % der Nutzer hatten dort zusätzliche Aufträge gefunden, fast 32 % mit "
                    "anderen Kreativen zusammengearbeitet.",
                },
            ),
        ],
    },
    {
        "key": "design",
        "kind": StoryKind.MEMBER,
        "branch": "design",
        "title": {
            "fr": "{name} : le design au cœur de l'économie circulaire",
            "en": "{name}: design at the heart of the circular economy",
            "de": "{name}: Design im Herzen der Kreislaufwirtschaft",
        },
        "slug": {"fr": "portrait-design", "en": "design-portrait", "de": "portraet-design"},
        "subtitle": {
            "fr": "Prototyper au FabLab de Differdange",
            "en": "Prototyping at the Differdange FabLab",
            "de": "Prototypen im FabLab in Differdingen",
        },
        "lead": {
            "fr": "Chez {name}, un objet se dessine pour être réparé, démonté et réutilisé.",
            "en": "At {name}, an object is designed to be repaired, taken apart and reused.",
            "de": "Bei {name} wird ein Objekt so entworfen, dass es repariert, zerlegt und wiederverwendet "
            "werden kann.",
        },
        "hero_alt": {
            "fr": "Maquettes en bois sur un établi",
            "en": "Wooden models on a workbench",
            "de": "Holzmodelle auf einer Werkbank",
        },
        "hero_caption": {
            "fr": "Les prototypes naissent au FabLab du 1535°.",
            "en": "Prototypes are born at the 1535° FabLab.",
            "de": "Die Prototypen entstehen im FabLab des 1535°.",
        },
        "hero_credit": {"fr": "Photo : cluster", "en": "Photo: cluster", "de": "Foto: Cluster"},
        "body": [
            (
                "paragraph",
                {
                    "fr": "Le design n'a pas qu'un rôle esthétique : {name} l'applique aux projets industriels, des "
                    "premiers croquis au prototype fabriqué sur les machines du FabLab.",
                    "en": "Design is not only about looks: {name} applies it to industrial projects, from the first "
                    "sketches to the prototype made on the FabLab's machines.",
                    "de": "Design ist mehr als Ästhetik: {name} setzt es in Industrieprojekten ein, von der ersten "
                    "Skizze bis zum Prototyp auf den Maschinen des FabLab.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Un bon objet est celui qu'on peut réparer soi-même.",
                        "en": "A good object is one you can repair yourself.",
                        "de": "Ein gutes Objekt ist eines, das man selbst reparieren kann.",
                    },
                    "attribution": {"fr": "{name}", "en": "{name}", "de": "{name}"},
                },
            ),
            ("figure", None),
            (
                "paragraph",
                {
                    "fr": "Ses clients viennent de l'artisanat et de l'industrie, souvent rencontrés grâce à "
                    "l'annuaire du cluster.",
                    "en": "Its clients come from crafts and industry, often met through the cluster's directory.",
                    "de": "Die Kunden kommen aus Handwerk und Industrie und wurden oft über das Verzeichnis des "
                    "Clusters gefunden.",
                },
            ),
        ],
    },
    {
        "key": "fashion",
        "kind": StoryKind.MEMBER,
        "branch": "fashion",
        "title": {
            "fr": "{name} et la mode durable",
            "en": "{name} and sustainable fashion",
            "de": "{name} und nachhaltige Mode",
        },
        "slug": {"fr": "portrait-mode", "en": "fashion-portrait", "de": "portraet-mode"},
        "subtitle": {
            "fr": "La fashiontech prend racine au Luxembourg",
            "en": "Fashiontech takes root in Luxembourg",
            "de": "Fashiontech schlägt in Luxemburg Wurzeln",
        },
        "lead": {
            "fr": "De plus en plus d'entreprises développent au Luxembourg des solutions de mode durable. {name} "
            "en fait partie.",
            "en": "More and more companies are developing sustainable fashion solutions in Luxembourg. {name} is "
            "one of them.",
            "de": "Immer mehr Unternehmen entwickeln in Luxemburg Lösungen für nachhaltige Mode. {name} gehört dazu.",
        },
        "hero_alt": {
            "fr": "Rouleaux de tissus recyclés",
            "en": "Rolls of recycled fabric",
            "de": "Rollen aus recyceltem Stoff",
        },
        "hero_caption": {
            "fr": "Des tissus recyclés, coupés à la demande.",
            "en": "Recycled fabrics, cut to order.",
            "de": "Recycelte Stoffe, auf Bestellung zugeschnitten.",
        },
        "hero_credit": {"fr": "Photo : cluster", "en": "Photo: cluster", "de": "Foto: Cluster"},
        "body": [
            (
                "paragraph",
                {
                    "fr": "Chez {name}, les collections sont produites en petites séries, à la demande, pour ne "
                    "rien jeter.",
                    "en": "At {name}, collections are made in small runs, to order, so that nothing is thrown away.",
                    "de": "Bei {name} entstehen die Kollektionen in kleinen Serien auf Bestellung, damit nichts "
                    "weggeworfen wird.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "La mode la plus durable est celle qu'on n'a pas besoin de remplacer.",
                        "en": "The most sustainable fashion is the one you never need to replace.",
                        "de": "Die nachhaltigste Mode ist die, die man nie ersetzen muss.",
                    },
                    "attribution": {"fr": "{name}", "en": "{name}", "de": "{name}"},
                },
            ),
            (
                "paragraph",
                {
                    "fr": "La Fashion Week luxembourgeoise d'octobre offre une scène à ces créateurs.",
                    "en": "Luxembourg's Fashion Week in October gives these designers a stage.",
                    "de": "Die Luxemburger Fashion Week im Oktober bietet diesen Designern eine Bühne.",
                },
            ),
        ],
    },
    {
        "key": "gaming",
        "kind": StoryKind.MEMBER,
        "branch": "gaming",
        "title": {
            "fr": "{name} : jouer, un métier",
            "en": "{name}: games are serious business",
            "de": "{name}: Spielen als Beruf",
        },
        "slug": {"fr": "portrait-jeu-video", "en": "gaming-portrait", "de": "portraet-games"},
        "subtitle": {
            "fr": "Le jeu vidéo luxembourgeois s'organise",
            "en": "Luxembourg's games industry gets organised",
            "de": "Die Luxemburger Spielebranche organisiert sich",
        },
        "lead": {
            "fr": "Avec l'association GiDiMa et le Luxembourg Gaming Xperience à Luxexpo, le jeu vidéo a trouvé ses "
            "rendez-vous. {name} y présente ses créations.",
            "en": "With the GiDiMa association and the Luxembourg Gaming Xperience at Luxexpo, games have found "
            "their meeting places. {name} shows its work there.",
            "de": "Mit dem Verein GiDiMa und der Luxembourg Gaming Xperience in der Luxexpo hat die Spielebranche "
            "ihre Treffpunkte gefunden. {name} zeigt dort seine Arbeiten.",
        },
        "hero_alt": {
            "fr": "Écran de jeu aux couleurs vives",
            "en": "Brightly coloured game screen",
            "de": "Farbenfroher Spielbildschirm",
        },
        "hero_caption": {
            "fr": "Un niveau en cours de conception.",
            "en": "A level in the making.",
            "de": "Ein Level in Arbeit.",
        },
        "hero_credit": {"fr": "Image : cluster", "en": "Image: cluster", "de": "Bild: Cluster"},
        "body": [
            (
                "paragraph",
                {
                    "fr": "{name} conçoit des jeux et des expériences interactives pour des musées et des entreprises.",
                    "en": "{name} designs games and interactive experiences for museums and companies.",
                    "de": "{name} entwickelt Spiele und interaktive Erlebnisse für Museen und Unternehmen.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Un jeu bien fait explique mieux qu'une brochure.",
                        "en": "A well-made game explains better than a brochure.",
                        "de": "Ein gut gemachtes Spiel erklärt mehr als eine Broschüre.",
                    },
                    "attribution": {"fr": "{name}", "en": "{name}", "de": "{name}"},
                },
            ),
            ("figure", None),
        ],
    },
]

FIGURE = {
    "alt": {
        "fr": "Une équipe autour d'une table de travail",
        "en": "A team around a work table",
        "de": "Ein Team an einem Arbeitstisch",
    },
    "caption": {
        "fr": "Travailler ensemble, d'une branche à l'autre.",
        "en": "Working together, across branches.",
        "de": "Zusammenarbeit über Branchengrenzen hinweg.",
    },
    "credit": {"fr": "Photo : cluster", "en": "Photo: cluster", "de": "Foto: Cluster"},
}

PALETTES = [
    ((29, 53, 87), (230, 57, 70)),
    ((45, 106, 79), (252, 211, 77)),
    ((106, 76, 147), (168, 218, 220)),
    ((38, 70, 83), (244, 162, 97)),
    ((20, 20, 20), (233, 196, 106)),
    ((0, 95, 115), (255, 202, 212)),
]


def artwork(seed, size=(2400, 1600)):
    """A deterministic abstract picture, large enough for print renditions (JPEG bytes)."""
    rng = random.Random(f"portrait:{seed}")
    dark, light = rng.choice(PALETTES)
    width, height = size
    image = PILImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 8):
        t = y / height
        colour = tuple(int(d + (c - d) * t * 0.6) for d, c in zip(dark, light, strict=True))
        draw.rectangle([0, y, width, y + 8], fill=colour)
    for _n in range(7):
        r = rng.randint(height // 10, height // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        shade = tuple(min(255, c + rng.randint(-30, 30)) for c in light)
        if rng.random() < 0.5:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=shade)
        else:
            draw.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=shade)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def demo_image(title, seed, size=(2400, 1600)):
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(title=title, file=ImageFile(io.BytesIO(artwork(seed, size)), name=f"{seed}.jpg"))
        image.save()
    return image


def _mapping(spec, lang, name=""):
    """French → ``lang`` strings of a spec (any nested {"fr", "en", "de"} dict), rich text unwrapped too."""
    pairs = {}

    def walk(node):
        if isinstance(node, dict) and "fr" in node and lang in node:
            source, target = node["fr"].replace("{name}", name), node[lang].replace("{name}", name)
            pairs[source] = target
            if source.startswith("<p>"):
                pairs[source[3:-4]] = target[3:-4]
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk(spec)
    return pairs


def _translate(page, spec, locales, name=""):
    """Translate ``page`` into en and de, unless both translations already exist."""
    if page.get_translations().filter(locale__in=[locales[lang] for lang in LANGS[1:]]).count() == len(LANGS) - 1:
        return
    targets = {locales[lang]: _mapping(spec, lang, name) for lang in LANGS[1:]}
    # Published here rather than by wagtail-localize's on-commit hook: inside one transaction the
    # hook would publish a stale copy of the page after its children were added (losing numchild).
    for translated in translate_with_localize(page, targets, publish=False).values():
        type(translated).objects.get(pk=translated.pk).save_revision().publish()


def _fr(value, name=""):
    return value["fr"].replace("{name}", name)


def _body(blocks, name, figure_image):
    body = []
    for kind, value in blocks:
        if kind == "paragraph":
            body.append({"type": "paragraph", "value": f"<p>{_fr(value, name)}</p>"})
        elif kind == "heading":
            body.append({"type": "heading", "value": {"text": _fr(value), "level": "h2"}})
        elif kind == "quote":
            body.append(
                {
                    "type": "quote",
                    "value": {"quote": _fr(value["quote"]), "attribution": _fr(value["attribution"], name)},
                }
            )
        elif kind == "figure":
            body.append(
                {
                    "type": "figure",
                    "value": {
                        "image": {"image": figure_image.pk, "decorative": False, "alt_text": _fr(FIGURE["alt"])},
                        "caption": _fr(FIGURE["caption"]),
                        "credit": _fr(FIGURE["credit"]),
                    },
                }
            )
    return body


def _pick_members(members, locales):
    """One member per story branch: a member of that branch when there is one, else the next unused one."""
    from members.models import BranchPage

    wanted = [story["branch"] for story in STORIES if story["branch"]]
    branch_paths = dict(
        BranchPage.objects.filter(locale=locales["fr"], branch__code__in=wanted).values_list("branch__code", "path")
    )
    picked, used = {}, set()
    for code in wanted:
        prefix = branch_paths.get(code)
        match = next((m for m in members if m.pk not in used and prefix and m.path.startswith(prefix)), None)
        match = match or next((m for m in members if m.pk not in used), None)
        if match is not None:
            used.add(match.pk)
        picked[code] = match
    return picked


def ensure_index(home, locales):
    index = PortraitIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=PortraitIndexPage(
                title=_fr(INDEX["title"]),
                slug=_fr(INDEX["slug"]),
                intro=_fr(INDEX["intro"]),
                show_in_menus=True,
                locale=locales["fr"],
            )
        )
        index.save_revision().publish()
    _translate(index, INDEX, locales)
    return index


def ensure_edition(index, locales):
    edition = PortraitEditionPage.objects.child_of(index).filter(year=EDITION["year"]).first()
    if edition is None:
        edition = index.add_child(
            instance=PortraitEditionPage(
                title=_fr(EDITION["title"]),
                slug=_fr(EDITION["slug"]),
                year=EDITION["year"],
                intro=_fr(EDITION["intro"]),
                editorial=_body(EDITION["editorial"], "", None),
                cover_image=demo_image(f"Portrait {EDITION['year']} – cover", "cover", size=(2000, 2800)),
                locale=locales["fr"],
            )
        )
        edition.save_revision().publish()
    _translate(edition, EDITION, locales)
    return edition


def ensure_story(edition, spec, member, locales, figure_image):
    name = member.title if member else FALLBACK_NAMES.get(spec["branch"], "")
    slug = _fr(spec["slug"])
    story = PortraitStoryPage.objects.child_of(edition).filter(slug=slug).first()
    if story is None:
        story = edition.add_child(
            instance=PortraitStoryPage(
                title=_fr(spec["title"], name),
                slug=slug,
                kind=spec["kind"],
                subtitle=_fr(spec["subtitle"]),
                lead=_fr(spec["lead"], name),
                hero_image=demo_image(f"Portrait {EDITION['year']} – {spec['key']}", spec["key"]),
                hero_alt=_fr(spec["hero_alt"]),
                hero_caption=_fr(spec["hero_caption"]),
                hero_credit=_fr(spec["hero_credit"]),
                body=_body(spec["body"], name, figure_image),
                locale=locales["fr"],
            )
        )
        if member is not None:
            story.related_members.set([member])
        story.save_revision().publish()
    _translate(story, {**spec, "figure": FIGURE}, locales, name)
    return story


@transaction.atomic
def ensure_demo(home, locales, members):
    """The portrait index, the 2026 edition and its four stories, in fr, en and de. Idempotent."""
    index = ensure_index(home, locales)
    edition = ensure_edition(index, locales)
    figure_image = demo_image(f"Portrait {EDITION['year']} – teamwork", "teamwork")
    picked = _pick_members(list(members), locales)
    stories = [ensure_story(edition, spec, picked.get(spec["branch"]), locales, figure_image) for spec in STORIES]
    return {"index": index, "edition": edition, "stories": stories}
