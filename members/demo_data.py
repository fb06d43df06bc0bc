"""Vocabulary and text snippets for the seeded demo-data generator.

Pure data, no Django: branches, skills, cantons, names and sentence patterns
in French, English and German. Every per-language list has the same length in
the three languages and index ``i`` is a translation of index ``i``, so the
generator can draw one index and use it in all three languages.

Format strings only use these placeholders: ``{name}``, ``{branch}``,
``{skill1}``, ``{skill2}``, ``{skill3}``, ``{commune}``, ``{year}``,
``{client}``, ``{team}``; company names use ``{word}``, ``{last}`` and
``{place}``, portfolio credits ``{name}`` and ``{last}``.

Run ``python3 members/demo_data.py`` to check the data.
"""

import re

# The data below is laid out by hand (one skill per three lines, several
# names per line); keep the formatter away from it.
# fmt: off

LANGS = ("fr", "en", "de")

KINDS = ("freelancer", "company", "collective", "association", "institution")

# --------------------------------------------------------------------------
# Branches
# --------------------------------------------------------------------------

BRANCHES = [
    {
        "code": "architecture",
        "label": {"fr": "Architecture", "en": "Architecture", "de": "Architektur"},
        "slug": {"fr": "architecture", "en": "architecture", "de": "architektur"},
        "intro": {
            "fr": "Des bureaux d'architectes aux architectes d'intérieur, la filière façonne un pays en pleine croissance, entre renouvellement urbain et préservation du patrimoine. Au Luxembourg, les projets vont de la maison unifamiliale aux nouveaux quartiers comme Belval ou le Kirchberg.",
            "en": "From architecture firms to interior architects, the sector is shaping a fast-growing country, balancing urban renewal with heritage conservation. In Luxembourg, projects range from single-family homes to new districts such as Belval or Kirchberg.",
            "de": "Von Architekturbüros bis zu Innenarchitekten gestaltet die Branche ein schnell wachsendes Land – zwischen Stadterneuerung und Denkmalpflege. In Luxemburg reichen die Projekte vom Einfamilienhaus bis zu neuen Stadtvierteln wie Belval oder Kirchberg.",
        },
    },
    {
        "code": "arts-crafts",
        "label": {"fr": "Artisanat d'art", "en": "Arts & crafts", "de": "Kunsthandwerk"},
        "slug": {"fr": "artisanat-d-art", "en": "arts-crafts", "de": "kunsthandwerk"},
        "intro": {
            "fr": "Céramistes, relieurs, ébénistes ou bijoutiers perpétuent au Luxembourg des savoir-faire exigeants, souvent transmis d'atelier en atelier. Beaucoup associent techniques traditionnelles et design contemporain pour créer des pièces uniques ou de petites séries.",
            "en": "Ceramicists, bookbinders, cabinet makers and jewellers keep demanding skills alive in Luxembourg, often passed on from one workshop to the next. Many combine traditional techniques with contemporary design to create one-off pieces or small series.",
            "de": "Keramikerinnen, Buchbinder, Kunsttischler und Goldschmiede halten in Luxemburg anspruchsvolle Handwerkstechniken lebendig, die oft von Werkstatt zu Werkstatt weitergegeben werden. Viele verbinden traditionelle Verfahren mit zeitgenössischem Design und fertigen Einzelstücke oder Kleinserien.",
        },
    },
    {
        "code": "audiovisual-film",
        "label": {"fr": "Audiovisuel & cinéma", "en": "Audiovisual & film", "de": "Audiovisuelle Medien & Film"},
        "slug": {"fr": "audiovisuel-cinema", "en": "audiovisual-film", "de": "audiovisuelle-medien-film"},
        "intro": {
            "fr": "Soutenue par le Film Fund Luxembourg, la production audiovisuelle luxembourgeoise participe à de nombreuses coproductions européennes, souvent primées. Sociétés de production, studios d'animation et techniciens indépendants y côtoient une scène documentaire particulièrement active.",
            "en": "Backed by the Film Fund Luxembourg, the country's audiovisual sector takes part in many European co-productions, several of them award-winning. Production companies, animation studios and freelance technicians work alongside a particularly lively documentary scene.",
            "de": "Mit Unterstützung des Film Fund Luxembourg ist die luxemburgische Filmbranche an zahlreichen, oft preisgekrönten europäischen Koproduktionen beteiligt. Produktionsfirmen, Animationsstudios und freie Filmschaffende arbeiten Seite an Seite mit einer besonders aktiven Dokumentarfilmszene.",
        },
    },
    {
        "code": "design",
        "label": {"fr": "Design", "en": "Design", "de": "Design"},
        "slug": {"fr": "design", "en": "design", "de": "design"},
        "intro": {
            "fr": "Le design luxembourgeois touche aussi bien l'objet du quotidien que le mobilier, l'emballage ou l'aménagement de stands et d'expositions. Les designers travaillent souvent en lien direct avec l'industrie et l'artisanat locaux, dans une logique de circuits courts.",
            "en": "Luxembourg design covers everyday objects as well as furniture, packaging, exhibition stands and displays. Designers often work hand in hand with local industry and craftspeople, favouring short supply chains.",
            "de": "Design aus Luxemburg reicht vom Alltagsgegenstand über Möbel und Verpackungen bis zur Gestaltung von Messeständen und Ausstellungen. Designerinnen und Designer arbeiten oft eng mit der lokalen Industrie und dem Handwerk zusammen und setzen auf kurze Wege.",
        },
    },
    {
        "code": "gaming",
        "label": {"fr": "Jeu vidéo", "en": "Gaming", "de": "Games"},
        "slug": {"fr": "jeu-video", "en": "gaming", "de": "games"},
        "intro": {
            "fr": "Encore jeune, la scène luxembourgeoise du jeu vidéo réunit studios indépendants, développeurs et artistes qui créent pour les consoles, le mobile et la réalité virtuelle. Elle s'appuie sur un écosystème numérique dynamique et sur des formations de plus en plus spécialisées.",
            "en": "Still young, Luxembourg's games scene brings together independent studios, developers and artists creating for consoles, mobile and virtual reality. It draws on a dynamic digital ecosystem and increasingly specialised training programmes.",
            "de": "Die noch junge Games-Szene in Luxemburg vereint unabhängige Studios, Entwicklerinnen und Künstler, die für Konsolen, Mobilgeräte und Virtual Reality produzieren. Sie profitiert von einem dynamischen digitalen Umfeld und zunehmend spezialisierten Ausbildungsangeboten.",
        },
    },
    {
        "code": "marketing-communication",
        "label": {"fr": "Marketing & communication", "en": "Marketing & communication", "de": "Marketing & Kommunikation"},
        "slug": {"fr": "marketing-communication", "en": "marketing-communication", "de": "marketing-kommunikation"},
        "intro": {
            "fr": "Dans un pays multilingue où se côtoient plus de 170 nationalités, les agences de communication savent parler à des publics très variés. Stratégie de marque, campagnes, relations presse ou réseaux sociaux : la filière accompagne aussi bien les PME que les institutions européennes.",
            "en": "In a multilingual country where more than 170 nationalities live side by side, communication agencies know how to speak to very diverse audiences. Brand strategy, campaigns, press relations or social media: the sector works with SMEs and European institutions alike.",
            "de": "In einem mehrsprachigen Land, in dem über 170 Nationalitäten zusammenleben, wissen Kommunikationsagenturen, wie man sehr unterschiedliche Zielgruppen erreicht. Markenstrategie, Kampagnen, Pressearbeit oder Social Media: Die Branche betreut KMU ebenso wie europäische Institutionen.",
        },
    },
    {
        "code": "fashion",
        "label": {"fr": "Mode", "en": "Fashion", "de": "Mode"},
        "slug": {"fr": "mode", "en": "fashion", "de": "mode"},
        "intro": {
            "fr": "Portée par de jeunes créateurs et des ateliers de couture indépendants, la mode luxembourgeoise mise sur la qualité plutôt que sur la quantité. Mode durable, pièces sur mesure et petites collections y trouvent une clientèle attentive à l'origine des vêtements.",
            "en": "Driven by young designers and independent tailoring workshops, Luxembourg fashion favours quality over quantity. Sustainable fashion, made-to-measure pieces and small collections find customers who care about where their clothes come from.",
            "de": "Getragen von jungen Designerinnen und unabhängigen Schneiderateliers setzt die Luxemburger Mode auf Qualität statt Masse. Nachhaltige Mode, Maßanfertigungen und kleine Kollektionen finden hier eine Kundschaft, die auf die Herkunft ihrer Kleidung achtet.",
        },
    },
    {
        "code": "new-media-digital",
        "label": {"fr": "Nouveaux médias & numérique", "en": "New media & digital", "de": "Neue Medien & Digitales"},
        "slug": {"fr": "nouveaux-medias-numerique", "en": "new-media-digital", "de": "neue-medien-digitales"},
        "intro": {
            "fr": "Sites web, applications, installations interactives ou réalité virtuelle : les créatifs du numérique font le lien entre technologie et culture. Au Luxembourg, ils profitent d'infrastructures de pointe et d'une forte demande des secteurs financier, public et culturel.",
            "en": "Websites, apps, interactive installations or virtual reality: digital creatives bridge the gap between technology and culture. In Luxembourg they benefit from cutting-edge infrastructure and strong demand from the financial, public and cultural sectors.",
            "de": "Websites, Apps, interaktive Installationen oder Virtual Reality: Digitale Kreative schlagen die Brücke zwischen Technologie und Kultur. In Luxemburg profitieren sie von modernster Infrastruktur und einer starken Nachfrage aus Finanzwelt, öffentlichem Sektor und Kultur.",
        },
    },
    {
        "code": "music",
        "label": {"fr": "Musique", "en": "Music", "de": "Musik"},
        "slug": {"fr": "musique", "en": "music", "de": "musik"},
        "intro": {
            "fr": "Des studios d'enregistrement aux salles de concert, en passant par les labels indépendants, la scène musicale luxembourgeoise est étonnamment riche pour un pays de cette taille. Compositeurs, ingénieurs du son et musiciens travaillent autant pour la scène que pour le cinéma, la publicité ou le jeu vidéo.",
            "en": "From recording studios and concert halls to independent labels, Luxembourg's music scene is surprisingly rich for a country of its size. Composers, sound engineers and musicians work for the stage as much as for film, advertising and games.",
            "de": "Von Tonstudios über Konzertsäle bis zu unabhängigen Labels ist die Luxemburger Musikszene für ein Land dieser Größe erstaunlich vielfältig. Komponistinnen, Toningenieure und Musiker arbeiten für die Bühne ebenso wie für Film, Werbung und Games.",
        },
    },
    {
        "code": "graphic-design-illustration",
        "label": {"fr": "Graphisme & illustration", "en": "Graphic design & illustration", "de": "Grafikdesign & Illustration"},
        "slug": {"fr": "graphisme-illustration", "en": "graphic-design-illustration", "de": "grafikdesign-illustration"},
        "intro": {
            "fr": "Graphistes et illustrateurs donnent forme aux identités des entreprises, des institutions et des événements culturels du pays. Leur travail va du logo à l'affiche, de l'édition à l'animation, souvent en trois langues.",
            "en": "Graphic designers and illustrators shape the identities of the country's businesses, institutions and cultural events. Their work ranges from logos to posters and from publishing to animation, often in three languages.",
            "de": "Grafikdesigner und Illustratorinnen prägen das Erscheinungsbild von Unternehmen, Institutionen und Kulturveranstaltungen im ganzen Land. Ihre Arbeit reicht vom Logo bis zum Plakat, vom Buch bis zur Animation – oft in drei Sprachen.",
        },
    },
    {
        "code": "publishing-media",
        "label": {"fr": "Édition & médias", "en": "Publishing & media", "de": "Verlagswesen & Medien"},
        "slug": {"fr": "edition-medias", "en": "publishing-media", "de": "verlagswesen-medien"},
        "intro": {
            "fr": "Maisons d'édition, magazines, radios et producteurs de podcasts composent un paysage médiatique multilingue, à l'image du pays. La filière publie en luxembourgeois, en français, en allemand et en anglais, pour des lecteurs et des auditeurs très divers.",
            "en": "Publishing houses, magazines, radio stations and podcast producers make up a multilingual media landscape that mirrors the country. The sector publishes in Luxembourgish, French, German and English for very diverse readers and listeners.",
            "de": "Verlage, Zeitschriften, Radiosender und Podcast-Produzenten bilden eine mehrsprachige Medienlandschaft, die das Land widerspiegelt. Die Branche veröffentlicht auf Luxemburgisch, Französisch, Deutsch und Englisch für ein äußerst vielfältiges Publikum.",
        },
    },
    {
        "code": "photography-visual-arts",
        "label": {"fr": "Photographie & arts visuels", "en": "Photography & visual arts", "de": "Fotografie & bildende Kunst"},
        "slug": {"fr": "photographie-arts-visuels", "en": "photography-visual-arts", "de": "fotografie-bildende-kunst"},
        "intro": {
            "fr": "Photographes, peintres, sculpteurs et plasticiens font vivre une scène artistique ouverte sur la Grande Région, de la capitale aux anciens sites industriels du sud. Beaucoup partagent leur activité entre commandes professionnelles, expositions et projets personnels.",
            "en": "Photographers, painters, sculptors and visual artists sustain an art scene open to the Greater Region, from the capital to the former industrial sites of the south. Many divide their time between professional commissions, exhibitions and personal projects.",
            "de": "Fotografen, Malerinnen, Bildhauer und bildende Künstler beleben eine Kunstszene, die offen für die Großregion ist – von der Hauptstadt bis zu den ehemaligen Industriestandorten im Süden. Viele teilen ihre Zeit zwischen Auftragsarbeiten, Ausstellungen und freien Projekten auf.",
        },
    },
]

