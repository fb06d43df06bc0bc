"""Texts of the demo news, in French, English and German (facts from the press articles in the seeds)."""

INDEX = {
    "title": {"fr": "Actualités", "en": "News", "de": "Aktuelles"},
    "slug": {"fr": "actualites", "en": "news", "de": "aktuelles"},
    "intro": {
        "fr": "<p>Les nouvelles du cluster et de ses membres : appels à projets, rencontres, portraits et chiffres "
        "du secteur.</p>",
        "en": "<p>News from the cluster and its members: calls for projects, meetups, portraits and figures "
        "about the sector.</p>",
        "de": "<p>Neuigkeiten aus dem Cluster und von seinen Mitgliedern: Projektaufrufe, Treffen, Porträts und "
        "Zahlen zur Branche.</p>",
    },
}

CATEGORIES = [
    {"code": "cluster", "label": {"fr": "Vie du cluster", "en": "Cluster news", "de": "Aus dem Cluster"}},
    {"code": "members", "label": {"fr": "Membres", "en": "Members", "de": "Mitglieder"}},
    {
        "code": "funding",
        "label": {"fr": "Financements et appels", "en": "Funding and calls", "de": "Förderung und Aufrufe"},
    },
    {
        "code": "events",
        "label": {"fr": "Retour sur événement", "en": "Event recap", "de": "Veranstaltungsrückblick"},
    },
]

