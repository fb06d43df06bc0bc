"""Demo agenda: an agenda page and ten events in French, English and German.

Events are dated relative to the day the demo is built (in Luxembourg time), so
a fresh demo always has a few past events and most of them upcoming. Running it
again adds nothing: events are found by their French slug.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from home.demo import translate_tree_page
from taxonomy.models import Branch

from .models import EVENT_TIME_ZONE, AgendaPage, EventPage, EventType

CLUSTER = {
    "fr": "Cluster des industries créatives",
    "en": "Creative Industries Cluster",
    "de": "Cluster der Kreativwirtschaft",
}

AGENDA = {
    "title": {"fr": "Agenda", "en": "Events", "de": "Veranstaltungen"},
    "slug": {"fr": "agenda", "en": "events", "de": "veranstaltungen"},
    "intro": {
        "fr": "<p>Ateliers, rencontres, festivals et expositions des industries créatives au Luxembourg.</p>",
        "en": "<p>Workshops, meetups, festivals and exhibitions of Luxembourg's creative industries.</p>",
        "de": "<p>Workshops, Treffen, Festivals und Ausstellungen der Luxemburger Kreativwirtschaft.</p>",
    },
}


def _text(fr, en, de):
    return {"fr": fr, "en": en, "de": de}


# days: offset from today; at: local start time (None = all day); hours or days: duration.
EVENTS = [
    {
        "days": -45,
        "at": (18, 30),
        "hours": 2.5,
        "type": EventType.NETWORKING,
        "branch": None,
        "organiser": "cluster",
        "venue": "Blends Café",
        "address": "rue du Marché-aux-Herbes\nL-1728 Luxembourg",
        "slug": _text("meetup-b2b-des-creatifs", "creative-b2b-meetup", "b2b-treffen-der-kreativen"),
        "title": _text("Meetup B2B des créatifs", "Creative B2B meetup", "B2B-Treffen der Kreativen"),
        "intro": _text(
            "Une soirée pour rencontrer les entreprises et les indépendants des douze branches du cluster.",
            "An evening to meet the companies and freelancers of the cluster's twelve branches.",
            "Ein Abend, um die Unternehmen und Selbstständigen der zwölf Branchen des Clusters zu treffen.",
        ),
        "body": _text(
            "Une quarantaine de participants sont attendus pour échanger sur les synergies entre secteurs.",
            "Around forty participants are expected to discuss synergies across sectors.",
            "Rund vierzig Teilnehmende werden erwartet, um sich über branchenübergreifende Synergien auszutauschen.",
        ),
    },
    {
        "days": -14,
        "at": (9, 0),
        "hours": 3.5,
        "type": EventType.WORKSHOP,
        "branch": None,
        "organiser": "cluster",
        "venue": "House of Entrepreneurship",
        "address": "14, rue Erasme\nL-1468 Luxembourg",
        "slug": _text(
            "atelier-propriete-intellectuelle", "intellectual-property-workshop", "workshop-geistiges-eigentum"
        ),
        "title": _text(
            "Atelier : protéger sa création",
            "Workshop: protecting your creative work",
            "Workshop: Kreative Werke schützen",
        ),
        "intro": _text(
            "Droits d'auteur, marques, dessins et modèles : les outils et les aides pour protéger vos créations.",
            "Copyright, trademarks, designs: the tools and funding that protect your creative work.",
            "Urheberrecht, Marken, Designs: Werkzeuge und Förderungen zum Schutz Ihrer Werke.",
        ),
        "body": _text(
            "L'atelier démystifie la propriété intellectuelle pour le secteur culturel et créatif.",
            "The workshop demystifies intellectual property for the cultural and creative sector.",
            "Der Workshop entmystifiziert das geistige Eigentum für die Kultur- und Kreativbranche.",
        ),
    },
    {
        "days": -4,
        "at": (17, 0),
        "hours": 2,
        "type": EventType.CONFERENCE,
        "branch": "publishing-media",
        "organiser": "cluster",
        "venue": "1535° Creative Hub",
        "address": "115A, rue Emile Mark\nL-4620 Differdange",
        "slug": _text(
            "presentation-brochure-industries-creatives",
            "creative-industries-brochure-launch",
            "vorstellung-broschuere-kreativwirtschaft",
        ),
        "title": _text(
            "Présentation de la brochure des industries créatives",
            "Launch of the creative industries brochure",
            "Vorstellung der Broschüre zur Kreativwirtschaft",
        ),
        "intro": _text(
            "Le ministère de l'Économie présente une nouvelle brochure consacrée aux industries créatives.",
            "The Ministry of the Economy presents a new brochure on the creative industries.",
            "Das Wirtschaftsministerium stellt eine neue Broschüre über die Kreativwirtschaft vor.",
        ),
        "body": _text(
            "La publication met en avant l'importance du secteur : 2 300 entreprises et 7 100 emplois.",
            "The publication highlights the sector's importance: 2,300 companies and 7,100 jobs.",
            "Die Publikation zeigt die Bedeutung der Branche: 2.300 Unternehmen und 7.100 Arbeitsplätze.",
        ),
    },
    {
        "days": 6,
        "at": (8, 30),
        "hours": 1.5,
        "type": EventType.TRAINING,
        "branch": None,
        "organiser": "cluster",
        "online": "https://meet.example.lu/financer-un-projet-creatif",
        "slug": _text(
            "matinale-financer-un-projet-creatif",
            "breakfast-funding-a-creative-project",
            "fruehstueck-kreativprojekt-finanzieren",
        ),
        "title": _text(
            "Matinale en ligne : financer un projet créatif",
            "Online breakfast: funding a creative project",
            "Online-Frühstück: ein Kreativprojekt finanzieren",
        ),
        "intro": _text(
            "Subventions, prêts et aides à l'innovation : un tour d'horizon en 90 minutes, en ligne.",
            "Grants, loans and innovation aid: an overview in 90 minutes, online.",
            "Zuschüsse, Darlehen und Innovationsförderung: ein Überblick in 90 Minuten, online.",
        ),
        "body": _text(
            "Le lien de connexion est envoyé aux inscrits la veille de la session.",
            "The link to join is sent to registered participants the day before.",
            "Der Zugangslink wird den Angemeldeten am Vortag zugeschickt.",
        ),
        "registration": True,
    },
    {
        "days": 13,
        "at": None,
        "days_long": 2,
        "type": EventType.FESTIVAL,
        "branch": "gaming",
        "organiser": "member",
        "venue": "Luxexpo The Box",
        "address": "10, circuit de la Foire internationale\nL-1347 Luxembourg-Kirchberg",
        "slug": _text("luxembourg-gaming-xperience", "luxembourg-gaming-xperience", "luxembourg-gaming-xperience"),
        "title": _text("Luxembourg Gaming Xperience", "Luxembourg Gaming Xperience", "Luxembourg Gaming Xperience"),
        "intro": _text(
            "Deux jours de jeux vidéo, de démonstrations et de rencontres avec les studios luxembourgeois.",
            "Two days of video games, demos and meetings with Luxembourg's game studios.",
            "Zwei Tage Videospiele, Demos und Begegnungen mit Luxemburger Spielestudios.",
        ),
        "body": _text(
            "Les studios membres présentent leurs prochains titres et recrutent sur place.",
            "Member studios show their upcoming titles and recruit on site.",
            "Die Mitgliedsstudios zeigen ihre nächsten Titel und rekrutieren vor Ort.",
        ),
        "registration": True,
    },
    {
        "days": 20,
        "at": (14, 0),
        "hours": 3,
        "type": EventType.WORKSHOP,
        "branch": "design",
        "organiser": "member",
        "venue": "Rotondes",
        "address": "Place des Rotondes\nL-2448 Luxembourg",
        "slug": _text("atelier-design-circulaire", "circular-design-workshop", "workshop-zirkulaeres-design"),
        "title": _text("Atelier design circulaire", "Circular design workshop", "Workshop zirkuläres Design"),
        "intro": _text(
            "Concevoir des produits réparables et recyclables : méthodes et cas concrets.",
            "Designing products that can be repaired and recycled: methods and real cases.",
            "Reparierbare und recycelbare Produkte gestalten: Methoden und Praxisbeispiele.",
        ),
        "body": _text(
            "Apportez un objet à repenser : les participants travaillent en petits groupes.",
            "Bring an object to rethink: participants work in small groups.",
            "Bringen Sie einen Gegenstand zum Neudenken mit: Die Teilnehmenden arbeiten in kleinen Gruppen.",
        ),
        "registration": True,
    },
    {
        "days": 27,
        "at": (19, 0),
        "hours": 4,
        "type": EventType.EXHIBITION,
        "branch": "photography-visual-arts",
        "organiser": "member",
        "venue": "Cercle Cité",
        "address": "2, rue Genistre\nL-1623 Luxembourg",
        "slug": _text("nuit-de-la-photographie", "photography-night", "nacht-der-fotografie"),
        "title": _text("Nuit de la photographie", "Photography night", "Nacht der Fotografie"),
        "intro": _text(
            "Vernissage de l'exposition collective des photographes membres du cluster.",
            "Opening of the group exhibition of the cluster's member photographers.",
            "Vernissage der Gruppenausstellung der Fotografinnen und Fotografen des Clusters.",
        ),
        "body": _text(
            "Les tirages restent exposés pendant trois semaines, entrée libre.",
            "The prints stay on show for three weeks, free admission.",
            "Die Abzüge bleiben drei Wochen lang ausgestellt, Eintritt frei.",
        ),
    },
    {
        "days": 34,
        "at": (20, 0),
        "hours": 2,
        "type": EventType.PERFORMANCE,
        "branch": "music",
        "organiser": "other",
        "organiser_name": _text(
            "Centre culturel de rencontre", "Cultural meeting centre", "Kulturelles Begegnungszentrum"
        ),
        "venue": "Neimënster",
        "address": "28, rue Münster\nL-2160 Luxembourg",
        "slug": _text("showcase-jeunes-talents", "young-talent-showcase", "showcase-junge-talente"),
        "title": _text("Showcase : jeunes talents", "Young talent showcase", "Showcase: junge Talente"),
        "intro": _text(
            "Quatre groupes et artistes émergents de la scène luxembourgeoise en concert.",
            "Four emerging bands and artists from the Luxembourg scene in concert.",
            "Vier aufstrebende Bands und Künstler der Luxemburger Szene im Konzert.",
        ),
        "body": _text(
            "Programmateurs et labels de la Grande Région sont invités.",
            "Programmers and labels from the Greater Region are invited.",
            "Programmgestalter und Labels aus der Großregion sind eingeladen.",
        ),
        "registration": True,
    },
    {
        "days": 48,
        "at": (9, 30),
        "hours": 7,
        "type": EventType.CONFERENCE,
        "branch": "fashion",
        "organiser": "cluster",
        "venue": "Technoport",
        "address": "9, avenue des Hauts-Fourneaux\nL-4362 Esch-sur-Alzette",
        "online": "https://live.example.lu/fashiontech-day",
        "slug": _text("journee-fashiontech", "fashiontech-day", "fashiontech-tag"),
        "title": _text("Journée fashiontech", "Fashiontech day", "Fashiontech-Tag"),
        "intro": _text(
            "Mode durable et technologie : conférences et démonstrations, sur place et en direct en ligne.",
            "Sustainable fashion and technology: talks and demos, on site and streamed live.",
            "Nachhaltige Mode und Technologie: Vorträge und Demos, vor Ort und live im Netz.",
        ),
        "body": _text(
            "Des jeunes entreprises présentent des textiles recyclés et des outils de production à la demande.",
            "Start-ups present recycled textiles and on-demand production tools.",
            "Start-ups stellen recycelte Textilien und Werkzeuge für die Produktion auf Abruf vor.",
        ),
        "registration": True,
    },
    {
        "days": 62,
        "at": (18, 0),
        "hours": 2,
        "type": EventType.TRAINING,
        "branch": "new-media-digital",
        "organiser": "member",
        "venue": "1535° Creative Hub",
        "address": "115A, rue Emile Mark\nL-4620 Differdange",
        "slug": _text("formation-portfolio-en-ligne", "online-portfolio-training", "schulung-online-portfolio"),
        "title": _text(
            "Formation : soigner son portfolio en ligne",
            "Training: polishing your online portfolio",
            "Schulung: das eigene Online-Portfolio pflegen",
        ),
        "intro": _text(
            "Présenter ses projets pour être trouvé par les clients : images, textes et références.",
            "Presenting your projects so clients find you: images, texts and references.",
            "Projekte so präsentieren, dass Kunden Sie finden: Bilder, Texte und Referenzen.",
        ),
        "body": _text(
            "Chaque participant repart avec une page de portfolio relue par un professionnel.",
            "Each participant leaves with a portfolio page reviewed by a professional.",
            "Alle Teilnehmenden gehen mit einer von Profis geprüften Portfolio-Seite nach Hause.",
        ),
    },
]


def event_dates(spec, today):
    day = today + timedelta(days=spec["days"])
    if spec["at"] is None:
        start = datetime.combine(day, time(0, 0), tzinfo=EVENT_TIME_ZONE)
        end = datetime.combine(day + timedelta(days=spec["days_long"] - 1), time(23, 59), tzinfo=EVENT_TIME_ZONE)
        return start, end
    start = datetime.combine(day, time(*spec["at"]), tzinfo=EVENT_TIME_ZONE)
    return start, start + timedelta(hours=spec["hours"])


def ensure_agenda(home, locales):
    agenda = AgendaPage.objects.child_of(home).first()
    if agenda is None:
        agenda = home.add_child(
            instance=AgendaPage(
                title=AGENDA["title"]["fr"],
                slug=AGENDA["slug"]["fr"],
                intro=AGENDA["intro"]["fr"],
                locale=locales["fr"],
                show_in_menus=True,
            )
        )
        agenda.save_revision().publish()
    if AgendaPage.objects.filter(translation_key=agenda.translation_key).count() < len(locales):
        translate_tree_page(agenda, AGENDA, locales)
    return agenda


def _fields(spec):
    """Every translatable text of an event, per language, as ``translate_tree_page`` wants it."""
    fields = {
        "title": spec["title"],
        "slug": spec["slug"],
        "intro": spec["intro"],
        "body": {lang: f"<p>{text}</p>" for lang, text in spec["body"].items()},
    }
    if spec["organiser"] == "cluster":
        fields["organiser_name"] = CLUSTER
    elif spec["organiser"] == "other":
        fields["organiser_name"] = spec["organiser_name"]
    return fields


def ensure_demo(home, locales, members):
    """The agenda under ``home`` (French) and its events, translated into English and German.

    Call it outside a transaction, like the rest of the demo: wagtail-localize publishes each
    translation when its transaction commits.
    """
    agenda = ensure_agenda(home, locales)
    today = timezone.localdate(timezone=EVENT_TIME_ZONE)
    branches = {b.code: b for b in Branch.objects.all()}
    existing = {p.slug: p for p in EventPage.objects.child_of(agenda)}
    organisers = iter(members[n % len(members)] for n in range(0, 3 * len(EVENTS), 3)) if members else iter(())
    for spec in EVENTS:
        member = next(organisers, None) if spec["organiser"] == "member" else None
        page = existing.get(spec["slug"]["fr"])
        if page is None:
            start, end = event_dates(spec, today)
            fields = _fields(spec)
            page = agenda.add_child(
                instance=EventPage(
                    title=spec["title"]["fr"],
                    slug=spec["slug"]["fr"],
                    locale=locales["fr"],
                    start=start,
                    end=end,
                    all_day=spec["at"] is None,
                    venue_name=spec.get("venue", ""),
                    venue_address=spec.get("address", ""),
                    online_url=spec.get("online", ""),
                    organiser_member=member,
                    organiser_name="" if member else fields.get("organiser_name", CLUSTER)["fr"],
                    branch=branches.get(spec["branch"]) if spec["branch"] else None,
                    event_type=spec["type"],
                    registration_url=f"https://tickets.example.lu/{spec['slug']['fr']}"
                    if spec.get("registration")
                    else "",
                    image=getattr(member, "cover_image", None),
                    intro=spec["intro"]["fr"],
                    body=[("paragraph", f"<p>{spec['body']['fr']}</p>")],
                )
            )
            page.save_revision().publish()
        if EventPage.objects.filter(translation_key=page.translation_key).count() < len(locales):
            fields = _fields(spec)
            if member is None and "organiser_name" not in fields:
                fields["organiser_name"] = CLUSTER
            translate_tree_page(page, fields, locales)
    transaction.on_commit(lambda: _recount_children(agenda.translation_key))
    return agenda


def _recount_children(translation_key):
    """Repair the agenda translations' child counts after a deferred publish.

    wagtail-localize publishes a new translation when the transaction commits, saving the page
    as it was when translated: when its events were translated in the same transaction, that
    save puts back a child count of 0 and Wagtail would no longer find the events (404).
    """
    for agenda in Page.objects.filter(translation_key=translation_key, content_type__model="agendapage"):
        count = Page.objects.filter(path__startswith=agenda.path, depth=agenda.depth + 1).count()
        if count != agenda.numchild:
            Page.objects.filter(pk=agenda.pk).update(numchild=count)