# --------------------------------------------------------------------------
# Skills (11 per branch, in branch order)
# --------------------------------------------------------------------------

SKILLS = [
    # architecture
    {"code": "architectural-design", "branch": "architecture",
     "label": {"fr": "Conception architecturale", "en": "Architectural design", "de": "Architekturplanung"},
     "synonyms": {"fr": ["plans de maison", "architecte", "projet de construction"], "en": ["house plans", "architect", "building design"], "de": ["Hausplanung", "Architekt", "Bauentwurf"]}},
    {"code": "interior-architecture", "branch": "architecture",
     "label": {"fr": "Architecture intérieure", "en": "Interior architecture", "de": "Innenarchitektur"},
     "synonyms": {"fr": ["aménagement intérieur", "décoration d'intérieur", "rénovation d'appartement"], "en": ["interior design", "interior fit-out", "flat renovation"], "de": ["Raumgestaltung", "Inneneinrichtung", "Wohnungsumbau"]}},
    {"code": "3d-visualisation", "branch": "architecture",
     "label": {"fr": "Visualisation 3D", "en": "3D visualisation", "de": "3D-Visualisierung"},
     "synonyms": {"fr": ["rendu 3D", "perspective", "image de synthèse"], "en": ["3D rendering", "architectural render", "CGI"], "de": ["3D-Rendering", "Architekturvisualisierung", "Computergrafik"]}},
    {"code": "heritage-renovation", "branch": "architecture",
     "label": {"fr": "Rénovation du patrimoine", "en": "Heritage renovation", "de": "Denkmalpflege"},
     "synonyms": {"fr": ["restauration", "bâtiment ancien", "monument historique"], "en": ["restoration", "listed building", "old house renovation"], "de": ["Altbausanierung", "Restaurierung", "Baudenkmal"]}},
    {"code": "landscape-architecture", "branch": "architecture",
     "label": {"fr": "Architecture du paysage", "en": "Landscape architecture", "de": "Landschaftsarchitektur"},
     "synonyms": {"fr": ["paysagiste", "aménagement de jardin", "espaces verts"], "en": ["garden design", "landscaping", "green spaces"], "de": ["Gartengestaltung", "Landschaftsplanung", "Grünflächen"]}},
    {"code": "urban-planning", "branch": "architecture",
     "label": {"fr": "Urbanisme", "en": "Urban planning", "de": "Stadtplanung"},
     "synonyms": {"fr": ["PAG", "aménagement du territoire", "plan d'aménagement"], "en": ["town planning", "zoning", "masterplan"], "de": ["Städtebau", "Bebauungsplan", "Raumplanung"]}},
    {"code": "sustainable-building", "branch": "architecture",
     "label": {"fr": "Construction durable", "en": "Sustainable building", "de": "Nachhaltiges Bauen"},
     "synonyms": {"fr": ["maison passive", "écoconstruction", "bâtiment basse énergie"], "en": ["passive house", "green building", "low-energy building"], "de": ["Passivhaus", "ökologisches Bauen", "Niedrigenergiehaus"]}},
    {"code": "bim-modelling", "branch": "architecture",
     "label": {"fr": "Modélisation BIM", "en": "BIM modelling", "de": "BIM-Modellierung"},
     "synonyms": {"fr": ["BIM", "maquette numérique", "jumeau numérique"], "en": ["BIM", "building information modelling", "digital twin"], "de": ["BIM", "digitales Gebäudemodell", "digitaler Zwilling"]}},
    {"code": "architectural-models", "branch": "architecture",
     "label": {"fr": "Maquettes d'architecture", "en": "Architectural model making", "de": "Architekturmodellbau"},
     "synonyms": {"fr": ["maquette", "maquettiste", "modèle réduit"], "en": ["scale model", "model maker", "physical model"], "de": ["Modellbau", "Architekturmodell", "Maßstabsmodell"]}},
    {"code": "architectural-lighting", "branch": "architecture",
     "label": {"fr": "Conception lumière", "en": "Architectural lighting", "de": "Lichtplanung"},
     "synonyms": {"fr": ["éclairage", "mise en lumière", "éclairagiste"], "en": ["lighting design", "lighting plan", "illumination"], "de": ["Beleuchtung", "Lichtgestaltung", "Beleuchtungskonzept"]}},
    {"code": "site-supervision", "branch": "architecture",
     "label": {"fr": "Suivi de chantier", "en": "Site supervision", "de": "Bauleitung"},
     "synonyms": {"fr": ["chantier", "coordination des travaux", "maîtrise d'œuvre"], "en": ["construction management", "site management", "building works"], "de": ["Baustellenleitung", "Bauüberwachung", "Bauaufsicht"]}},
    # arts-crafts
    {"code": "ceramics", "branch": "arts-crafts",
     "label": {"fr": "Céramique", "en": "Ceramics", "de": "Keramik"},
     "synonyms": {"fr": ["poterie", "vaisselle artisanale", "faïence"], "en": ["pottery", "handmade tableware", "stoneware"], "de": ["Töpferei", "Töpferwaren", "Steinzeug"]}},
    {"code": "jewellery", "branch": "arts-crafts",
     "label": {"fr": "Création de bijoux", "en": "Jewellery", "de": "Schmuckdesign"},
     "synonyms": {"fr": ["bijoux", "bague", "alliances"], "en": ["rings", "wedding rings", "handmade jewellery"], "de": ["Schmuck", "Goldschmied", "Eheringe"]}},
    {"code": "bookbinding", "branch": "arts-crafts",
     "label": {"fr": "Reliure", "en": "Bookbinding", "de": "Buchbinderei"},
     "synonyms": {"fr": ["relieur", "restauration de livres", "carnet sur mesure"], "en": ["book restoration", "handmade notebooks", "book repair"], "de": ["Buchbinder", "Buchrestaurierung", "handgebundene Notizbücher"]}},
    {"code": "glassblowing", "branch": "arts-crafts",
     "label": {"fr": "Verre soufflé", "en": "Glassblowing", "de": "Glasbläserei"},
     "synonyms": {"fr": ["verrier", "objets en verre", "souffleur de verre"], "en": ["glass art", "blown glass", "glassware"], "de": ["Glaskunst", "mundgeblasenes Glas", "Glasbläser"]}},
    {"code": "fine-woodworking", "branch": "arts-crafts",
     "label": {"fr": "Ébénisterie", "en": "Fine woodworking", "de": "Kunsttischlerei"},
     "synonyms": {"fr": ["menuiserie", "meuble en bois", "meuble sur mesure"], "en": ["cabinet making", "carpentry", "bespoke furniture"], "de": ["Schreinerei", "Holzarbeiten", "Möbel nach Maß"]}},
    {"code": "weaving", "branch": "arts-crafts",
     "label": {"fr": "Tissage", "en": "Weaving", "de": "Weberei"},
     "synonyms": {"fr": ["textile", "tapisserie", "métier à tisser"], "en": ["textiles", "tapestry", "handwoven fabric"], "de": ["Textilkunst", "Wandteppich", "Handweberei"]}},
    {"code": "stained-glass", "branch": "arts-crafts",
     "label": {"fr": "Vitrail", "en": "Stained glass", "de": "Glasmalerei"},
     "synonyms": {"fr": ["vitraux", "verrière", "verre coloré"], "en": ["leaded glass", "church windows", "coloured glass"], "de": ["Bleiverglasung", "Kirchenfenster", "Buntglas"]}},
    {"code": "leatherwork", "branch": "arts-crafts",
     "label": {"fr": "Maroquinerie", "en": "Leatherwork", "de": "Lederhandwerk"},
     "synonyms": {"fr": ["cuir", "sac en cuir", "sellerie"], "en": ["leather goods", "leather bags", "saddlery"], "de": ["Lederwaren", "Ledertaschen", "Sattlerei"]}},
    {"code": "art-conservation", "branch": "arts-crafts",
     "label": {"fr": "Restauration d'œuvres", "en": "Art conservation", "de": "Restaurierung von Kunstwerken"},
     "synonyms": {"fr": ["restaurateur", "réparation de tableau", "conservation"], "en": ["art restoration", "painting repair", "conservator"], "de": ["Restaurator", "Gemälderestaurierung", "Konservierung"]}},
    {"code": "decorative-metalwork", "branch": "arts-crafts",
     "label": {"fr": "Ferronnerie d'art", "en": "Decorative metalwork", "de": "Kunstschmiede"},
     "synonyms": {"fr": ["forge", "fer forgé", "rampe sur mesure"], "en": ["blacksmith", "wrought iron", "custom railings"], "de": ["Schmied", "Schmiedeeisen", "Geländer nach Maß"]}},
    {"code": "gilding", "branch": "arts-crafts",
     "label": {"fr": "Dorure", "en": "Gilding", "de": "Vergoldung"},
     "synonyms": {"fr": ["feuille d'or", "doreur", "cadre doré"], "en": ["gold leaf", "gilder", "gilded frames"], "de": ["Blattgold", "Vergolder", "vergoldete Rahmen"]}},
    # audiovisual-film
    {"code": "documentary", "branch": "audiovisual-film",
     "label": {"fr": "Documentaire", "en": "Documentary", "de": "Dokumentarfilm"},
     "synonyms": {"fr": ["film documentaire", "reportage", "enquête filmée"], "en": ["documentary film", "factual film", "reportage"], "de": ["Doku", "Reportage", "Dokumentation"]}},
    {"code": "animation", "branch": "audiovisual-film",
     "label": {"fr": "Animation", "en": "Animation", "de": "Animation"},
     "synonyms": {"fr": ["dessin animé", "film d'animation", "animation 2D"], "en": ["cartoon", "animated film", "2D animation"], "de": ["Zeichentrick", "Animationsfilm", "Trickfilm"]}},
    {"code": "visual-effects", "branch": "audiovisual-film",
     "label": {"fr": "Effets visuels", "en": "Visual effects", "de": "Visuelle Effekte"},
     "synonyms": {"fr": ["VFX", "effets spéciaux", "incrustation"], "en": ["VFX", "special effects", "compositing"], "de": ["VFX", "Spezialeffekte", "Compositing"]}},
    {"code": "set-design", "branch": "audiovisual-film",
     "label": {"fr": "Décors de cinéma", "en": "Set design", "de": "Szenenbild"},
     "synonyms": {"fr": ["décors", "décorateur", "accessoires de tournage"], "en": ["film sets", "production design", "props"], "de": ["Filmkulisse", "Kulissenbau", "Ausstattung"]}},
    {"code": "corporate-video", "branch": "audiovisual-film",
     "label": {"fr": "Film d'entreprise", "en": "Corporate video", "de": "Imagefilm"},
     "synonyms": {"fr": ["vidéo institutionnelle", "vidéo de présentation", "clip promotionnel"], "en": ["company video", "promo video", "brand film"], "de": ["Unternehmensfilm", "Werbevideo", "Firmenvideo"]}},
    {"code": "video-editing", "branch": "audiovisual-film",
     "label": {"fr": "Montage vidéo", "en": "Video editing", "de": "Videoschnitt"},
     "synonyms": {"fr": ["monteur", "post-production", "montage"], "en": ["editing", "post-production", "video editor"], "de": ["Schnitt", "Postproduktion", "Cutter"]}},
    {"code": "cinematography", "branch": "audiovisual-film",
     "label": {"fr": "Direction de la photographie", "en": "Cinematography", "de": "Bildgestaltung"},
     "synonyms": {"fr": ["chef opérateur", "cadreur", "prise de vue"], "en": ["camera operator", "director of photography", "filming"], "de": ["Kameramann", "Kamerafrau", "Dreharbeiten"]}},
    {"code": "screenwriting", "branch": "audiovisual-film",
     "label": {"fr": "Écriture de scénario", "en": "Screenwriting", "de": "Drehbuch"},
     "synonyms": {"fr": ["scénariste", "scénario", "script"], "en": ["script writing", "screenplay", "scriptwriter"], "de": ["Drehbuchautor", "Skript", "Stoffentwicklung"]}},
    {"code": "film-production", "branch": "audiovisual-film",
     "label": {"fr": "Production de films", "en": "Film production", "de": "Filmproduktion"},
     "synonyms": {"fr": ["producteur", "société de production", "tournage"], "en": ["producer", "production company", "film shoot"], "de": ["Produzent", "Produktionsfirma", "Filmdreh"]}},
    {"code": "drone-filming", "branch": "audiovisual-film",
     "label": {"fr": "Prises de vue par drone", "en": "Drone filming", "de": "Drohnenaufnahmen"},
     "synonyms": {"fr": ["drone", "vue aérienne", "vidéo aérienne"], "en": ["drone", "aerial footage", "aerial video"], "de": ["Drohne", "Luftaufnahmen", "Luftbilder"]}},
    {"code": "colour-grading", "branch": "audiovisual-film",
     "label": {"fr": "Étalonnage", "en": "Colour grading", "de": "Farbkorrektur"},
     "synonyms": {"fr": ["correction des couleurs", "étalonneur", "colorimétrie"], "en": ["color correction", "colourist", "grading"], "de": ["Color Grading", "Colorist", "Farbgestaltung"]}},
    # design
    {"code": "packaging", "branch": "design",
     "label": {"fr": "Design d'emballage", "en": "Packaging design", "de": "Verpackungsdesign"},
     "synonyms": {"fr": ["packaging", "emballage", "étiquette"], "en": ["packaging", "labels", "product box"], "de": ["Verpackung", "Etikett", "Produktverpackung"]}},
    {"code": "furniture-design", "branch": "design",
     "label": {"fr": "Design de mobilier", "en": "Furniture design", "de": "Möbeldesign"},
     "synonyms": {"fr": ["meubles", "mobilier sur mesure", "chaises et tables"], "en": ["furniture", "custom furniture", "chairs and tables"], "de": ["Möbel", "Designmöbel", "Möbel nach Maß"]}},
    {"code": "product-design", "branch": "design",
     "label": {"fr": "Design produit", "en": "Product design", "de": "Produktdesign"},
     "synonyms": {"fr": ["design industriel", "prototype", "développement produit"], "en": ["industrial design", "prototyping", "product development"], "de": ["Industriedesign", "Prototyp", "Produktentwicklung"]}},
    {"code": "exhibition-design", "branch": "design",
     "label": {"fr": "Scénographie d'exposition", "en": "Exhibition design", "de": "Ausstellungsgestaltung"},
     "synonyms": {"fr": ["stand de salon", "scénographie", "muséographie"], "en": ["trade fair stand", "exhibition stand", "museum display"], "de": ["Messestand", "Szenografie", "Museumsgestaltung"]}},
    {"code": "service-design", "branch": "design",
     "label": {"fr": "Design de services", "en": "Service design", "de": "Servicedesign"},
     "synonyms": {"fr": ["parcours client", "design thinking", "expérience usager"], "en": ["customer journey", "design thinking", "user experience"], "de": ["Customer Journey", "Design Thinking", "Kundenerlebnis"]}},
    {"code": "textile-design", "branch": "design",
     "label": {"fr": "Design textile", "en": "Textile design", "de": "Textildesign"},
     "synonyms": {"fr": ["motifs", "tissu", "imprimés"], "en": ["patterns", "fabric design", "prints"], "de": ["Stoffdesign", "Muster", "Druckmotive"]}},
    {"code": "retail-design", "branch": "design",
     "label": {"fr": "Aménagement de boutique", "en": "Retail design", "de": "Ladengestaltung"},
     "synonyms": {"fr": ["vitrine", "agencement de magasin", "design de commerce"], "en": ["shop fit-out", "window display", "store design"], "de": ["Schaufenster", "Ladenbau", "Shopdesign"]}},
    {"code": "signage-wayfinding", "branch": "design",
     "label": {"fr": "Signalétique", "en": "Signage & wayfinding", "de": "Leitsysteme"},
     "synonyms": {"fr": ["panneaux", "orientation", "enseigne"], "en": ["signs", "wayfinding", "directional signage"], "de": ["Beschilderung", "Orientierungssystem", "Wegweiser"]}},
    {"code": "eco-design", "branch": "design",
     "label": {"fr": "Écoconception", "en": "Eco-design", "de": "Ökodesign"},
     "synonyms": {"fr": ["design durable", "upcycling", "matériaux recyclés"], "en": ["sustainable design", "upcycling", "circular design"], "de": ["nachhaltiges Design", "Upcycling", "Kreislaufdesign"]}},
    {"code": "lamp-design", "branch": "design",
     "label": {"fr": "Design de luminaires", "en": "Lamp design", "de": "Leuchtendesign"},
     "synonyms": {"fr": ["lampe", "luminaire", "suspension"], "en": ["lamps", "light fittings", "pendant lights"], "de": ["Lampen", "Leuchten", "Hängelampe"]}},
    {"code": "3d-printing", "branch": "design",
     "label": {"fr": "Impression 3D", "en": "3D printing", "de": "3D-Druck"},
     "synonyms": {"fr": ["prototypage rapide", "fabrication additive", "imprimante 3D"], "en": ["rapid prototyping", "additive manufacturing", "3D printer"], "de": ["Rapid Prototyping", "additive Fertigung", "3D-Drucker"]}},
    # gaming
    {"code": "game-design", "branch": "gaming",
     "label": {"fr": "Game design", "en": "Game design", "de": "Game Design"},
     "synonyms": {"fr": ["conception de jeux", "mécaniques de jeu", "règles du jeu"], "en": ["game concept", "gameplay", "game mechanics"], "de": ["Spielkonzept", "Spielmechanik", "Gameplay"]}},
    {"code": "level-design", "branch": "gaming",
     "label": {"fr": "Level design", "en": "Level design", "de": "Leveldesign"},
     "synonyms": {"fr": ["conception de niveaux", "cartes de jeu", "niveaux"], "en": ["map design", "game levels", "world building"], "de": ["Levelgestaltung", "Spielwelten", "Karten"]}},
    {"code": "game-programming", "branch": "gaming",
     "label": {"fr": "Programmation de jeux", "en": "Game programming", "de": "Spieleprogrammierung"},
     "synonyms": {"fr": ["développeur de jeux", "Unity", "Unreal Engine"], "en": ["game developer", "Unity", "Unreal Engine"], "de": ["Spieleentwicklung", "Unity", "Unreal Engine"]}},
    {"code": "serious-games", "branch": "gaming",
     "label": {"fr": "Serious games", "en": "Serious games", "de": "Serious Games"},
     "synonyms": {"fr": ["jeu éducatif", "ludification", "jeu de formation"], "en": ["educational games", "gamification", "training games"], "de": ["Lernspiele", "Gamification", "Trainingsspiele"]}},
    {"code": "game-art", "branch": "gaming",
     "label": {"fr": "Graphisme de jeu", "en": "Game art", "de": "Game Art"},
     "synonyms": {"fr": ["personnages", "décors de jeu", "concept art"], "en": ["characters", "concept art", "game graphics"], "de": ["Spielgrafik", "Charakterdesign", "Concept Art"]}},
    {"code": "3d-modelling", "branch": "gaming",
     "label": {"fr": "Modélisation 3D", "en": "3D modelling", "de": "3D-Modellierung"},
     "synonyms": {"fr": ["modèle 3D", "sculpture numérique", "Blender"], "en": ["3D models", "digital sculpting", "Blender"], "de": ["3D-Modelle", "digitales Modellieren", "Blender"]}},
    {"code": "narrative-design", "branch": "gaming",
     "label": {"fr": "Narration interactive", "en": "Narrative design", "de": "Narrative Design"},
     "synonyms": {"fr": ["scénario de jeu", "dialogues", "histoire interactive"], "en": ["game writing", "interactive storytelling", "dialogue writing"], "de": ["Spielgeschichte", "interaktives Erzählen", "Dialoge"]}},
    {"code": "game-audio", "branch": "gaming",
     "label": {"fr": "Audio pour jeux vidéo", "en": "Game audio", "de": "Game-Audio"},
     "synonyms": {"fr": ["bruitages de jeu", "musique de jeu", "son interactif"], "en": ["game music", "game sound effects", "interactive audio"], "de": ["Spielmusik", "Soundeffekte", "interaktiver Sound"]}},
    {"code": "playtesting", "branch": "gaming",
     "label": {"fr": "Tests de jeu", "en": "Playtesting", "de": "Spieletests"},
     "synonyms": {"fr": ["QA", "testeur", "bêta-test"], "en": ["QA", "game testing", "beta testing"], "de": ["Qualitätssicherung", "Betatest", "Spieletester"]}},
    {"code": "esports-events", "branch": "gaming",
     "label": {"fr": "Événements e-sport", "en": "Esports events", "de": "E-Sport-Events"},
     "synonyms": {"fr": ["tournoi", "compétition de jeux vidéo", "LAN party"], "en": ["tournaments", "gaming competitions", "LAN party"], "de": ["Turnier", "Gaming-Wettbewerb", "LAN-Party"]}},
    {"code": "board-games", "branch": "gaming",
     "label": {"fr": "Jeux de société", "en": "Board games", "de": "Brettspiele"},
     "synonyms": {"fr": ["jeu de plateau", "jeu de cartes", "édition de jeux"], "en": ["tabletop games", "card games", "game publishing"], "de": ["Gesellschaftsspiele", "Kartenspiele", "Spieleverlag"]}},
    # marketing-communication
    {"code": "copywriting", "branch": "marketing-communication",
     "label": {"fr": "Rédaction publicitaire", "en": "Copywriting", "de": "Werbetexten"},
     "synonyms": {"fr": ["textes", "slogan", "rédacteur"], "en": ["copy", "slogans", "ad writing"], "de": ["Texter", "Slogan", "Werbetexte"]}},
    {"code": "social-media", "branch": "marketing-communication",
     "label": {"fr": "Réseaux sociaux", "en": "Social media", "de": "Social Media"},
     "synonyms": {"fr": ["Instagram", "community management", "publications"], "en": ["Instagram", "community management", "posts"], "de": ["Instagram", "Community Management", "Beiträge"]}},
    {"code": "event-communication", "branch": "marketing-communication",
     "label": {"fr": "Communication événementielle", "en": "Event communication", "de": "Eventkommunikation"},
     "synonyms": {"fr": ["événement", "salon", "inauguration"], "en": ["events", "launch party", "trade show"], "de": ["Veranstaltung", "Messe", "Firmenevent"]}},
    {"code": "brand-strategy", "branch": "marketing-communication",
     "label": {"fr": "Stratégie de marque", "en": "Brand strategy", "de": "Markenstrategie"},
     "synonyms": {"fr": ["positionnement", "branding", "plateforme de marque"], "en": ["positioning", "branding", "brand platform"], "de": ["Positionierung", "Branding", "Markenführung"]}},
    {"code": "public-relations", "branch": "marketing-communication",
     "label": {"fr": "Relations presse", "en": "Public relations", "de": "Pressearbeit"},
     "synonyms": {"fr": ["RP", "communiqué de presse", "attaché de presse"], "en": ["PR", "press releases", "media relations"], "de": ["PR", "Pressemitteilung", "Öffentlichkeitsarbeit"]}},
    {"code": "advertising-campaigns", "branch": "marketing-communication",
     "label": {"fr": "Campagnes publicitaires", "en": "Advertising campaigns", "de": "Werbekampagnen"},
     "synonyms": {"fr": ["pub", "affichage", "spot publicitaire"], "en": ["ads", "billboards", "commercials"], "de": ["Werbung", "Plakatwerbung", "Werbespot"]}},
    {"code": "search-marketing", "branch": "marketing-communication",
     "label": {"fr": "Référencement", "en": "Search marketing", "de": "Suchmaschinenmarketing"},
     "synonyms": {"fr": ["SEO", "Google", "visibilité en ligne"], "en": ["SEO", "Google Ads", "online visibility"], "de": ["SEO", "Google-Ranking", "Sichtbarkeit im Netz"]}},
    {"code": "content-marketing", "branch": "marketing-communication",
     "label": {"fr": "Marketing de contenu", "en": "Content marketing", "de": "Content-Marketing"},
     "synonyms": {"fr": ["blog", "newsletter", "articles"], "en": ["blog posts", "newsletter", "articles"], "de": ["Blog", "Newsletter", "Fachartikel"]}},
    {"code": "internal-communication", "branch": "marketing-communication",
     "label": {"fr": "Communication interne", "en": "Internal communication", "de": "Interne Kommunikation"},
     "synonyms": {"fr": ["journal interne", "intranet", "communication RH"], "en": ["staff newsletter", "intranet", "employee engagement"], "de": ["Mitarbeiterzeitung", "Intranet", "Mitarbeiterkommunikation"]}},
    {"code": "market-research", "branch": "marketing-communication",
     "label": {"fr": "Études de marché", "en": "Market research", "de": "Marktforschung"},
     "synonyms": {"fr": ["sondage", "enquête clients", "analyse de la concurrence"], "en": ["surveys", "customer research", "competitor analysis"], "de": ["Umfrage", "Kundenbefragung", "Wettbewerbsanalyse"]}},
    {"code": "influencer-marketing", "branch": "marketing-communication",
     "label": {"fr": "Marketing d'influence", "en": "Influencer marketing", "de": "Influencer-Marketing"},
     "synonyms": {"fr": ["influenceurs", "créateurs de contenu", "ambassadeurs de marque"], "en": ["influencers", "content creators", "brand ambassadors"], "de": ["Influencer", "Content Creator", "Markenbotschafter"]}},
    # fashion
    {"code": "pattern-making", "branch": "fashion",
     "label": {"fr": "Patronage", "en": "Pattern making", "de": "Schnitttechnik"},
     "synonyms": {"fr": ["patron", "modéliste", "gradation"], "en": ["sewing patterns", "pattern cutting", "grading"], "de": ["Schnittmuster", "Schnitterstellung", "Gradierung"]}},
    {"code": "sustainable-fashion", "branch": "fashion",
     "label": {"fr": "Mode durable", "en": "Sustainable fashion", "de": "Nachhaltige Mode"},
     "synonyms": {"fr": ["mode éthique", "slow fashion", "vêtements recyclés"], "en": ["ethical fashion", "slow fashion", "upcycled clothing"], "de": ["Fair Fashion", "Slow Fashion", "Upcycling-Kleidung"]}},
    {"code": "fashion-design", "branch": "fashion",
     "label": {"fr": "Stylisme", "en": "Fashion design", "de": "Modedesign"},
     "synonyms": {"fr": ["créateur de mode", "collection", "vêtements"], "en": ["clothing design", "fashion collection", "designer clothes"], "de": ["Modedesigner", "Kollektion", "Kleidung"]}},
    {"code": "bespoke-tailoring", "branch": "fashion",
     "label": {"fr": "Couture sur mesure", "en": "Bespoke tailoring", "de": "Maßschneiderei"},
     "synonyms": {"fr": ["couturière", "tailleur", "retouches"], "en": ["tailor", "made-to-measure", "alterations"], "de": ["Schneider", "Maßanfertigung", "Änderungsschneiderei"]}},
    {"code": "bridal-wear", "branch": "fashion",
     "label": {"fr": "Robes de mariée", "en": "Bridal wear", "de": "Brautmode"},
     "synonyms": {"fr": ["mariage", "robe de soirée", "tenue de cérémonie"], "en": ["wedding dress", "evening gowns", "ceremony outfits"], "de": ["Brautkleid", "Abendkleid", "Hochzeitsmode"]}},
    {"code": "knitwear", "branch": "fashion",
     "label": {"fr": "Maille", "en": "Knitwear", "de": "Strickmode"},
     "synonyms": {"fr": ["tricot", "pull", "laine"], "en": ["knitting", "jumpers", "wool"], "de": ["Stricken", "Pullover", "Wolle"]}},
    {"code": "fashion-styling", "branch": "fashion",
     "label": {"fr": "Conseil en image", "en": "Fashion styling", "de": "Stilberatung"},
     "synonyms": {"fr": ["styliste", "relooking", "garde-robe"], "en": ["stylist", "makeover", "wardrobe advice"], "de": ["Styling", "Typberatung", "Garderobe"]}},
    {"code": "millinery", "branch": "fashion",
     "label": {"fr": "Chapellerie", "en": "Millinery", "de": "Hutmacherei"},
     "synonyms": {"fr": ["chapeaux", "modiste", "couvre-chef"], "en": ["hats", "hat maker", "headwear"], "de": ["Hüte", "Modistin", "Kopfbedeckungen"]}},
    {"code": "costume-design", "branch": "fashion",
     "label": {"fr": "Création de costumes", "en": "Costume design", "de": "Kostümbild"},
     "synonyms": {"fr": ["costumier", "costumes de scène", "déguisements"], "en": ["stage costumes", "film costumes", "wardrobe department"], "de": ["Kostümbildner", "Bühnenkostüme", "Filmkostüme"]}},
    {"code": "fashion-accessories", "branch": "fashion",
     "label": {"fr": "Accessoires de mode", "en": "Fashion accessories", "de": "Modeaccessoires"},
     "synonyms": {"fr": ["sacs", "foulards", "ceintures"], "en": ["bags", "scarves", "belts"], "de": ["Taschen", "Tücher", "Gürtel"]}},
    {"code": "footwear-design", "branch": "fashion",
     "label": {"fr": "Création de chaussures", "en": "Footwear design", "de": "Schuhdesign"},
     "synonyms": {"fr": ["chaussures", "bottier", "cordonnerie"], "en": ["shoes", "shoemaker", "cobbler"], "de": ["Schuhe", "Schuhmacher", "Maßschuhe"]}},
    # new-media-digital
    {"code": "web-development", "branch": "new-media-digital",
     "label": {"fr": "Développement web", "en": "Web development", "de": "Webentwicklung"},
     "synonyms": {"fr": ["site internet", "site web", "application web"], "en": ["website", "web app", "website builder"], "de": ["Website", "Homepage", "Webanwendung"]}},
    {"code": "ux-research", "branch": "new-media-digital",
     "label": {"fr": "Recherche UX", "en": "UX research", "de": "UX-Research"},
     "synonyms": {"fr": ["tests utilisateurs", "expérience utilisateur", "ergonomie"], "en": ["user testing", "usability", "user interviews"], "de": ["Nutzertests", "Usability", "Nutzerforschung"]}},
    {"code": "ui-design", "branch": "new-media-digital",
     "label": {"fr": "Design d'interface", "en": "UI design", "de": "UI-Design"},
     "synonyms": {"fr": ["interface", "maquettes d'écran", "design d'application"], "en": ["interface design", "app design", "screen mockups"], "de": ["Benutzeroberfläche", "App-Design", "Screendesign"]}},
    {"code": "mobile-apps", "branch": "new-media-digital",
     "label": {"fr": "Applications mobiles", "en": "Mobile apps", "de": "Mobile Apps"},
     "synonyms": {"fr": ["appli", "application iPhone", "application Android"], "en": ["apps", "iPhone app", "Android app"], "de": ["App", "iPhone-App", "Android-App"]}},
    {"code": "virtual-augmented-reality", "branch": "new-media-digital",
     "label": {"fr": "Réalité virtuelle et augmentée", "en": "Virtual & augmented reality", "de": "Virtuelle & erweiterte Realität"},
     "synonyms": {"fr": ["VR", "réalité augmentée", "casque VR"], "en": ["VR", "AR", "mixed reality"], "de": ["VR", "AR", "Augmented Reality"]}},
    {"code": "creative-coding", "branch": "new-media-digital",
     "label": {"fr": "Creative coding", "en": "Creative coding", "de": "Creative Coding"},
     "synonyms": {"fr": ["art génératif", "code créatif", "installation interactive"], "en": ["generative art", "code art", "interactive installations"], "de": ["generative Kunst", "kreatives Programmieren", "interaktive Installation"]}},
    {"code": "e-commerce", "branch": "new-media-digital",
     "label": {"fr": "E-commerce", "en": "E-commerce", "de": "E-Commerce"},
     "synonyms": {"fr": ["boutique en ligne", "vente en ligne", "Shopify"], "en": ["online shop", "web shop", "Shopify"], "de": ["Onlineshop", "Onlinehandel", "Shopify"]}},
    {"code": "data-visualisation", "branch": "new-media-digital",
     "label": {"fr": "Visualisation de données", "en": "Data visualisation", "de": "Datenvisualisierung"},
     "synonyms": {"fr": ["dataviz", "graphiques interactifs", "tableau de bord"], "en": ["dataviz", "interactive charts", "dashboards"], "de": ["Datengrafik", "interaktive Grafiken", "Dashboard"]}},
    {"code": "digital-installations", "branch": "new-media-digital",
     "label": {"fr": "Installations numériques", "en": "Digital installations", "de": "Digitale Installationen"},
     "synonyms": {"fr": ["vidéo mapping", "projection", "dispositif interactif"], "en": ["projection mapping", "media art", "interactive displays"], "de": ["Projection Mapping", "Medienkunst", "interaktive Exponate"]}},
    {"code": "digital-accessibility", "branch": "new-media-digital",
     "label": {"fr": "Accessibilité numérique", "en": "Digital accessibility", "de": "Digitale Barrierefreiheit"},
     "synonyms": {"fr": ["RGAA", "site accessible", "handicap"], "en": ["WCAG", "accessible website", "inclusive design"], "de": ["WCAG", "barrierefreie Website", "Inklusion"]}},
    {"code": "cms-websites", "branch": "new-media-digital",
     "label": {"fr": "Sites avec CMS", "en": "CMS websites", "de": "CMS-Websites"},
     "synonyms": {"fr": ["WordPress", "Wagtail", "site facile à modifier"], "en": ["WordPress", "Wagtail", "editable website"], "de": ["WordPress", "Wagtail", "Redaktionssystem"]}},
    # music
    {"code": "music-composition", "branch": "music",
     "label": {"fr": "Composition musicale", "en": "Music composition", "de": "Komposition"},
     "synonyms": {"fr": ["compositeur", "musique originale", "bande originale"], "en": ["composer", "original score", "soundtrack"], "de": ["Komponist", "Auftragskomposition", "Soundtrack"]}},
    {"code": "sound-design", "branch": "music",
     "label": {"fr": "Design sonore", "en": "Sound design", "de": "Sounddesign"},
     "synonyms": {"fr": ["bruitage", "habillage sonore", "effets sonores"], "en": ["sound effects", "audio branding", "foley"], "de": ["Geräuschemacher", "Soundeffekte", "Audio-Branding"]}},
    {"code": "mixing-mastering", "branch": "music",
     "label": {"fr": "Mixage et mastering", "en": "Mixing & mastering", "de": "Mixing & Mastering"},
     "synonyms": {"fr": ["mix", "finalisation audio", "ingénieur mastering"], "en": ["mixdown", "audio finishing", "mastering engineer"], "de": ["Abmischung", "Mastering-Studio", "Tonmeister"]}},
    {"code": "studio-recording", "branch": "music",
     "label": {"fr": "Enregistrement studio", "en": "Studio recording", "de": "Studioaufnahmen"},
     "synonyms": {"fr": ["studio d'enregistrement", "prise de son", "enregistrer un album"], "en": ["recording studio", "tracking", "record an album"], "de": ["Tonstudio", "Tonaufnahme", "Album aufnehmen"]}},
    {"code": "live-performance", "branch": "music",
     "label": {"fr": "Concerts et prestations live", "en": "Live performance", "de": "Live-Auftritte"},
     "synonyms": {"fr": ["concert", "groupe", "musicien pour mariage"], "en": ["concerts", "band", "wedding musician"], "de": ["Konzert", "Band", "Hochzeitsmusiker"]}},
    {"code": "music-production", "branch": "music",
     "label": {"fr": "Production musicale", "en": "Music production", "de": "Musikproduktion"},
     "synonyms": {"fr": ["beatmaker", "réalisateur artistique", "producteur"], "en": ["beatmaking", "producer", "beats"], "de": ["Produzent", "Beats", "Songproduktion"]}},
    {"code": "arranging", "branch": "music",
     "label": {"fr": "Arrangement", "en": "Arranging", "de": "Arrangement"},
     "synonyms": {"fr": ["orchestration", "arrangeur", "partitions"], "en": ["orchestration", "arranger", "sheet music"], "de": ["Orchestrierung", "Arrangeur", "Notensatz"]}},
    {"code": "live-sound", "branch": "music",
     "label": {"fr": "Sonorisation", "en": "Live sound engineering", "de": "Beschallung"},
     "synonyms": {"fr": ["sono", "ingénieur du son", "régie son"], "en": ["PA system", "sound engineer", "front of house"], "de": ["Tontechnik", "PA-Anlage", "Tontechniker"]}},
    {"code": "music-tuition", "branch": "music",
     "label": {"fr": "Enseignement musical", "en": "Music tuition", "de": "Musikunterricht"},
     "synonyms": {"fr": ["cours de musique", "cours de piano", "professeur de chant"], "en": ["music lessons", "piano lessons", "singing teacher"], "de": ["Musikstunden", "Klavierunterricht", "Gesangslehrer"]}},
    {"code": "djing", "branch": "music",
     "label": {"fr": "DJ", "en": "DJing", "de": "DJ"},
     "synonyms": {"fr": ["disc-jockey", "platines", "soirée dansante"], "en": ["DJ", "disc jockey", "party music"], "de": ["Discjockey", "Plattenaufleger", "Partymusik"]}},
    {"code": "music-for-media", "branch": "music",
     "label": {"fr": "Musique à l'image", "en": "Music for film & media", "de": "Musik für Film & Medien"},
     "synonyms": {"fr": ["musique de film", "musique de pub", "jingle"], "en": ["film music", "ad music", "jingles"], "de": ["Filmmusik", "Werbemusik", "Jingle"]}},
    # graphic-design-illustration
    {"code": "brand-identity", "branch": "graphic-design-illustration",
     "label": {"fr": "Identité visuelle", "en": "Brand identity", "de": "Corporate Design"},
     "synonyms": {"fr": ["logo", "charte graphique", "image de marque"], "en": ["logo", "visual identity", "brand guidelines"], "de": ["Logo", "Markenauftritt", "Erscheinungsbild"]}},
    {"code": "illustration", "branch": "graphic-design-illustration",
     "label": {"fr": "Illustration", "en": "Illustration", "de": "Illustration"},
     "synonyms": {"fr": ["dessin", "illustrateur", "dessin sur commande"], "en": ["drawings", "illustrator", "commissioned artwork"], "de": ["Zeichnung", "Illustrator", "Auftragszeichnung"]}},
    {"code": "typography", "branch": "graphic-design-illustration",
     "label": {"fr": "Typographie", "en": "Typography", "de": "Typografie"},
     "synonyms": {"fr": ["police de caractères", "création de caractères", "lettrage"], "en": ["fonts", "typeface design", "lettering"], "de": ["Schriftarten", "Schriftgestaltung", "Lettering"]}},
    {"code": "motion-design", "branch": "graphic-design-illustration",
     "label": {"fr": "Motion design", "en": "Motion design", "de": "Motion Design"},
     "synonyms": {"fr": ["animation graphique", "vidéo animée", "vidéo explicative"], "en": ["motion graphics", "animated video", "explainer video"], "de": ["Motion Graphics", "animierte Grafik", "Erklärvideo"]}},
    {"code": "print-design", "branch": "graphic-design-illustration",
     "label": {"fr": "Création d'imprimés", "en": "Print design", "de": "Printdesign"},
     "synonyms": {"fr": ["flyer", "affiche", "brochure"], "en": ["flyers", "posters", "brochures"], "de": ["Flyer", "Plakat", "Broschüre"]}},
    {"code": "calligraphy-lettering", "branch": "graphic-design-illustration",
     "label": {"fr": "Calligraphie et lettering", "en": "Calligraphy & lettering", "de": "Kalligrafie & Lettering"},
     "synonyms": {"fr": ["calligraphie", "écriture à la main", "faire-part"], "en": ["calligraphy", "hand lettering", "wedding invitations"], "de": ["Schönschrift", "Handlettering", "Hochzeitseinladungen"]}},
    {"code": "childrens-illustration", "branch": "graphic-design-illustration",
     "label": {"fr": "Illustration jeunesse", "en": "Children's book illustration", "de": "Kinderbuchillustration"},
     "synonyms": {"fr": ["livre pour enfants", "album illustré", "dessins pour enfants"], "en": ["picture books", "kids' books", "drawings for children"], "de": ["Bilderbuch", "Kinderbuch", "Zeichnungen für Kinder"]}},
    {"code": "infographics", "branch": "graphic-design-illustration",
     "label": {"fr": "Infographie", "en": "Infographics", "de": "Infografik"},
     "synonyms": {"fr": ["schéma", "graphique", "carte illustrée"], "en": ["diagrams", "charts", "illustrated maps"], "de": ["Schaubild", "Diagramm", "illustrierte Karte"]}},
    {"code": "comics", "branch": "graphic-design-illustration",
     "label": {"fr": "Bande dessinée", "en": "Comics", "de": "Comics"},
     "synonyms": {"fr": ["BD", "roman graphique", "planches"], "en": ["comic strips", "graphic novel", "cartoons"], "de": ["Graphic Novel", "Bildgeschichte", "Cartoon"]}},
    {"code": "icon-design", "branch": "graphic-design-illustration",
     "label": {"fr": "Pictogrammes", "en": "Icon design", "de": "Icon-Design"},
     "synonyms": {"fr": ["icônes", "picto", "symboles"], "en": ["icons", "pictograms", "symbols"], "de": ["Icons", "Piktogramme", "Symbole"]}},
    {"code": "scientific-illustration", "branch": "graphic-design-illustration",
     "label": {"fr": "Illustration scientifique", "en": "Scientific illustration", "de": "Wissenschaftliche Illustration"},
     "synonyms": {"fr": ["planche botanique", "dessin technique", "illustration médicale"], "en": ["botanical drawing", "technical drawing", "medical illustration"], "de": ["botanische Zeichnung", "technische Zeichnung", "medizinische Illustration"]}},
    # publishing-media
    {"code": "editorial-design", "branch": "publishing-media",
     "label": {"fr": "Mise en page éditoriale", "en": "Editorial design", "de": "Editorial Design"},
     "synonyms": {"fr": ["mise en page", "maquette de magazine", "graphisme de livre"], "en": ["layout", "magazine layout", "book design"], "de": ["Layout", "Zeitschriftengestaltung", "Buchgestaltung"]}},
    {"code": "podcast-production", "branch": "publishing-media",
     "label": {"fr": "Production de podcasts", "en": "Podcast production", "de": "Podcast-Produktion"},
     "synonyms": {"fr": ["podcast", "émission audio", "balado"], "en": ["podcast", "audio show", "podcast editing"], "de": ["Podcast", "Audioformat", "Podcast-Schnitt"]}},
    {"code": "journalism", "branch": "publishing-media",
     "label": {"fr": "Journalisme", "en": "Journalism", "de": "Journalismus"},
     "synonyms": {"fr": ["articles", "reportage écrit", "journaliste"], "en": ["articles", "reporting", "journalist"], "de": ["Artikel", "Reportage", "Journalist"]}},
    {"code": "translation", "branch": "publishing-media",
     "label": {"fr": "Traduction", "en": "Translation", "de": "Übersetzung"},
     "synonyms": {"fr": ["traducteur", "localisation", "contenus multilingues"], "en": ["translator", "localisation", "multilingual content"], "de": ["Übersetzer", "Lokalisierung", "mehrsprachige Inhalte"]}},
    {"code": "proofreading", "branch": "publishing-media",
     "label": {"fr": "Correction et relecture", "en": "Proofreading & editing", "de": "Lektorat & Korrektorat"},
     "synonyms": {"fr": ["correcteur", "relecture", "orthographe"], "en": ["proofreader", "copy editing", "spelling check"], "de": ["Lektor", "Korrekturlesen", "Rechtschreibprüfung"]}},
    {"code": "book-publishing", "branch": "publishing-media",
     "label": {"fr": "Édition de livres", "en": "Book publishing", "de": "Buchverlag"},
     "synonyms": {"fr": ["maison d'édition", "éditeur", "publier un livre"], "en": ["publisher", "publishing house", "publish a book"], "de": ["Verlag", "Verleger", "Buch veröffentlichen"]}},
    {"code": "magazine-publishing", "branch": "publishing-media",
     "label": {"fr": "Presse magazine", "en": "Magazine publishing", "de": "Zeitschriftenverlag"},
     "synonyms": {"fr": ["magazine", "revue", "magazine client"], "en": ["magazine", "periodical", "customer magazine"], "de": ["Magazin", "Zeitschrift", "Kundenmagazin"]}},
    {"code": "ghostwriting", "branch": "publishing-media",
     "label": {"fr": "Prête-plume", "en": "Ghostwriting", "de": "Ghostwriting"},
     "synonyms": {"fr": ["écrivain public", "biographie", "rédaction de mémoires"], "en": ["ghostwriter", "biography", "memoir writing"], "de": ["Ghostwriter", "Biografie", "Memoiren schreiben"]}},
    {"code": "radio-production", "branch": "publishing-media",
     "label": {"fr": "Production radio", "en": "Radio production", "de": "Radioproduktion"},
     "synonyms": {"fr": ["émission de radio", "spot radio", "chronique"], "en": ["radio show", "radio ads", "broadcast"], "de": ["Radiosendung", "Radiowerbung", "Hörfunk"]}},
    {"code": "audiobooks", "branch": "publishing-media",
     "label": {"fr": "Livres audio", "en": "Audiobooks", "de": "Hörbücher"},
     "synonyms": {"fr": ["narration", "voix off", "lecture enregistrée"], "en": ["narration", "voice-over", "spoken word"], "de": ["Sprecher", "Voice-over", "Lesung"]}},
    {"code": "print-production", "branch": "publishing-media",
     "label": {"fr": "Fabrication et impression", "en": "Print production", "de": "Herstellung & Druck"},
     "synonyms": {"fr": ["imprimerie", "impression offset", "choix du papier"], "en": ["printing", "offset printing", "paper choice"], "de": ["Druckerei", "Offsetdruck", "Papierwahl"]}},
    # photography-visual-arts
    {"code": "product-photography", "branch": "photography-visual-arts",
     "label": {"fr": "Photographie de produits", "en": "Product photography", "de": "Produktfotografie"},
     "synonyms": {"fr": ["packshot", "photos pour boutique en ligne", "photos de catalogue"], "en": ["packshots", "e-commerce photos", "catalogue photos"], "de": ["Packshots", "Produktfotos", "Katalogfotos"]}},
    {"code": "portrait-photography", "branch": "photography-visual-arts",
     "label": {"fr": "Portrait photographique", "en": "Portrait photography", "de": "Porträtfotografie"},
     "synonyms": {"fr": ["photo de profil", "portrait corporate", "photographe", "photos d'équipe"], "en": ["headshots", "profile photos", "photographer", "team photos"], "de": ["Bewerbungsfotos", "Business-Porträts", "Fotograf", "Teamfotos"]}},
    {"code": "event-photography", "branch": "photography-visual-arts",
     "label": {"fr": "Photographie d'événements", "en": "Event photography", "de": "Eventfotografie"},
     "synonyms": {"fr": ["photographe de mariage", "reportage photo", "photos de soirée"], "en": ["wedding photographer", "photo coverage", "party photos"], "de": ["Hochzeitsfotograf", "Fotoreportage", "Veranstaltungsfotos"]}},
    {"code": "architectural-photography", "branch": "photography-visual-arts",
     "label": {"fr": "Photographie d'architecture", "en": "Architectural photography", "de": "Architekturfotografie"},
     "synonyms": {"fr": ["photos immobilières", "photos d'intérieur", "photos de bâtiments"], "en": ["real estate photos", "interior photos", "building photography"], "de": ["Immobilienfotos", "Innenraumfotos", "Gebäudefotografie"]}},
    {"code": "painting", "branch": "photography-visual-arts",
     "label": {"fr": "Peinture", "en": "Painting", "de": "Malerei"},
     "synonyms": {"fr": ["tableau", "toile", "artiste peintre"], "en": ["paintings", "canvas", "artist"], "de": ["Gemälde", "Leinwand", "Kunstmaler"]}},
    {"code": "sculpture", "branch": "photography-visual-arts",
     "label": {"fr": "Sculpture", "en": "Sculpture", "de": "Bildhauerei"},
     "synonyms": {"fr": ["statue", "sculpteur", "bronze"], "en": ["statues", "sculptor", "bronze"], "de": ["Skulptur", "Bildhauer", "Bronzeguss"]}},
    {"code": "murals", "branch": "photography-visual-arts",
     "label": {"fr": "Fresques murales", "en": "Murals", "de": "Wandmalerei"},
     "synonyms": {"fr": ["street art", "graffiti", "peinture murale"], "en": ["street art", "graffiti", "wall painting"], "de": ["Streetart", "Graffiti", "Wandbild"]}},
    {"code": "printmaking", "branch": "photography-visual-arts",
     "label": {"fr": "Gravure et estampe", "en": "Printmaking", "de": "Druckgrafik"},
     "synonyms": {"fr": ["sérigraphie", "lithographie", "linogravure"], "en": ["screen printing", "lithography", "linocut"], "de": ["Siebdruck", "Lithografie", "Linolschnitt"]}},
    {"code": "photo-retouching", "branch": "photography-visual-arts",
     "label": {"fr": "Retouche photo", "en": "Photo retouching", "de": "Bildbearbeitung"},
     "synonyms": {"fr": ["Photoshop", "détourage", "retouche beauté"], "en": ["Photoshop", "clipping paths", "image editing"], "de": ["Photoshop", "Freistellen", "Retusche"]}},
    {"code": "food-photography", "branch": "photography-visual-arts",
     "label": {"fr": "Photographie culinaire", "en": "Food photography", "de": "Food-Fotografie"},
     "synonyms": {"fr": ["photos de plats", "photos de restaurant", "stylisme culinaire"], "en": ["dish photos", "restaurant photos", "food styling"], "de": ["Speisenfotos", "Restaurantfotos", "Foodstyling"]}},
    {"code": "curating", "branch": "photography-visual-arts",
     "label": {"fr": "Commissariat d'exposition", "en": "Curating", "de": "Kuratieren"},
     "synonyms": {"fr": ["curateur", "organisation d'exposition", "galerie"], "en": ["curator", "exhibition planning", "gallery"], "de": ["Kurator", "Ausstellungsorganisation", "Galerie"]}},
]