# "members": indexes into the list of demo members given to ensure_demo (taken modulo its length).
ARTICLES = [
    {
        "date": "2026-11-12",
        "categories": ["cluster"],
        "members": [],
        "title": {
            "fr": "La plateforme des créatifs fait peau neuve",
            "en": "The creatives' platform gets a makeover",
            "de": "Die Plattform der Kreativen im neuen Gewand",
        },
        "slug": {"fr": "la-plateforme-fait-peau-neuve", "en": "platform-makeover", "de": "plattform-im-neuen-gewand"},
        "intro": {
            "fr": "Portfolios plus grands, vidéo et audio : à la demande des membres, l'annuaire du cluster évolue.",
            "en": "Larger portfolios, video and audio: at the members' request, the cluster's directory evolves.",
            "de": "Größere Portfolios, Video und Audio: Auf Wunsch der Mitglieder entwickelt sich das "
            "Verzeichnis des Clusters weiter.",
        },
        "image_alt": {
            "fr": "Formes colorées superposées, visuel de la nouvelle plateforme",
            "en": "Overlapping colourful shapes, the new platform's visual",
            "de": "Sich überlagernde bunte Formen, das Motiv der neuen Plattform",
        },
        "body": [
            {
                "fr": "Un an après son lancement, la plateforme comptait 265 profils, près de 19 000 visiteurs et "
                "107 000 pages vues. Selon la première enquête auprès des utilisateurs, 16 % ont déjà généré "
                "des affaires supplémentaires et près de 32 % ont collaboré avec d'autres créatifs.",
                "en": "One year after its launch, the platform counted 265 profiles, nearly 19,000 visitors and "
                "107,000 page views. According to the first user survey, 16% had already generated additional "
                "business and almost 32% had worked with other creatives.",
                "de": "Ein Jahr nach dem Start zählte die Plattform 265 Profile, fast 19.000 Besucher und "
                "107.000 Seitenaufrufe. Laut der ersten Nutzerumfrage hatten 16 % bereits zusätzliche Aufträge "
                "gewonnen und fast 32 % mit anderen Kreativen zusammengearbeitet.",
            },
            {
                "fr": "La nouvelle version permet de présenter un portfolio plus large, notamment audiovisuel, et "
                "de contacter un membre sans que son adresse e-mail soit publiée. L'inscription reste gratuite.",
                "en": "The new version lets members show a larger portfolio, including audiovisual work, and lets "
                "clients contact a member without their e-mail address being published. Registration remains free.",
                "de": "Die neue Version ermöglicht ein umfangreicheres Portfolio, auch mit audiovisuellen Arbeiten, "
                "und die Kontaktaufnahme mit Mitgliedern, ohne dass ihre E-Mail-Adresse veröffentlicht wird. "
                "Die Anmeldung bleibt kostenlos.",
            },
        ],
        "tags": {"fr": ["plateforme", "annuaire"], "en": ["platform", "directory"], "de": ["Plattform", "Verzeichnis"]},
    },
    {
        "date": "2026-10-20",
        "categories": ["funding"],
        "members": [],
        "title": {
            "fr": "Circular by Design Challenge : l'appel à candidatures est ouvert",
            "en": "Circular by Design Challenge: call for applications open",
            "de": "Circular by Design Challenge: Bewerbungsphase eröffnet",
        },
        "slug": {
            "fr": "circular-by-design-appel-ouvert",
            "en": "circular-by-design-call-open",
            "de": "circular-by-design-bewerbung",
        },
        "intro": {
            "fr": "Douze semaines de coaching et un prix de 8 000 € pour des solutions innovantes et durables.",
            "en": "Twelve weeks of coaching and an €8,000 award for innovative, sustainable solutions.",
            "de": "Zwölf Wochen Coaching und ein Preis von 8.000 € für innovative, nachhaltige Lösungen.",
        },
        "image_alt": {
            "fr": "Cercles et bandes vertes évoquant l'économie circulaire",
            "en": "Green circles and bands evoking the circular economy",
            "de": "Grüne Kreise und Streifen als Sinnbild der Kreislaufwirtschaft",
        },
        "body": [
            {
                "fr": "La nouvelle édition du Circular by Design Challenge invite les entreprises luxembourgeoises "
                "et européennes à développer des produits et services circulaires avec des designers.",
                "en": "The new edition of the Circular by Design Challenge invites Luxembourg and European "
                "companies to develop circular products and services together with designers.",
                "de": "Die neue Ausgabe der Circular by Design Challenge lädt luxemburgische und europäische "
                "Unternehmen ein, gemeinsam mit Designern kreislauffähige Produkte und Dienstleistungen zu "
                "entwickeln.",
            },
            {
                "fr": "Les équipes retenues suivent un programme de coaching de douze semaines ; la meilleure "
                "solution reçoit un prix de 8 000 €. Les candidatures sont ouvertes jusqu'au 9 janvier.",
                "en": "Selected teams follow a twelve-week coaching programme; the best solution wins an award "
                "of €8,000. Applications are open until 9 January.",
                "de": "Die ausgewählten Teams durchlaufen ein zwölfwöchiges Coaching-Programm; die beste Lösung "
                "erhält einen Preis von 8.000 €. Bewerbungen sind bis zum 9. Januar möglich.",
            },
        ],
        "tags": {
            "fr": ["économie circulaire", "design"],
            "en": ["circular economy", "design"],
            "de": ["Kreislaufwirtschaft", "Design"],
        },
    },
    {
        "date": "2026-10-05",
        "categories": ["members"],
        "members": [0, 1],
        "title": {
            "fr": "Fashiontech : la mode durable s'installe au Luxembourg",
            "en": "Fashiontech: sustainable fashion settles in Luxembourg",
            "de": "Fashiontech: Nachhaltige Mode fasst in Luxemburg Fuß",
        },
        "slug": {"fr": "fashiontech-mode-durable", "en": "fashiontech-sustainable-fashion", "de": "fashiontech"},
        "intro": {
            "fr": "De plus en plus d'entreprises développent au Luxembourg des solutions pour une mode durable.",
            "en": "More and more companies are developing sustainable fashion solutions in Luxembourg.",
            "de": "Immer mehr Unternehmen entwickeln in Luxemburg Lösungen für nachhaltige Mode.",
        },
        "image_alt": {
            "fr": "Motif textile abstrait aux couleurs vives",
            "en": "Abstract textile pattern in bright colours",
            "de": "Abstraktes Textilmuster in kräftigen Farben",
        },
        "body": [
            {
                "fr": "Matières recyclées, location de vêtements, traçabilité : la fashiontech luxembourgeoise "
                "attire de nouvelles entreprises, et une semaine de la mode début octobre en a montré la vitalité.",
                "en": "Recycled materials, clothing rental, traceability: Luxembourg's fashiontech scene attracts "
                "new companies, and a fashion week in early October showed how lively it is.",
                "de": "Recycelte Materialien, Kleidermiete, Rückverfolgbarkeit: Die luxemburgische Fashiontech-Szene "
                "zieht neue Unternehmen an, und eine Modewoche Anfang Oktober zeigte ihre Lebendigkeit.",
            },
            {
                "fr": "Plusieurs membres du cluster y ont présenté leurs collections et leurs services.",
                "en": "Several cluster members presented their collections and services there.",
                "de": "Mehrere Mitglieder des Clusters stellten dort ihre Kollektionen und Dienstleistungen vor.",
            },
        ],
        "tags": {"fr": ["mode", "durabilité"], "en": ["fashion", "sustainability"], "de": ["Mode", "Nachhaltigkeit"]},
    },
    {
        "date": "2026-09-30",
        "categories": ["members", "events"],
        "members": [2, 3],
        "title": {
            "fr": "Luxembourg Gaming Xperience : les studios du pays à Luxexpo",
            "en": "Luxembourg Gaming Xperience: the country's studios at Luxexpo",
            "de": "Luxembourg Gaming Xperience: Die Studios des Landes in der Luxexpo",
        },
        "slug": {"fr": "gaming-xperience-luxexpo", "en": "gaming-xperience-luxexpo", "de": "gaming-xperience-luxexpo"},
        "intro": {
            "fr": "Le secteur du jeu vidéo se structure, avec une nouvelle association et un salon à Luxexpo.",
            "en": "The video game sector is getting organised, with a new association and a fair at Luxexpo.",
            "de": "Die Videospielbranche organisiert sich, mit einem neuen Verband und einer Messe in der Luxexpo.",
        },
        "image_alt": {
            "fr": "Formes géométriques aux couleurs d'écran de jeu",
            "en": "Geometric shapes in video-game screen colours",
            "de": "Geometrische Formen in den Farben eines Spielbildschirms",
        },
        "body": [
            {
                "fr": "Fin septembre, la Luxembourg Gaming Xperience a réuni joueurs, studios et écoles à Luxexpo. "
                "Les studios membres du cluster y ont fait tester leurs prochains jeux.",
                "en": "At the end of September, the Luxembourg Gaming Xperience brought players, studios and "
                "schools together at Luxexpo. The cluster's member studios let visitors try their next games.",
                "de": "Ende September brachte die Luxembourg Gaming Xperience Spieler, Studios und Schulen in der "
                "Luxexpo zusammen. Die Mitgliedsstudios des Clusters ließen ihre nächsten Spiele testen.",
            },
            {
                "fr": "La jeune association GiDiMa fédère désormais les développeurs de jeux du Luxembourg.",
                "en": "The young GiDiMa association now brings Luxembourg's game developers together.",
                "de": "Der junge Verband GiDiMa vereint nun die Spieleentwickler Luxemburgs.",
            },
        ],
        "tags": {"fr": ["jeu vidéo", "salon"], "en": ["video games", "fair"], "de": ["Videospiele", "Messe"]},
    },
    {
        "date": "2026-06-14",
        "categories": ["cluster"],
        "members": [],
        "title": {
            "fr": "Une nouvelle brochure présente les industries créatives",
            "en": "A new brochure presents the creative industries",
            "de": "Eine neue Broschüre stellt die Kreativwirtschaft vor",
        },
        "slug": {"fr": "nouvelle-brochure", "en": "new-brochure", "de": "neue-broschuere"},
        "intro": {
            "fr": "Présentée au 1535° Creative Hub de Differdange, elle met en avant le poids économique du secteur.",
            "en": "Presented at the 1535° Creative Hub in Differdange, it highlights the sector's economic weight.",
            "de": "Die im 1535° Creative Hub in Differdingen vorgestellte Broschüre zeigt das wirtschaftliche "
            "Gewicht der Branche.",
        },
        "image_alt": {
            "fr": "Couverture stylisée de la brochure, dégradé bleu",
            "en": "Stylised cover of the brochure, blue gradient",
            "de": "Stilisierter Umschlag der Broschüre, blauer Farbverlauf",
        },
        "body": [
            {
                "fr": "Le secteur compte environ 2 300 entreprises et 7 100 emplois au Luxembourg, pour un chiffre "
                "d'affaires d'environ un milliard d'euros. 60 % des entreprises n'emploient qu'une personne.",
                "en": "The sector counts about 2,300 companies and 7,100 jobs in Luxembourg, with a turnover of "
                "about one billion euros. 60% of the companies employ a single person.",
                "de": "Die Branche zählt in Luxemburg rund 2.300 Unternehmen und 7.100 Arbeitsplätze bei einem "
                "Umsatz von etwa einer Milliarde Euro. 60 % der Unternehmen beschäftigen nur eine Person.",
            },
            {
                "fr": "La brochure présente aussi la plateforme de mise en relation entre les créatifs et les "
                "entreprises des autres secteurs.",
                "en": "The brochure also presents the matchmaking platform between creatives and companies from "
                "other sectors.",
                "de": "Die Broschüre stellt auch die Matchmaking-Plattform zwischen Kreativen und Unternehmen "
                "anderer Branchen vor.",
            },
        ],
        "tags": {"fr": ["chiffres", "publication"], "en": ["figures", "publication"], "de": ["Zahlen", "Publikation"]},
    },
    {
        "date": "2026-06-02",
        "categories": ["members"],
        "members": [4],
        "title": {
            "fr": "Métiers d'art : vingt artisans luxembourgeois aux Révélations",
            "en": "Arts and crafts: twenty Luxembourg makers at Révélations",
            "de": "Kunsthandwerk: Zwanzig luxemburgische Kunsthandwerker bei den Révélations",
        },
        "slug": {"fr": "metiers-d-art-revelations", "en": "crafts-at-revelations", "de": "kunsthandwerk-revelations"},
        "intro": {
            "fr": "Céramique, bijou, verre : le savoir-faire luxembourgeois exposé au grand salon parisien.",
            "en": "Ceramics, jewellery, glass: Luxembourg know-how on show at the major Paris fair.",
            "de": "Keramik, Schmuck, Glas: Luxemburger Können auf der großen Pariser Messe.",
        },
        "image_alt": {
            "fr": "Formes rondes évoquant des céramiques",
            "en": "Round shapes evoking ceramics",
            "de": "Runde Formen, die an Keramik erinnern",
        },
        "body": [
            {
                "fr": "Vingt artisans d'art ont représenté le Luxembourg à la biennale Révélations, au Grand Palais "
                "éphémère, avec le soutien de l'association De Mains de Maîtres.",
                "en": "Twenty craftspeople represented Luxembourg at the Révélations biennial in Paris, with the "
                "support of the De Mains de Maîtres association.",
                "de": "Zwanzig Kunsthandwerker vertraten Luxemburg auf der Biennale Révélations in Paris, "
                "unterstützt vom Verband De Mains de Maîtres.",
            },
        ],
        "tags": {"fr": ["artisanat d'art", "Paris"], "en": ["crafts", "Paris"], "de": ["Kunsthandwerk", "Paris"]},
    },
    {
        "date": "2026-05-12",
        "categories": ["funding", "events"],
        "members": [],
        "title": {
            "fr": "Propriété intellectuelle : un atelier pour les créatifs",
            "en": "Intellectual property for creatives: a workshop",
            "de": "Geistiges Eigentum für Kreative: ein Workshop",
        },
        "slug": {
            "fr": "atelier-propriete-intellectuelle",
            "en": "intellectual-property-workshop",
            "de": "workshop-geistiges-eigentum",
        },
        "intro": {
            "fr": "Outils, conseils et financements pour protéger et valoriser ses créations.",
            "en": "Tools, tips and funding to protect and make the most of your creations.",
            "de": "Werkzeuge, Tipps und Förderungen, um die eigenen Werke zu schützen und zu verwerten.",
        },
        "image_alt": {
            "fr": "Bandes horizontales et cercles sur fond violet",
            "en": "Horizontal bands and circles on a purple background",
            "de": "Horizontale Streifen und Kreise auf violettem Grund",
        },
        "body": [
            {
                "fr": "Droit d'auteur, marques, dessins et modèles : cet atelier démystifie les outils de la "
                "propriété intellectuelle pour le secteur culturel et créatif.",
                "en": "Copyright, trademarks, designs: this workshop demystifies intellectual property tools for "
                "the cultural and creative sector.",
                "de": "Urheberrecht, Marken, Designs: Dieser Workshop erklärt die Instrumente des geistigen "
                "Eigentums für die Kultur- und Kreativwirtschaft.",
            },
            {
                "fr": "Les participants ont aussi découvert les aides qui financent le dépôt d'une marque ou "
                "d'un dessin.",
                "en": "Participants also learnt about the grants that fund filing a trademark or a design.",
                "de": "Die Teilnehmenden erfuhren auch, welche Förderungen die Anmeldung einer Marke oder eines "
                "Designs finanzieren.",
            },
        ],
        "tags": {
            "fr": ["propriété intellectuelle", "atelier"],
            "en": ["intellectual property", "workshop"],
            "de": ["geistiges Eigentum", "Workshop"],
        },
    },
    {
        "date": "2026-03-24",
        "categories": ["events", "cluster"],
        "members": [5],
        "title": {
            "fr": "Rencontre B2B : « Instaurer la confiance est une priorité »",
            "en": "B2B meetup: “Building trust is a priority”",
            "de": "B2B-Treffen: „Vertrauen aufzubauen hat Priorität“",
        },
        "slug": {"fr": "rencontre-b2b-confiance", "en": "b2b-meetup-trust", "de": "b2b-treffen-vertrauen"},
        "intro": {
            "fr": "Une quarantaine de créatifs et de représentants d'entreprises se sont retrouvés au Blends Café.",
            "en": "Around forty creatives and company representatives met at the Blends Café.",
            "de": "Rund vierzig Kreative und Unternehmensvertreter trafen sich im Blends Café.",
        },
        "image_alt": {
            "fr": "Cercles qui se chevauchent, symbole de rencontre",
            "en": "Overlapping circles, a symbol of meeting",
            "de": "Sich überschneidende Kreise als Symbol der Begegnung",
        },
        "body": [
            {
                "fr": "Organisée le jour de la Journée mondiale de la poésie, la rencontre a permis de présenter "
                "le nouveau manager du cluster et de faire se rencontrer des acteurs de tous les secteurs.",
                "en": "Held on World Poetry Day, the meetup introduced the cluster's new manager and brought "
                "together people from every sector.",
                "de": "Das am Welttag der Poesie veranstaltete Treffen stellte den neuen Clustermanager vor und "
                "brachte Akteure aus allen Branchen zusammen.",
            },
            {
                "fr": "Les participants souhaitent des sessions à thème, y compris pendant les heures de travail, "
                "et des rencontres dans les locaux d'entreprises.",
                "en": "Participants asked for themed sessions, including during working hours, and for meetings "
                "hosted at companies' offices.",
                "de": "Die Teilnehmenden wünschen sich thematische Veranstaltungen, auch während der Arbeitszeit, "
                "und Treffen in den Räumen von Unternehmen.",
            },
        ],
        "tags": {"fr": ["réseautage", "B2B"], "en": ["networking", "B2B"], "de": ["Networking", "B2B"]},
    },
]