# --------------------------------------------------------------------------
# Cantons and communes (official French commune names, 2024 boundaries).
# The canton of Vianden has only three communes.
# --------------------------------------------------------------------------

CANTONS = [
    {"code": "luxembourg", "label": {"fr": "Luxembourg", "en": "Luxembourg", "de": "Luxemburg"},
     "communes": ["Luxembourg", "Hesperange", "Strassen", "Bertrange", "Walferdange", "Niederanven", "Sandweiler", "Steinsel"]},
    {"code": "esch-sur-alzette", "label": {"fr": "Esch-sur-Alzette", "en": "Esch-sur-Alzette", "de": "Esch an der Alzette"},
     "communes": ["Esch-sur-Alzette", "Differdange", "Dudelange", "Pétange", "Sanem", "Schifflange", "Bettembourg", "Kayl"]},
    {"code": "capellen", "label": {"fr": "Capellen", "en": "Capellen", "de": "Capellen"},
     "communes": ["Mamer", "Steinfort", "Käerjeng", "Kehlen", "Koerich", "Garnich", "Dippach", "Habscht"]},
    {"code": "mersch", "label": {"fr": "Mersch", "en": "Mersch", "de": "Mersch"},
     "communes": ["Mersch", "Lintgen", "Lorentzweiler", "Bissen", "Colmar-Berg", "Larochette", "Helperknapp", "Fischbach"]},
    {"code": "clervaux", "label": {"fr": "Clervaux", "en": "Clervaux", "de": "Clerf"},
     "communes": ["Clervaux", "Troisvierges", "Weiswampach", "Wincrange", "Parc Hosingen"]},
    {"code": "diekirch", "label": {"fr": "Diekirch", "en": "Diekirch", "de": "Diekirch"},
     "communes": ["Diekirch", "Ettelbruck", "Erpeldange-sur-Sûre", "Bettendorf", "Schieren", "Bourscheid", "Feulen", "Vallée de l'Ernz"]},
    {"code": "redange", "label": {"fr": "Redange", "en": "Redange", "de": "Redingen"},
     "communes": ["Redange", "Beckerich", "Ell", "Préizerdaul", "Rambrouch", "Saeul", "Useldange", "Vichten"]},
    {"code": "vianden", "label": {"fr": "Vianden", "en": "Vianden", "de": "Vianden"},
     "communes": ["Vianden", "Putscheid", "Tandel"]},
    {"code": "wiltz", "label": {"fr": "Wiltz", "en": "Wiltz", "de": "Wiltz"},
     "communes": ["Wiltz", "Boulaide", "Esch-sur-Sûre", "Goesdorf", "Kiischpelt", "Lac de la Haute-Sûre", "Winseler"]},
    {"code": "echternach", "label": {"fr": "Echternach", "en": "Echternach", "de": "Echternach"},
     "communes": ["Echternach", "Beaufort", "Bech", "Berdorf", "Consdorf", "Rosport-Mompach", "Waldbillig"]},
    {"code": "grevenmacher", "label": {"fr": "Grevenmacher", "en": "Grevenmacher", "de": "Grevenmacher"},
     "communes": ["Grevenmacher", "Junglinster", "Betzdorf", "Biwer", "Flaxweiler", "Manternach", "Mertert", "Wormeldange"]},
    {"code": "remich", "label": {"fr": "Remich", "en": "Remich", "de": "Remich"},
     "communes": ["Remich", "Mondorf-les-Bains", "Schengen", "Dalheim", "Lenningen", "Stadtbredimus"]},
]

# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

FIRST_NAMES = [
    # Luxembourgish and French
    "Marc", "Luc", "Gilles", "Claude", "Yves", "Sven", "Laurent", "Jeff", "Tom", "Ben", "Pit", "Mett",
    "Anne", "Carole", "Nathalie", "Tessy", "Nadine", "Lynn", "Joëlle", "Martine", "Lena", "Mia",
    "Léa", "Chloé", "Sophie", "Claire", "Émile", "Camille",
    # Portuguese
    "João", "Tiago", "Rui", "Pedro", "Diogo", "Inês", "Ana", "Beatriz", "Mariana", "Filipa",
    # Italian
    "Luca", "Marco", "Matteo", "Giulia", "Francesca", "Chiara",
    # German
    "Jonas", "Lukas", "Felix", "Katrin", "Julia", "Anja",
    # others
    "Amira", "Mehdi", "Yasmine", "Nikola", "Aleksandra", "Tomasz", "Elif", "Kofi", "Sara", "Noah",
]

LAST_NAMES = [
    # Luxembourgish
    "Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Kremer", "Schroeder", "Reuter", "Feltgen",
    "Kieffer", "Hansen", "Weis", "Schiltz", "Goergen", "Steichen", "Majerus", "Bintner", "Kayser", "Theisen",
    "Wirtz", "Klein", "Ries", "Lentz", "Schumacher", "Faber", "Zeimet", "Welter", "Origer", "Frisch",
    "Scholtes", "Hilbert",
    # French
    "Dupont", "Lefèvre", "Moreau", "Girard", "Mercier", "Fournier", "Lambert", "Rousseau", "Garnier", "Chevalier",
    # Portuguese
    "da Silva", "Ferreira", "Pereira", "Santos", "Gonçalves", "Rodrigues", "Fernandes", "Oliveira", "Costa", "Marques",
    "Carvalho", "Almeida", "Sousa", "Lopes",
    # Italian
    "Rossi", "Bianchi", "Ferraro", "Romano", "Colombo", "Esposito", "Ricci", "Marino", "De Luca", "Conti",
    # German
    "Becker", "Fischer", "Schneider", "Neumann", "Krause", "Zimmermann", "Braun",
    # others
    "Nowak", "Kowalski", "Petrović", "Yılmaz", "Haddad", "Mensah", "Berisha",
]

COMPANY_WORDS = {
    "architecture": ["Atelier", "Bureau", "Ligne", "Volume", "Trame", "Plan", "Axe", "Espace", "Module", "Structura"],
    "arts-crafts": ["Argile", "Forge", "Copeau", "Établi", "Fil d'Or", "Métiers", "Handwierk", "Glasshouse", "Émail"],
    "audiovisual-film": ["Films", "Pictures", "Frame", "Lumière", "Bobine", "Focus", "Reel", "Travelling", "Plan-Séquence"],
    "design": ["Design", "Forme", "Objet", "Form", "Matière", "Prototype", "Kontur", "Détail", "Usage"],
    "gaming": ["Games", "Pixel", "Level", "Quest", "Arcade", "Respawn", "Bitforge", "Joystick", "Play"],
    "marketing-communication": ["Agence", "Communication", "Signal", "Echo", "Impact", "Voices", "Relais", "Brand Lab", "Message"],
    "fashion": ["Maison", "Couture", "Fil", "Ourlet", "Tissu", "Label", "Stoff", "Mode", "Bouton"],
    "new-media-digital": ["Digital", "Labs", "Code", "Byte", "Interactive", "Stack", "Node", "Loop", "Data", "Pixelwerk"],
    "music": ["Records", "Sound", "Tempo", "Écho", "Resonanz", "Groove", "Notes", "Accord", "Beat", "Klang"],
    "graphic-design-illustration": ["Graphik", "Ink", "Encre", "Papier", "Typo", "Trait", "Crayon", "Grafik", "Pixel & Plume"],
    "publishing-media": ["Éditions", "Verlag", "Press", "Média", "Chroniques", "Feuillet", "Marge", "Kapitel", "Lettres"],
    "photography-visual-arts": ["Photo", "Objectif", "Chambre Claire", "Focale", "Galerie", "Blende", "Contraste", "Atelier Noir", "Lichtbild"],
}

COMPANY_PATTERNS = [
    "{word} {last}",
    "Studio {word}",
    "{last} & Partners",
    "{word} Collective",
    "{word} {place}",
    "Atelier {last}",
    "{last} {word}",
    "{word} & Co.",
    "{last} & {word}",
    "Maison {last}",
]

# Fictional Luxembourg businesses and institutions.
CLIENTS = [
    "Boulangerie Kremer", "Domaine Hoffmann-Weis", "Moselle Lodge Hotel", "Café Schumann & Fils",
    "Nordlicht Bikes", "Fiduciaire Kass & Associés", "Garage Thill Frères", "Fleuriste Marguerite",
    "Ferme biologique Pëtz", "Lëtzebuerger Kéisbuttek", "Résidence seniors Belair", "Mediahaus Uelzecht",
    "Théâtre des Ardoises", "Musée rural de l'Oesling", "Fondation Lumière d'Alzette", "Centre culturel Duerfhaus",
    "Amis de la Sûre asbl", "Office du tourisme Mëllerdall-Ouest", "Reuter & Da Silva Avocats", "Pharmacie Goldknapp",
    "Optique Feltgen", "Bijouterie Wagener-Lenz", "Kayl Horizon Immobilier", "Clinique vétérinaire Op der Heed",
    "Brasserie artisanale Schlassbier", "Crèche Kleng Stären", "Campus Minett Formation", "Pixelbréck Labs",
    "Kapital Nord Fintech", "Transports Hengen", "Épicerie fine Mosel & Co", "Chocolaterie Zidor",
    "Studio de yoga Mëttelpunkt", "Vëlo-Atelier Hosingen", "Festival Summerwand", "Ensemble Bleesbréck",
    "Mutuelle Entraide Lux", "Coopérative Äppelbam", "Galerie Rouge-Gorge", "Maison des jeunes Kayldall",
]

# --------------------------------------------------------------------------
# Taglines and biographies
# --------------------------------------------------------------------------

TAGLINES = {
    "fr": [
        "{skill1} et {skill2}, depuis {commune}",
        "{branch} sur mesure, au cœur du Luxembourg",
        "Des idées claires, un travail soigné : {skill1} à {commune}",
        "{skill1} pour les marques qui ont quelque chose à dire",
        "Votre partenaire en {skill1} au Luxembourg",
        "Depuis {commune} vers le monde : {skill1} et {skill2}",
        "{skill1}, {skill2} et beaucoup de curiosité",
        "Un regard neuf sur la filière {branch} au Luxembourg",
        "Circuits courts, grandes idées : {skill1} à {commune}",
        "Imaginer, tester, affiner : {skill1} avec exigence",
        "{skill1} et {skill2} pour des projets ambitieux",
        "Le souci du détail, en {skill1} comme en {skill2}",
        "Des racines à {commune}, un regard sur la Grande Région",
        "{branch} : des projets qui durent",
        "Du concept à la réalisation : {skill1}",
    ],
    "en": [
        "{skill1} and {skill2}, made in {commune}",
        "Tailor-made {branch} in the heart of Luxembourg",
        "Clear ideas, careful work: {skill1} in {commune}",
        "{skill1} for brands with something to say",
        "Your partner for {skill1} in Luxembourg",
        "From {commune} to the world: {skill1} and {skill2}",
        "{skill1}, {skill2} and plenty of curiosity",
        "A fresh take on {branch} in Luxembourg",
        "Short paths, big ideas: {skill1} in {commune}",
        "Imagine, test, refine: {skill1} done properly",
        "{skill1} and {skill2} for ambitious projects",
        "Attention to detail, in {skill1} as in {skill2}",
        "Rooted in {commune}, looking out to the Greater Region",
        "{branch}: projects built to last",
        "From concept to delivery: {skill1}",
    ],
    "de": [
        "{skill1} und {skill2} aus {commune}",
        "{branch} nach Maß, mitten in Luxemburg",
        "Klare Ideen, sorgfältige Arbeit: {skill1} in {commune}",
        "{skill1} für Marken, die etwas zu sagen haben",
        "Ihr Partner für {skill1} in Luxemburg",
        "Von {commune} in die Welt: {skill1} und {skill2}",
        "{skill1}, {skill2} und jede Menge Neugier",
        "Ein frischer Blick auf {branch} in Luxemburg",
        "Kurze Wege, große Ideen: {skill1} in {commune}",
        "Entwerfen, testen, verfeinern: {skill1} mit Anspruch",
        "{skill1} und {skill2} für ehrgeizige Projekte",
        "Liebe zum Detail, bei {skill1} wie bei {skill2}",
        "Verwurzelt in {commune}, mit Blick auf die Großregion",
        "{branch}: Projekte, die bleiben",
        "Vom Konzept bis zur Umsetzung: {skill1}",
    ],
}

# The French and German sentences avoid gendered adjectives and pronouns for
# {name}, which may be a person, a studio or an association.
BIO_OPENINGS = {
    "fr": [
        "Depuis {year}, {name} développe à {commune} des projets dans la filière {branch}.",
        "L'aventure commence en {year} à {commune} : {name} veut alors faire bouger la filière {branch} au Luxembourg.",
        "À {commune}, {name} imagine depuis {year} des projets en {branch} pour des clients publics et privés.",
        "{name} accompagne entreprises, institutions et particuliers depuis {year}, avec {commune} comme port d'attache.",
        "En {year}, à {commune}, {name} ouvre pour la première fois les portes de son atelier.",
        "{name} fait partie de la filière {branch} luxembourgeoise depuis {year} et travaille surtout à {commune} et dans les environs.",
        "Avec un pied à {commune} et l'autre dans la Grande Région, {name} s'investit dans la filière {branch} depuis {year}.",
        "{name} travaille depuis {year} dans la filière {branch}, au plus près de ses clients, à {commune} et partout au Luxembourg.",
        "Depuis {year}, {name} met son savoir-faire en {branch} au service de projets très variés, à {commune} comme ailleurs.",
        "Tout commence en {year}, dans un petit local à {commune} : {name} y pose les bases d'une pratique exigeante en {branch}.",
        "Depuis {year}, {name} est une adresse de référence à {commune} pour les projets en {branch}.",
        "Au Luxembourg depuis {year}, {name} mène des projets en {branch} avec curiosité et rigueur, depuis un studio situé à {commune}.",
    ],
    "en": [
        "Since {year}, {name} has been developing projects in {branch} from {commune}.",
        "The story began in {year} in {commune}: {name} set out to shake up {branch} in Luxembourg.",
        "In {commune}, {name} has been creating {branch} projects for public and private clients since {year}.",
        "{name} has been supporting businesses, institutions and individuals since {year}, with {commune} as home base.",
        "In {year}, in {commune}, {name} first opened the studio doors.",
        "{name} has been part of Luxembourg's {branch} scene since {year} and works mainly in and around {commune}.",
        "With one foot in {commune} and the other in the Greater Region, {name} has been active in {branch} since {year}.",
        "{name} has worked in {branch} since {year}, staying close to clients in {commune} and across Luxembourg.",
        "Since {year}, {name} has put expertise in {branch} to work on a wide range of projects, in {commune} and beyond.",
        "It all started in {year} in a small space in {commune}, where {name} laid the foundations of a demanding {branch} practice.",
        "Since {year}, {name} has been a go-to address in {commune} for {branch} projects.",
        "Active in Luxembourg since {year}, {name} runs {branch} projects with curiosity and rigour from a studio in {commune}.",
    ],
    "de": [
        "Seit {year} entwickelt {name} von {commune} aus Projekte im Bereich {branch}.",
        "Die Geschichte beginnt {year} in {commune}: {name} möchte dem Bereich {branch} in Luxemburg neue Impulse geben.",
        "In {commune} realisiert {name} seit {year} Projekte im Bereich {branch} für öffentliche und private Auftraggeber.",
        "Seit {year} begleitet {name} Unternehmen, Institutionen und Privatpersonen – mit festem Standort in {commune}.",
        "Im Jahr {year} öffnete {name} in {commune} zum ersten Mal die Türen des eigenen Ateliers.",
        "{name} gehört seit {year} zur Luxemburger Szene im Bereich {branch} und arbeitet vor allem in {commune} und Umgebung.",
        "Mit einem Standbein in {commune} und einem in der Großregion ist {name} seit {year} im Bereich {branch} aktiv.",
        "{name} arbeitet seit {year} im Bereich {branch} – nah an den Kunden in {commune} und im ganzen Land.",
        "Seit {year} bringt {name} Fachwissen im Bereich {branch} in die unterschiedlichsten Projekte ein, in {commune} und darüber hinaus.",
        "Alles begann {year} in einem kleinen Raum in {commune}, wo {name} den Grundstein für eine anspruchsvolle Arbeit im Bereich {branch} legte.",
        "Seit {year} ist {name} in {commune} eine feste Adresse für Projekte im Bereich {branch}.",
        "Seit {year} in Luxemburg aktiv, setzt {name} Projekte im Bereich {branch} mit Neugier und Sorgfalt um – von einem Studio in {commune} aus.",
    ],
}

BIO_MIDDLES = {
    "fr": [
        "Le travail s'articule autour de trois axes : {skill1}, {skill2} et {skill3}.",
        "Parmi les projets récents figure une mission en {skill1} pour {client}.",
        "Pour {client}, le projet a combiné {skill1} et {skill2} afin d'aboutir à un ensemble plus cohérent.",
        "Chaque mission commence par une écoute attentive, puis avance par petites étapes, en {skill1} comme en {skill2}.",
        "Le savoir-faire couvre {skill1}, {skill2} et, sur demande, {skill3}.",
        "{client} fait partie des clients fidèles, notamment pour des projets en {skill1}.",
        "Du premier croquis à la livraison, chaque projet en {skill1} est suivi de bout en bout.",
        "Une attention particulière est portée aux matériaux, aux délais et au budget, notamment en {skill2}.",
        "Récemment, un projet mené pour {client} a permis d'explorer de nouvelles pistes en {skill3}.",
        "Les références comptent des associations, des PME et des institutions publiques comme {client}.",
        "La démarche associe rigueur technique et sens du récit, en {skill1} autant qu'en {skill2}.",
        "Travailler en {skill1} au Luxembourg, c'est aussi jongler avec trois langues : un atout pour des clients comme {client}.",
        "Les projets en {skill2} et en {skill3} se font souvent avec d'autres créatifs de la région.",
        "Avec {client}, une collaboration au long cours s'est construite, d'abord en {skill1}, puis en {skill2}.",
        "Petit budget ou grand projet : chaque demande en {skill3} reçoit le même soin.",
    ],
    "en": [
        "The work revolves around three areas: {skill1}, {skill2} and {skill3}.",
        "Recent projects include work in {skill1} for {client}.",
        "For {client}, the project combined {skill1} and {skill2} to create a more coherent whole.",
        "Every assignment starts with careful listening, then moves forward in small steps, in {skill1} as much as in {skill2}.",
        "The expertise covers {skill1}, {skill2} and, on request, {skill3}.",
        "{client} is among the regular clients, particularly for {skill1} projects.",
        "From the first sketch to final delivery, every {skill1} project is handled from start to finish.",
        "Particular attention is paid to materials, deadlines and budget, especially in {skill2}.",
        "A recent project for {client} opened up new directions in {skill3}.",
        "References include associations, SMEs and public institutions such as {client}.",
        "The approach combines technical rigour with a sense of storytelling, in {skill1} as much as in {skill2}.",
        "Working in {skill1} in Luxembourg also means juggling three languages, a real asset for clients like {client}.",
        "Projects in {skill2} and {skill3} are often carried out with other creatives from the region.",
        "With {client}, a long-term collaboration has grown, first in {skill1} and then in {skill2}.",
        "Small budget or major project: every {skill3} request gets the same care.",
    ],
    "de": [
        "Die Arbeit dreht sich um drei Schwerpunkte: {skill1}, {skill2} und {skill3}.",
        "Zu den jüngsten Projekten gehört ein Auftrag im Bereich {skill1} für {client}.",
        "Für {client} verband das Projekt {skill1} und {skill2} zu einem stimmigen Gesamtbild.",
        "Jeder Auftrag beginnt mit aufmerksamem Zuhören und entwickelt sich dann in kleinen Schritten weiter – bei {skill1} ebenso wie bei {skill2}.",
        "Das Leistungsspektrum umfasst {skill1}, {skill2} und auf Anfrage auch {skill3}.",
        "{client} gehört zu den Stammkunden, vor allem bei Projekten im Bereich {skill1}.",
        "Vom ersten Entwurf bis zur Abgabe wird jedes Projekt im Bereich {skill1} durchgehend betreut.",
        "Besonderes Augenmerk gilt Materialien, Terminen und Budget, gerade im Bereich {skill2}.",
        "Ein aktuelles Projekt für {client} hat neue Wege im Bereich {skill3} eröffnet.",
        "Zu den Referenzen zählen Vereine, KMU und öffentliche Einrichtungen wie {client}.",
        "Der Ansatz verbindet technische Präzision mit erzählerischem Gespür – bei {skill1} ebenso wie bei {skill2}.",
        "Wer in Luxemburg im Bereich {skill1} arbeitet, jongliert mit drei Sprachen – ein echter Vorteil für Kunden wie {client}.",
        "Projekte in den Bereichen {skill2} und {skill3} entstehen oft gemeinsam mit anderen Kreativen aus der Region.",
        "Mit {client} ist eine langjährige Zusammenarbeit entstanden, zunächst im Bereich {skill1}, dann im Bereich {skill2}.",
        "Kleines Budget oder großes Projekt: Jede Anfrage im Bereich {skill3} wird mit derselben Sorgfalt behandelt.",
    ],
}

BIO_CLOSINGS = {
    "fr": [
        "Disponible pour de nouveaux projets au Luxembourg et dans la Grande Région.",
        "Les échanges se font volontiers en français, en anglais, en allemand ou en luxembourgeois.",
        "Les collaborations avec d'autres créatifs sont toujours les bienvenues.",
        "Un premier rendez-vous, sans engagement, permet souvent de clarifier le projet.",
        "La durabilité et le choix de partenaires locaux guident chaque décision.",
        "Les demandes des associations et des jeunes entreprises reçoivent une attention particulière.",
        "Des devis transparents et des délais tenus font partie des engagements.",
        "Pour toute demande envoyée via le formulaire de cette page, {name} répond en général sous 48 heures.",
        "Des ateliers et des interventions en milieu scolaire sont également proposés sur demande.",
        "Chaque projet est l'occasion d'apprendre, et de partager ce qui a été appris.",
    ],
    "en": [
        "Available for new projects in Luxembourg and the Greater Region.",
        "Happy to work in French, English, German or Luxembourgish.",
        "Collaborations with other creatives are always welcome.",
        "A first, no-obligation meeting often helps to clarify the project.",
        "Sustainability and the choice of local partners guide every decision.",
        "Requests from associations and start-ups receive particular attention.",
        "Transparent quotes and deadlines that are met are part of the commitment.",
        "{name} usually replies within 48 hours to requests sent through the form on this page.",
        "Workshops and school visits are also available on request.",
        "Every project is a chance to learn, and to share what has been learned.",
    ],
    "de": [
        "Offen für neue Projekte in Luxemburg und der Großregion.",
        "Gespräche sind gerne auf Französisch, Englisch, Deutsch oder Luxemburgisch möglich.",
        "Kooperationen mit anderen Kreativen sind jederzeit willkommen.",
        "Ein erstes, unverbindliches Gespräch hilft oft, das Projekt zu klären.",
        "Nachhaltigkeit und die Wahl lokaler Partner prägen jede Entscheidung.",
        "Anfragen von Vereinen und Start-ups werden mit besonderer Aufmerksamkeit behandelt.",
        "Transparente Angebote und verlässlich eingehaltene Termine gehören zum Selbstverständnis.",
        "Auf Anfragen über das Formular auf dieser Seite antwortet {name} in der Regel innerhalb von 48 Stunden.",
        "Auf Anfrage werden auch Workshops und Schulbesuche angeboten.",
        "Jedes Projekt ist eine Gelegenheit zu lernen – und das Gelernte weiterzugeben.",
    ],
}

# --------------------------------------------------------------------------
# Portfolio
# --------------------------------------------------------------------------

PORTFOLIO_TITLES = {
    "fr": {
        "image": [
            "{client} : {skill1}",
            "{skill1} pour {client}",
            "Série « {skill1} »",
            "{client}, étude de cas",
            "Carnet de recherche : {skill1}",
            "{client} – vue d'ensemble",
            "Étude {skill1} n° 3",
            "{skill1} : détail",
            "Projet {client}",
            "{skill1}, variations",
        ],
        "video": [
            "{client} – le film",
            "Making-of : {skill1} pour {client}",
            "Bande-annonce {client}",
            "{skill1} en mouvement",
            "Dans les coulisses : {client}",
            "Teaser {client}",
            "Film de présentation – {client}",
            "{skill1} : le processus en 90 secondes",
            "Entretien : {client}",
            "Timelapse – {skill1}",
        ],
        "audio": [
            "Ambiance sonore – {client}",
            "Jingle {client}",
            "{skill1} : extrait",
            "Podcast : conversation avec {client}",
            "Maquette audio – {skill1}",
            "Thème principal pour {client}",
            "Session live – {skill1}",
            "Identité sonore {client}",
            "Entretien : {skill1} au quotidien",
            "Spot radio {client}",
        ],
        "pdf": [
            "Dossier de présentation – {client}",
            "Étude de cas : {skill1}",
            "Portfolio {skill1}",
            "Rapport de projet {client}",
            "Brochure {client}",
            "Cahier des charges – {skill1}",
            "Dépliant {client}",
            "Fiche technique : {skill1}",
            "Catalogue d'exposition – {client}",
            "Note d'intention – {skill1}",
        ],
    },
    "en": {
        "image": [
            "{client}: {skill1}",
            "{skill1} for {client}",
            "Series: {skill1}",
            "{client}, case study",
            "Research notes: {skill1}",
            "{client} – overview",
            "{skill1} study no. 3",
            "{skill1}: detail",
            "Project {client}",
            "{skill1}, variations",
        ],
        "video": [
            "{client} – the film",
            "Making-of: {skill1} for {client}",
            "{client} trailer",
            "{skill1} in motion",
            "Behind the scenes: {client}",
            "{client} teaser",
            "Showcase film – {client}",
            "{skill1}: the process in 90 seconds",
            "Interview: {client}",
            "Timelapse – {skill1}",
        ],
        "audio": [
            "Soundscape – {client}",
            "{client} jingle",
            "{skill1}: excerpt",
            "Podcast: in conversation with {client}",
            "Audio demo – {skill1}",
            "Main theme for {client}",
            "Live session – {skill1}",
            "{client} sound identity",
            "Interview: {skill1} day to day",
            "{client} radio spot",
        ],
        "pdf": [
            "Presentation pack – {client}",
            "Case study: {skill1}",
            "{skill1} portfolio",
            "{client} project report",
            "{client} brochure",
            "Brief – {skill1}",
            "{client} leaflet",
            "Fact sheet: {skill1}",
            "Exhibition catalogue – {client}",
            "Statement of intent – {skill1}",
        ],
    },
    "de": {
        "image": [
            "{client}: {skill1}",
            "{skill1} für {client}",
            "Serie: {skill1}",
            "{client} – Fallstudie",
            "Arbeitsnotizen: {skill1}",
            "{client} – Gesamtansicht",
            "Studie {skill1} Nr. 3",
            "{skill1}: Detail",
            "Projekt {client}",
            "{skill1}, Variationen",
        ],
        "video": [
            "{client} – der Film",
            "Making-of: {skill1} für {client}",
            "Trailer {client}",
            "{skill1} in Bewegung",
            "Hinter den Kulissen: {client}",
            "Teaser {client}",
            "Präsentationsfilm – {client}",
            "{skill1}: der Prozess in 90 Sekunden",
            "Interview: {client}",
            "Zeitraffer – {skill1}",
        ],
        "audio": [
            "Klangkulisse – {client}",
            "Jingle {client}",
            "{skill1}: Ausschnitt",
            "Podcast: im Gespräch mit {client}",
            "Audio-Demo – {skill1}",
            "Titelmusik für {client}",
            "Live-Session – {skill1}",
            "Sound-Identität {client}",
            "Interview: {skill1} im Alltag",
            "Radiospot {client}",
        ],
        "pdf": [
            "Präsentationsmappe – {client}",
            "Fallstudie: {skill1}",
            "Portfolio {skill1}",
            "Projektbericht {client}",
            "Broschüre {client}",
            "Lastenheft – {skill1}",
            "Faltblatt {client}",
            "Datenblatt: {skill1}",
            "Ausstellungskatalog – {client}",
            "Konzeptpapier – {skill1}",
        ],
    },
}

PORTFOLIO_CAPTIONS = {
    "fr": [
        "Réalisé pour {client} en {year}.",
        "Projet mené à {commune} en {year}, en étroite collaboration avec {client}.",
        "Commande passée par {client}, livrée en {year}.",
        "Présenté au public à {commune} en {year}.",
        "Une étape clé du partenariat avec {client}, entamé en {year}.",
        "Prise de vue : {commune}, {year}.",
        "Prototype développé en {year}, avant la version finale pour {client}.",
        "Extrait d'un projet plus vaste pour {client}, {commune}, {year}.",
        "Projet lauréat d'un appel à projets lancé par {client} en {year}.",
        "Installation temporaire à {commune}, printemps {year}.",
        "Recherche personnelle ({year}), réinterprétée ensuite pour {client}.",
        "Publié avec l'accord du client : {client} ({commune}, {year}).",
    ],
    "en": [
        "Created for {client} in {year}.",
        "Project carried out in {commune} in {year}, in close collaboration with {client}.",
        "Commissioned by {client}, delivered in {year}.",
        "Presented to the public in {commune} in {year}.",
        "A key step in the partnership with {client}, which began in {year}.",
        "Shot in {commune}, {year}.",
        "Prototype developed in {year}, ahead of the final version for {client}.",
        "Excerpt from a larger project for {client}, {commune}, {year}.",
        "Winning entry in a call for projects launched by {client} in {year}.",
        "Temporary installation in {commune}, spring {year}.",
        "Personal research ({year}), later reinterpreted for {client}.",
        "Published with the client's permission: {client} ({commune}, {year}).",
    ],
    "de": [
        "Entstanden für {client} im Jahr {year}.",
        "Projekt in {commune}, {year}, in enger Zusammenarbeit mit {client}.",
        "Im Auftrag von {client}, fertiggestellt {year}.",
        "{year} in {commune} öffentlich vorgestellt.",
        "Ein wichtiger Schritt in der Partnerschaft mit {client}, die {year} begann.",
        "Aufnahme: {commune}, {year}.",
        "Prototyp aus dem Jahr {year}, vor der endgültigen Fassung für {client}.",
        "Auszug aus einem größeren Projekt für {client}, {commune}, {year}.",
        "Siegerbeitrag eines Projektaufrufs von {client} aus dem Jahr {year}.",
        "Temporäre Installation in {commune}, Frühjahr {year}.",
        "Freie Recherche ({year}), später für {client} neu interpretiert.",
        "Veröffentlicht mit Zustimmung des Kunden: {client} ({commune}, {year}).",
    ],
}

PORTFOLIO_CREDITS = {
    "fr": [
        "Direction artistique : {name} · Photo : {last}",
        "Conception : {name} · Réalisation : Atelier {last}",
        "Concept et design : {name} · Assistanat : {last}",
        "Production : {name} · Montage : {last}",
        "Idée originale : {name} · Textes : {last}",
        "© {name} · Photographie : {last}",
        "Projet : {name} · Fabrication : {last}",
        "Direction de projet : {name} · Son : {last}",
    ],
    "en": [
        "Art direction: {name} · Photo: {last}",
        "Concept: {name} · Execution: Atelier {last}",
        "Concept & design: {name} · Assistant: {last}",
        "Production: {name} · Editing: {last}",
        "Original idea: {name} · Copy: {last}",
        "© {name} · Photography: {last}",
        "Project: {name} · Fabrication: {last}",
        "Project lead: {name} · Sound: {last}",
    ],
    "de": [
        "Art Direction: {name} · Foto: {last}",
        "Konzeption: {name} · Umsetzung: Atelier {last}",
        "Konzept & Design: {name} · Assistenz: {last}",
        "Produktion: {name} · Schnitt: {last}",
        "Idee: {name} · Text: {last}",
        "© {name} · Fotografie: {last}",
        "Projekt: {name} · Fertigung: {last}",
        "Projektleitung: {name} · Ton: {last}",
    ],
}

ALT_TEXTS = {
    "fr": [
        "Composition abstraite aux tons chauds pour un projet en {skill1} destiné à {client}",
        "Formes géométriques bleues et ocre, visuel d'un projet en {skill1} pour {client}",
        "Dégradé doux du vert sauge au gris clair, illustrant le travail en {skill1} pour {client}",
        "Cercles superposés sur fond crème, image générée pour {client} ({skill1})",
        "Fines lignes diagonales sur fond sombre, évoquant le projet en {skill1} pour {client}",
        "Mosaïque de carrés colorés évoquant le projet en {skill1} pour {client}",
        "Taches d'aquarelle dans des tons rose et bleu, visuel abstrait du projet en {skill1} pour {client}",
        "Vagues stylisées en noir et blanc, image d'ambiance pour {client} ({skill1})",
        "Grille de points orange sur fond bleu nuit, visuel du projet en {skill1} pour {client}",
        "Formes organiques aux couleurs pastel, composition abstraite pour {client}, projet en {skill1}",
    ],
    "en": [
        "Abstract composition in warm tones for a project in {skill1} for {client}",
        "Blue and ochre geometric shapes, visual for a project in {skill1} for {client}",
        "Soft gradient from sage green to light grey, illustrating work in {skill1} for {client}",
        "Overlapping circles on a cream background, generated image for {client} ({skill1})",
        "Thin diagonal lines on a dark background, evoking the {skill1} project for {client}",
        "Mosaic of coloured squares evoking the {skill1} project for {client}",
        "Watercolour blots in pink and blue tones, abstract visual for the {skill1} project for {client}",
        "Stylised black and white waves, mood image for {client} ({skill1})",
        "Grid of orange dots on a midnight-blue background, visual of the {skill1} project for {client}",
        "Organic shapes in pastel colours, abstract composition for {client}, {skill1} project",
    ],
    "de": [
        "Abstrakte Komposition in warmen Farbtönen zu einem Projekt im Bereich {skill1} für {client}",
        "Blaue und ockerfarbene geometrische Formen, Visual zu einem Projekt im Bereich {skill1} für {client}",
        "Sanfter Farbverlauf von Salbeigrün zu Hellgrau als Illustration der Arbeit im Bereich {skill1} für {client}",
        "Überlappende Kreise auf cremefarbenem Hintergrund, generiertes Bild für {client} ({skill1})",
        "Feine diagonale Linien auf dunklem Grund, angelehnt an das Projekt im Bereich {skill1} für {client}",
        "Mosaik aus farbigen Quadraten zum Projekt im Bereich {skill1} für {client}",
        "Aquarellflecken in Rosa- und Blautönen, abstraktes Begleitbild zum Projekt im Bereich {skill1} für {client}",
        "Stilisierte Wellen in Schwarz-Weiß, Stimmungsbild für {client} ({skill1})",
        "Raster aus orangefarbenen Punkten auf nachtblauem Grund, Visual zum Projekt im Bereich {skill1} für {client}",
        "Organische Formen in Pastellfarben, abstrakte Komposition für {client}, Projekt im Bereich {skill1}",
    ],
}

# fmt: on

# --------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------

_PLACEHOLDERS = {
    "name": "Atelier Test",
    "branch": "design",
    "skill1": "Illustration",
    "skill2": "Typographie",
    "skill3": "Reliure",
    "commune": "Mersch",
    "year": "2012",
    "client": "Boulangerie Kremer",
    "team": "4",
    "last": "Weber",
    "word": "Atelier",
    "place": "Mersch",
}

_BRANCH_ORDER = (
    "architecture",
    "arts-crafts",
    "audiovisual-film",
    "design",
    "gaming",
    "marketing-communication",
    "fashion",
    "new-media-digital",
    "music",
    "graphic-design-illustration",
    "publishing-media",
    "photography-visual-arts",
)

# Skills the generator and the tests rely on, with their branch.
_REQUIRED_SKILLS = {
    "brand-identity": "graphic-design-illustration",
    "packaging": "design",
    "3d-visualisation": "architecture",
    "sound-design": "music",
    "ux-research": "new-media-digital",
    "set-design": "audiovisual-film",
    "bookbinding": "arts-crafts",
    "interior-architecture": "architecture",
    "furniture-design": "design",
    "jewellery": "arts-crafts",
    "ceramics": "arts-crafts",
    "documentary": "audiovisual-film",
    "animation": "audiovisual-film",
    "game-design": "gaming",
    "level-design": "gaming",
    "copywriting": "marketing-communication",
    "social-media": "marketing-communication",
    "web-development": "new-media-digital",
    "product-photography": "photography-visual-arts",
    "portrait-photography": "photography-visual-arts",
    "illustration": "graphic-design-illustration",
    "typography": "graphic-design-illustration",
    "editorial-design": "publishing-media",
    "podcast-production": "publishing-media",
    "music-composition": "music",
    "mixing-mastering": "music",
    "pattern-making": "fashion",
    "sustainable-fashion": "fashion",
    "visual-effects": "audiovisual-film",
    "motion-design": "graphic-design-illustration",
    "event-communication": "marketing-communication",
}

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _require(condition, message="check failed"):
    """Like ``assert``, but also active under ``python -O``."""
    if not condition:
        raise AssertionError(message)


def _check_per_language(name, data, length):
    """``data`` maps each language to a list of ``length`` format strings."""
    _require(set(data) == set(LANGS), name)
    for lang in LANGS:
        _require(len(data[lang]) == length, (name, lang, len(data[lang])))
        for text in data[lang]:
            _require(text.strip() == text and text, (name, lang, text))
            text.format(**_PLACEHOLDERS)
            _require("{" not in text.format(**_PLACEHOLDERS), (name, text))


def _check():
    # Branches
    codes = [branch["code"] for branch in BRANCHES]
    _require(tuple(codes) == _BRANCH_ORDER, codes)
    _require(len(set(codes)) == 12)
    for lang in LANGS:
        slugs = [branch["slug"][lang] for branch in BRANCHES]
        _require(len(set(slugs)) == len(slugs), (lang, slugs))
        _require(all(_SLUG_RE.match(slug) for slug in slugs), slugs)
        labels = [branch["label"][lang] for branch in BRANCHES]
        _require(len(set(labels)) == len(labels), labels)
        for branch in BRANCHES:
            _require(branch["intro"][lang].count(". ") >= 1, (branch["code"], lang))

    # Skills
    _require(len(SKILLS) >= 130, len(SKILLS))
    skill_codes = [skill["code"] for skill in SKILLS]
    _require(len(set(skill_codes)) == len(skill_codes), "duplicate skill code")
    for skill in SKILLS:
        _require(_SLUG_RE.match(skill["code"]), skill["code"])
        _require(skill["branch"] in codes, skill)
        _require(set(skill["label"]) == set(LANGS), skill["code"])
        _require(set(skill["synonyms"]) == set(LANGS), skill["code"])
        for lang in LANGS:
            label = skill["label"][lang]
            synonyms = skill["synonyms"][lang]
            _require(label and "{" not in label, skill["code"])
            _require(isinstance(synonyms, list) and 1 <= len(synonyms) <= 4, (skill["code"], lang))
            _require(len({s.casefold() for s in synonyms}) == len(synonyms), (skill["code"], lang))
            for synonym in synonyms:
                _require(synonym and synonym.casefold() != label.casefold(), (skill["code"], lang, synonym))
    for lang in LANGS:
        labels = [skill["label"][lang].casefold() for skill in SKILLS]
        _require(len(set(labels)) == len(labels), f"duplicate skill label in {lang}")
    for code in codes:
        _require(sum(skill["branch"] == code for skill in SKILLS) >= 10, code)
    branch_of = {skill["code"]: skill["branch"] for skill in SKILLS}
    for code, branch in _REQUIRED_SKILLS.items():
        _require(branch_of.get(code) == branch, code)

    # Cantons
    _require(len(CANTONS) == 12)
    _require(len({canton["code"] for canton in CANTONS}) == 12)
    all_communes = []
    for canton in CANTONS:
        _require(_SLUG_RE.match(canton["code"]), canton["code"])
        _require(set(canton["label"]) == set(LANGS), canton["code"])
        # Vianden is the only canton with fewer than four communes (it has three).
        _require(3 <= len(canton["communes"]) <= 8, canton["code"])
        all_communes.extend(canton["communes"])
    _require(len(set(all_communes)) == len(all_communes), "duplicate commune")

    # Kinds and names
    _require(KINDS == ("freelancer", "company", "collective", "association", "institution"))
    _require(len(FIRST_NAMES) == 60 and len(set(FIRST_NAMES)) == 60, len(FIRST_NAMES))
    _require(len(LAST_NAMES) == 80 and len(set(LAST_NAMES)) == 80, len(LAST_NAMES))
    _require(set(COMPANY_WORDS) == set(codes))
    for code, words in COMPANY_WORDS.items():
        _require(8 <= len(words) <= 12 and len(set(words)) == len(words), code)
    _require(len(COMPANY_PATTERNS) == 10 and len(set(COMPANY_PATTERNS)) == 10)
    for pattern in COMPANY_PATTERNS:
        _require("{" not in pattern.format(**_PLACEHOLDERS), pattern)
    _require(len(CLIENTS) == 40 and len(set(CLIENTS)) == 40, len(CLIENTS))

    # Texts: same length in every language, only known placeholders
    _check_per_language("TAGLINES", TAGLINES, 15)
    for lang in LANGS:
        for tagline in TAGLINES[lang]:
            _require(len(tagline) <= 90, tagline)
    _check_per_language("BIO_OPENINGS", BIO_OPENINGS, 12)
    _check_per_language("BIO_MIDDLES", BIO_MIDDLES, 15)
    _check_per_language("BIO_CLOSINGS", BIO_CLOSINGS, 10)
    _check_per_language("PORTFOLIO_CAPTIONS", PORTFOLIO_CAPTIONS, 12)
    _check_per_language("PORTFOLIO_CREDITS", PORTFOLIO_CREDITS, 8)
    _check_per_language("ALT_TEXTS", ALT_TEXTS, 10)
    _require(set(PORTFOLIO_TITLES) == set(LANGS))
    for media in ("image", "video", "audio", "pdf"):
        _require(all(set(PORTFOLIO_TITLES[lang]) == {"image", "video", "audio", "pdf"} for lang in LANGS))
        _check_per_language(f"PORTFOLIO_TITLES[{media}]", {lang: PORTFOLIO_TITLES[lang][media] for lang in LANGS}, 10)


if __name__ == "__main__":
    _check()
    print("ok")
