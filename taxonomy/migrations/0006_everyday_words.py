from django.db import migrations

from taxonomy.loading import add_lines

# The everyday words clients write for each skill, mostly German (Lichtkonzept, Kostüme, Festschrift, Lookbook…):
# nouns and noun phrases only (a verb that is a synonym is no longer derived to its trade), none with another
# common meaning. New sites read them from the data file; existing sites get them here.
ADDITIONS = {
    "architectural-design": {
        "synonyms": {
            "fr": [
                "extension de maison",
                "surélévation",
                "avant-projet",
                "concours d'architecture"
            ],
            "en": [
                "house extension",
                "floor plans",
                "loft conversion",
                "planning application"
            ],
            "de": [
                "Baugesuch",
                "Baueingabe",
                "Bauvoranfrage",
                "Entwurfsplanung",
                "Grundrissplanung",
                "Architekturwettbewerb"
            ]
        }
    },
    "interior-architecture": {
        "synonyms": {
            "fr": [
                "aménagement de bureaux",
                "rénovation intérieure",
                "home staging",
                "design d'intérieur",
                "aménagement de restaurant"
            ],
            "en": [
                "office fit-out",
                "hotel interiors",
                "restaurant interior",
                "space planning"
            ],
            "de": [
                "Einrichtungskonzept",
                "Praxisgestaltung",
                "Hoteleinrichtung",
                "Restauranteinrichtung",
                "Einrichtungsberatung",
                "Innenausbau",
                "Wohnraumgestaltung"
            ]
        }
    },
    "3d-visualisation": {
        "synonyms": {
            "fr": [
                "visuel 3D",
                "rendu architectural",
                "visualisation immobilière",
                "perspective intérieure"
            ],
            "en": [
                "architectural visualization",
                "property visualisation",
                "interior render",
                "exterior render"
            ],
            "de": [
                "Außenvisualisierung",
                "Innenraumvisualisierung",
                "Immobilienvisualisierung",
                "3D-Ansicht",
                "Renderbild",
                "Wettbewerbsvisualisierung"
            ]
        }
    },
    "heritage-renovation": {
        "synonyms": {
            "fr": [
                "rénovation de ferme",
                "restauration de façade",
                "bâti ancien",
                "rénovation d'église",
                "maison à colombages"
            ],
            "en": [
                "period property",
                "farmhouse renovation",
                "church restoration",
                "facade restoration",
                "timber-framed house"
            ],
            "de": [
                "Fachwerkhaus",
                "Fachwerksanierung",
                "Bauernhaussanierung",
                "Kirchenrenovation",
                "Fassadenrestaurierung",
                "Denkmalsanierung",
                "Altbaurenovation"
            ]
        }
    },
    "landscape-architecture": {
        "synonyms": {
            "fr": [
                "création de jardin",
                "aménagements extérieurs",
                "toiture végétalisée",
                "aire de jeux",
                "jardin paysager"
            ],
            "en": [
                "garden makeover",
                "playground design",
                "green roof",
                "outdoor spaces",
                "park design"
            ],
            "de": [
                "Gartenplanung",
                "Dachbegrünung",
                "Spielplatzgestaltung",
                "Schulhofgestaltung",
                "Außenanlagen",
                "Umgebungsgestaltung",
                "Gartenbau"
            ]
        }
    },
    "urban-planning": {
        "synonyms": {
            "fr": [
                "plan d'aménagement particulier",
                "plan directeur",
                "développement urbain",
                "aménagement urbain",
                "revitalisation du centre-ville"
            ],
            "en": [
                "urban regeneration",
                "urban design",
                "neighbourhood plan",
                "streetscape design"
            ],
            "de": [
                "Quartiersentwicklung",
                "Ortsplanung",
                "Dorfentwicklung",
                "Stadtentwicklung",
                "Zonenplan",
                "Flächennutzungsplan",
                "Quartierplan"
            ]
        }
    },
    "sustainable-building": {
        "synonyms": {
            "fr": [
                "maison à énergie positive",
                "architecture bioclimatique",
                "construction en paille",
                "architecture durable",
                "construction bois"
            ],
            "en": [
                "eco house",
                "net zero building",
                "sustainable architecture",
                "straw bale house"
            ],
            "de": [
                "Plusenergiehaus",
                "Lehmbau",
                "Strohballenbau",
                "Holzbauweise",
                "ökologische Sanierung",
                "klimaneutrales Gebäude",
                "nachhaltige Architektur"
            ]
        }
    },
    "bim-modelling": {
        "synonyms": {
            "fr": [
                "maquette BIM",
                "modèle IFC",
                "scan to BIM",
                "nuage de points",
                "Allplan"
            ],
            "en": [
                "point cloud",
                "IFC model"
            ],
            "de": [
                "3D-Gebäudemodell",
                "Bestandsmodell",
                "Punktwolke",
                "Scan-to-BIM",
                "IFC-Modell"
            ]
        }
    },
    "architectural-models": {
        "synonyms": {
            "fr": [
                "maquette de concours",
                "maquette de présentation",
                "maquette topographique"
            ],
            "en": [
                "competition model",
                "site model",
                "presentation model",
                "massing model",
                "city model"
            ],
            "de": [
                "Wettbewerbsmodell",
                "Stadtmodell",
                "Geländemodell",
                "Präsentationsmodell",
                "Massenmodell"
            ]
        }
    },
    "architectural-lighting": {
        "synonyms": {
            "fr": [
                "plan d'éclairage",
                "éclairage de façade",
                "éclairage extérieur",
                "illuminations de Noël",
                "scénographie lumineuse"
            ],
            "en": [
                "lighting concept",
                "facade lighting",
                "outdoor lighting",
                "museum lighting"
            ],
            "de": [
                "Lichtkonzept",
                "Fassadenbeleuchtung",
                "Außenbeleuchtung",
                "Gartenbeleuchtung",
                "Museumsbeleuchtung",
                "Lichtinszenierung",
                "Stimmungsbeleuchtung",
                "Weihnachtsbeleuchtung"
            ]
        }
    },
    "site-supervision": {
        "synonyms": {
            "fr": [
                "direction des travaux",
                "suivi des travaux",
                "réception des travaux",
                "coordination de chantier",
                "assistance à maîtrise d'ouvrage"
            ],
            "en": [
                "construction supervision",
                "site inspection",
                "contract administration",
                "snagging"
            ],
            "de": [
                "Bauherrenvertretung",
                "Baukoordination",
                "Baubegleitung",
                "Bauabnahme",
                "Projektsteuerung",
                "Bauführung"
            ]
        }
    },
    "ceramics": {
        "synonyms": {
            "fr": [
                "porcelaine",
                "vaisselle en céramique",
                "cours de poterie",
                "vase en céramique"
            ],
            "en": [
                "porcelain",
                "pottery class",
                "ceramic tableware",
                "ceramic vase",
                "handmade mugs"
            ],
            "de": [
                "Porzellan",
                "Keramikgeschirr",
                "handgemachtes Geschirr",
                "Keramikvase",
                "Töpferkurs",
                "Keramikschale"
            ]
        }
    },
    "jewellery": {
        "synonyms": {
            "fr": [
                "bague de fiançailles",
                "boucles d'oreilles",
                "pendentif",
                "bijoux en argent",
                "collier"
            ],
            "en": [
                "engagement ring",
                "necklace",
                "earrings",
                "silver jewellery",
                "bracelet"
            ],
            "de": [
                "Silberschmuck",
                "Goldschmuck",
                "Silberanhänger",
                "Kettenanhänger",
                "Trauringe",
                "Verlobungsring",
                "Halskette",
                "Ohrringe",
                "Armreif",
                "Unikatschmuck"
            ]
        }
    },
    "bookbinding": {
        "synonyms": {
            "fr": [
                "reliure cuir",
                "livre d'or",
                "carnet relié main"
            ],
            "en": [
                "leather binding",
                "thesis binding",
                "guest book"
            ],
            "de": [
                "Bucheinband",
                "Ledereinband",
                "Buchreparatur",
                "Fadenheftung",
                "Handeinband"
            ]
        }
    },
    "glassblowing": {
        "synonyms": {
            "fr": [
                "vase en verre",
                "sculpture en verre",
                "perles de verre"
            ],
            "en": [
                "glass vase",
                "glass sculpture",
                "glass beads"
            ],
            "de": [
                "Glasvase",
                "Glasschale",
                "Glasskulptur",
                "Glasobjekt",
                "Glasperlen",
                "Christbaumkugel"
            ]
        }
    },
    "fine-woodworking": {
        "synonyms": {
            "fr": [
                "placard sur mesure",
                "marqueterie",
                "tournage sur bois",
                "meuble en bois massif",
                "escalier en bois"
            ],
            "en": [
                "built-in wardrobe",
                "fitted furniture",
                "marquetry",
                "woodturning",
                "solid wood furniture"
            ],
            "de": [
                "Tischlerei",
                "Einbauschrank",
                "Einbaumöbel",
                "Massivholzmöbel",
                "Intarsien",
                "Drechslerei",
                "Holztreppe"
            ]
        }
    },
    "weaving": {
        "synonyms": {
            "fr": [
                "tapis tissé main",
                "tissu tissé main",
                "cours de tissage"
            ],
            "en": [
                "handwoven rug",
                "wall hanging",
                "handloom fabric"
            ],
            "de": [
                "Gobelin",
                "handgewebter Teppich",
                "handgewebter Stoff",
                "Webstuhl",
                "Webkunst"
            ]
        }
    },
    "stained-glass": {
        "synonyms": {
            "fr": [
                "restauration de vitraux",
                "vitrerie d'art"
            ],
            "en": [
                "leadlight",
                "stained glass restoration",
                "decorative glazing"
            ],
            "de": [
                "Bleiglasfenster",
                "Bleiglas",
                "Kunstverglasung",
                "Kirchenverglasung",
                "Farbglasfenster"
            ]
        }
    },
    "leatherwork": {
        "synonyms": {
            "fr": [
                "ceinture en cuir",
                "portefeuille en cuir",
                "étui en cuir",
                "articles en cuir"
            ],
            "en": [
                "leather belt",
                "leather wallet",
                "leather case"
            ],
            "de": [
                "Ledergürtel",
                "Lederetui",
                "Lederportemonnaie",
                "Ledermappe",
                "Lederarmband",
                "Reitsattel"
            ]
        }
    },
    "art-conservation": {
        "synonyms": {
            "fr": [
                "restauration de tableaux",
                "restauration de sculpture",
                "restauration de meubles anciens"
            ],
            "en": [
                "painting restoration",
                "furniture restoration",
                "paper conservation"
            ],
            "de": [
                "Kunstrestaurierung",
                "Bildrestaurierung",
                "Skulpturenrestaurierung",
                "Papierrestaurierung",
                "Freskenrestaurierung"
            ]
        }
    },
    "decorative-metalwork": {
        "synonyms": {
            "fr": [
                "garde-corps",
                "portail en fer forgé",
                "serrurerie d'art",
                "rampe d'escalier"
            ],
            "en": [
                "iron gate",
                "balustrade",
                "forged ironwork",
                "staircase railing"
            ],
            "de": [
                "Schmiedearbeiten",
                "Treppengeländer",
                "Balkongeländer",
                "schmiedeeisernes Tor",
                "Fenstergitter",
                "Kunstschlosserei"
            ]
        }
    },
    "gilding": {
        "synonyms": {
            "fr": [
                "dorure à la feuille",
                "dorure sur bois",
                "feuille d'argent"
            ],
            "en": [
                "water gilding",
                "frame gilding",
                "silver leaf",
                "gold leaf lettering"
            ],
            "de": [
                "Vergolderei",
                "Blattvergoldung",
                "Polimentvergoldung",
                "Rahmenvergoldung",
                "Fassmalerei",
                "Blattsilber"
            ]
        }
    },
    "documentary": {
        "synonyms": {
            "fr": [
                "webdocumentaire",
                "série documentaire",
                "film portrait",
                "docu"
            ],
            "en": [
                "docuseries",
                "short documentary",
                "documentary series"
            ],
            "de": [
                "Dokfilm",
                "Dokumentarvideo",
                "Langzeitdokumentation",
                "Porträtfilm",
                "Dokuserie"
            ]
        }
    },
    "animation": {
        "synonyms": {
            "fr": [
                "stop motion",
                "animation 3D",
                "série animée",
                "court métrage d'animation"
            ],
            "en": [
                "3D animation",
                "animated series",
                "claymation",
                "character animation"
            ],
            "de": [
                "3D-Animation",
                "Stop-Motion",
                "Knetanimation",
                "Charakteranimation",
                "Zeichentrickserie",
                "Animationsserie"
            ]
        }
    },
    "visual-effects": {
        "synonyms": {
            "fr": [
                "fond vert",
                "effets numériques",
                "rotoscopie",
                "trucage"
            ],
            "en": [
                "green screen",
                "CGI effects",
                "rotoscoping",
                "digital effects",
                "matte painting"
            ],
            "de": [
                "Greenscreen",
                "digitale Effekte",
                "CGI-Effekte",
                "Rotoskopie",
                "Motion Tracking"
            ]
        }
    },
    "set-design": {
        "synonyms": {
            "fr": [
                "décor de théâtre",
                "décor de scène",
                "construction de décors",
                "plateau de tournage"
            ],
            "en": [
                "stage set",
                "theatre set",
                "set construction"
            ],
            "de": [
                "Bühnenbild",
                "Bühnenbau",
                "Requisiten",
                "Theaterkulisse",
                "Bühnendekoration",
                "Filmausstattung"
            ]
        }
    },
    "corporate-video": {
        "synonyms": {
            "fr": [
                "vidéo corporate",
                "vidéo produit",
                "vidéo de recrutement",
                "film institutionnel",
                "aftermovie"
            ],
            "en": [
                "product video",
                "recruitment video",
                "testimonial video",
                "corporate film"
            ],
            "de": [
                "Firmenfilm",
                "Unternehmensvideo",
                "Produktvideo",
                "Recruitingvideo",
                "Testimonial-Video",
                "Videoproduktion"
            ]
        }
    },
    "video-editing": {
        "synonyms": {
            "fr": [
                "dérushage",
                "montage de film",
                "Premiere Pro",
                "Final Cut"
            ],
            "en": [
                "rough cut",
                "Final Cut Pro"
            ],
            "de": [
                "Videobearbeitung",
                "Filmschnitt",
                "Rohschnitt",
                "Feinschnitt"
            ]
        }
    },
    "cinematography": {
        "synonyms": {
            "fr": [
                "équipe de tournage",
                "opérateur caméra"
            ],
            "en": [
                "camera work",
                "camera crew",
                "cinematic footage"
            ],
            "de": [
                "Kameraführung",
                "Kameraarbeit",
                "Kamerateam",
                "Kameraoperator",
                "Lichtsetzung"
            ]
        }
    },
    "screenwriting": {
        "synonyms": {
            "fr": [
                "script vidéo",
                "scénario de film",
                "scénario de court métrage"
            ],
            "en": [
                "film script",
                "video script",
                "short film script"
            ],
            "de": [
                "Filmskript",
                "Videoskript",
                "Kurzfilmdrehbuch",
                "Drehbuchberatung",
                "Dialogbuch"
            ]
        }
    },
    "film-production": {
        "synonyms": {
            "fr": [
                "court métrage",
                "long métrage",
                "coproduction",
                "film de fiction"
            ],
            "en": [
                "short film",
                "feature film",
                "co-production"
            ],
            "de": [
                "Kurzfilm",
                "Spielfilm",
                "Filmprojekt",
                "Koproduktion",
                "Filmförderung",
                "Kinofilm"
            ]
        }
    },
    "drone-filming": {
        "synonyms": {
            "fr": [
                "photo aérienne",
                "images par drone",
                "vidéo par drone"
            ],
            "en": [
                "drone video",
                "drone footage",
                "drone shots",
                "aerial photography"
            ],
            "de": [
                "Drohnenvideo",
                "Drohnenfoto",
                "Drohnenflug",
                "Luftvideo",
                "Luftbildfotografie"
            ]
        }
    },
    "colour-grading": {
        "synonyms": {
            "fr": [
                "étalonnage vidéo",
                "DaVinci Resolve",
                "correction colorimétrique"
            ],
            "en": [
                "film look"
            ],
            "de": [
                "Filmlook",
                "Farblook",
                "Lichtbestimmung"
            ]
        }
    },
    "packaging": {
        "synonyms": {
            "fr": [
                "étiquette de vin",
                "étiquette de bouteille",
                "emballage cadeau",
                "boîte pliante"
            ],
            "en": [
                "wine label",
                "bottle label",
                "gift packaging",
                "folding carton"
            ],
            "de": [
                "Weinetikett",
                "Flaschenetikett",
                "Bieretikett",
                "Geschenkverpackung",
                "Faltschachtel",
                "Verpackungsgestaltung"
            ]
        }
    },
    "furniture-design": {
        "synonyms": {
            "fr": [
                "mobilier urbain",
                "collection de meubles",
                "mobilier d'hôtel"
            ],
            "en": [
                "street furniture",
                "furniture collection",
                "seating design",
                "hotel furniture"
            ],
            "de": [
                "Sitzmöbel",
                "Stadtmobiliar",
                "Hotelmöbel",
                "Designerstuhl"
            ]
        }
    },
    "product-design": {
        "synonyms": {
            "fr": [
                "design d'objet",
                "conception de produit",
                "prototype fonctionnel"
            ],
            "en": [
                "consumer product design",
                "enclosure design",
                "functional prototype"
            ],
            "de": [
                "Produktgestaltung",
                "Formgebung",
                "Gehäusedesign",
                "Funktionsmuster",
                "Produktentwurf"
            ]
        }
    },
    "exhibition-design": {
        "synonyms": {
            "fr": [
                "conception d'exposition",
                "stand de foire",
                "scénographie muséale",
                "aménagement d'exposition"
            ],
            "en": [
                "exhibition fit-out",
                "trade fair booth",
                "museum scenography"
            ],
            "de": [
                "Ausstellungsdesign",
                "Ausstellungsarchitektur",
                "Ausstellungsbau",
                "Messebau",
                "Vitrinengestaltung"
            ]
        }
    },
    "service-design": {
        "synonyms": {
            "fr": [
                "expérience client",
                "parcours usager",
                "service blueprint"
            ],
            "en": [
                "customer experience",
                "journey mapping"
            ],
            "de": [
                "Servicekonzept",
                "Kundenreise",
                "Gästeerlebnis"
            ]
        }
    },
    "textile-design": {
        "synonyms": {
            "fr": [
                "impression textile",
                "motif textile",
                "design de tissu"
            ],
            "en": [
                "surface pattern design",
                "textile print",
                "wallpaper design"
            ],
            "de": [
                "Stoffmuster",
                "Textildruck",
                "Tapetendesign",
                "Musterentwurf",
                "Allover-Print"
            ]
        }
    },
    "retail-design": {
        "synonyms": {
            "fr": [
                "merchandising visuel",
                "décoration de vitrine",
                "pop-up store",
                "design de boutique"
            ],
            "en": [
                "visual merchandising",
                "pop-up shop",
                "shop interior"
            ],
            "de": [
                "Ladenkonzept",
                "Verkaufsraumgestaltung",
                "Pop-up-Store",
                "Schaufensterdekoration"
            ]
        }
    },
    "signage-wayfinding": {
        "synonyms": {
            "fr": [
                "enseigne lumineuse",
                "panneau d'information",
                "plaque professionnelle"
            ],
            "en": [
                "shop sign",
                "door sign",
                "information panel",
                "illuminated sign"
            ],
            "de": [
                "Firmenschild",
                "Türschild",
                "Hinweisschild",
                "Wegeleitsystem",
                "Gebäudebeschriftung",
                "Leuchtreklame",
                "Fahrzeugbeschriftung",
                "Infotafel"
            ]
        }
    },
    "eco-design": {
        "synonyms": {
            "fr": [
                "analyse du cycle de vie",
                "design circulaire",
                "produit écoresponsable"
            ],
            "en": [
                "life cycle assessment",
                "eco-friendly design",
                "recycled materials"
            ],
            "de": [
                "Ökobilanz",
                "Lebenszyklusanalyse",
                "umweltfreundliches Design",
                "ressourcenschonendes Design"
            ]
        }
    },
    "lamp-design": {
        "synonyms": {
            "fr": [
                "applique murale",
                "abat-jour",
                "lustre",
                "lampe de bureau"
            ],
            "en": [
                "floor lamp",
                "table lamp",
                "chandelier",
                "lampshade",
                "wall light"
            ],
            "de": [
                "Stehlampe",
                "Tischlampe",
                "Pendelleuchte",
                "Designerleuchte",
                "Wandleuchte",
                "Lampenschirm",
                "Kronleuchter",
                "Leuchtenentwurf"
            ]
        }
    },
    "3d-printing": {
        "synonyms": {
            "fr": [
                "pièce imprimée en 3D",
                "service d'impression 3D"
            ],
            "en": [
                "3D printed part",
                "3D printing service",
                "FDM printing"
            ],
            "de": [
                "3D-Druckteil",
                "3D-Druckservice",
                "FDM-Druck",
                "SLS-Druck",
                "Resin-Druck"
            ]
        }
    },
    "game-design": {
        "synonyms": {
            "fr": [
                "jeu vidéo",
                "jeu mobile",
                "concept de jeu",
                "équilibrage du jeu"
            ],
            "en": [
                "video game",
                "mobile game",
                "game balancing",
                "game design document"
            ],
            "de": [
                "Spielprinzip",
                "Spielbalance",
                "Spieldesign",
                "Handyspiel",
                "Videospiel",
                "Computerspiel",
                "Browserspiel"
            ]
        }
    },
    "level-design": {
        "synonyms": {
            "fr": [
                "niveau de jeu",
                "monde ouvert",
                "éditeur de niveaux"
            ],
            "en": [
                "level layout",
                "level editor",
                "level blockout"
            ],
            "de": [
                "Spiellevel",
                "Levelaufbau",
                "Leveleditor",
                "Weltenbau"
            ]
        }
    },
    "game-programming": {
        "synonyms": {
            "fr": [
                "moteur de jeu",
                "Godot",
                "développement de jeux vidéo",
                "programmation gameplay"
            ],
            "en": [
                "game engine",
                "gameplay programming",
                "game development"
            ],
            "de": [
                "Gameplay-Programmierung",
                "Multiplayer-Programmierung",
                "Unity-Entwicklung"
            ]
        }
    },
    "serious-games": {
        "synonyms": {
            "fr": [
                "jeu sérieux",
                "application éducative",
                "jeu de sensibilisation"
            ],
            "en": [
                "edutainment",
                "training simulation"
            ],
            "de": [
                "Planspiel",
                "Museumsspiel",
                "Schulungsspiel"
            ]
        }
    },
    "game-art": {
        "synonyms": {
            "fr": [
                "pixel art",
                "assets de jeu",
                "design de personnages"
            ],
            "en": [
                "game assets",
                "character design",
                "environment art"
            ],
            "de": [
                "Pixelgrafik",
                "Game-Assets"
            ]
        }
    },
    "3d-modelling": {
        "synonyms": {
            "fr": [
                "personnage 3D",
                "ZBrush",
                "scan 3D"
            ],
            "en": [
                "3D character",
                "low poly",
                "3D scan"
            ],
            "de": [
                "3D-Figur",
                "3D-Charakter",
                "3D-Texturierung",
                "Low-Poly",
                "3D-Scan"
            ]
        }
    },
    "narrative-design": {
        "synonyms": {
            "fr": [
                "histoire du jeu",
                "fiction interactive",
                "visual novel"
            ],
            "en": [
                "quest design",
                "interactive fiction",
                "game story"
            ],
            "de": [
                "Spielstory",
                "Questdesign",
                "interaktive Geschichte",
                "Textadventure",
                "Spielhandlung"
            ]
        }
    },
    "game-audio": {
        "synonyms": {
            "fr": [
                "musique de jeu vidéo",
                "sons de jeu",
                "Wwise",
                "FMOD"
            ],
            "en": [
                "video game music",
                "video game sound"
            ],
            "de": [
                "Videospielmusik",
                "Gamesound",
                "Spielsounds"
            ]
        }
    },
    "playtesting": {
        "synonyms": {
            "fr": [
                "playtest",
                "chasse aux bugs"
            ],
            "en": [
                "bug testing",
                "game QA",
                "alpha testing"
            ],
            "de": [
                "Testspieler",
                "Bugtesting",
                "Alphatest"
            ]
        }
    },
    "esports-events": {
        "synonyms": {
            "fr": [
                "tournoi e-sport",
                "tournoi de jeux vidéo",
                "événement gaming",
                "ligue e-sport"
            ],
            "en": [
                "esports tournament",
                "gaming event",
                "esports league",
                "gaming tournament"
            ],
            "de": [
                "E-Sport-Turnier",
                "Gaming-Turnier",
                "Gaming-Event",
                "E-Sport-Liga"
            ]
        }
    },
    "board-games": {
        "synonyms": {
            "fr": [
                "jeu de dés",
                "plateau de jeu",
                "jeu d'ambiance"
            ],
            "en": [
                "dice game",
                "game board"
            ],
            "de": [
                "Würfelspiel",
                "Spielbrett",
                "Spielanleitung",
                "Tabletop-Spiel"
            ]
        }
    },
    "copywriting": {
        "synonyms": {
            "fr": [
                "accroche",
                "fiche produit",
                "texte publicitaire"
            ],
            "en": [
                "tagline",
                "product description",
                "sales copy"
            ],
            "de": [
                "Webtexte",
                "Produktbeschreibung",
                "Texterstellung",
                "Werbespruch"
            ]
        }
    },
    "social-media": {
        "synonyms": {
            "fr": [
                "Facebook",
                "TikTok",
                "stratégie social media"
            ],
            "en": [
                "social media strategy"
            ],
            "de": [
                "Social-Media-Betreuung",
                "Social-Media-Auftritt",
                "Social-Media-Strategie",
                "Reels"
            ]
        }
    },
    "event-communication": {
        "synonyms": {
            "fr": [
                "organisation d'événements",
                "concept événementiel",
                "organisation de séminaires"
            ],
            "en": [
                "event planning",
                "event organisation",
                "event concept"
            ],
            "de": [
                "Eventorganisation",
                "Eventplanung",
                "Veranstaltungsorganisation",
                "Eventkonzept",
                "Veranstaltungsplanung"
            ]
        }
    },
    "brand-strategy": {
        "synonyms": {
            "fr": [
                "naming",
                "valeurs de marque",
                "architecture de marque",
                "recherche de nom"
            ],
            "en": [
                "brand values",
                "brand architecture",
                "brand development"
            ],
            "de": [
                "Markenentwicklung",
                "Markenkern",
                "Markenwerte",
                "Markenarchitektur",
                "Namensfindung",
                "Markenberatung"
            ]
        }
    },
    "public-relations": {
        "synonyms": {
            "fr": [
                "relations médias",
                "conférence de presse",
                "dossier de presse",
                "communication de crise",
                "communiqué aux médias"
            ],
            "en": [
                "press kit",
                "press conference",
                "media coverage",
                "crisis communication"
            ],
            "de": [
                "Medienarbeit",
                "Pressekonferenz",
                "Pressemappe",
                "Medienmitteilung",
                "Pressetext",
                "Presseverteiler",
                "Krisenkommunikation"
            ]
        }
    },
    "advertising-campaigns": {
        "synonyms": {
            "fr": [
                "campagne d'affichage",
                "annonce presse",
                "plan média",
                "encart publicitaire"
            ],
            "en": [
                "ad campaign",
                "print ad",
                "media planning",
                "poster campaign"
            ],
            "de": [
                "Plakatkampagne",
                "Anzeigenkampagne",
                "Inserat",
                "Zeitungsanzeige",
                "Imagekampagne",
                "Mediaplanung",
                "Kinowerbung"
            ]
        }
    },
    "search-marketing": {
        "synonyms": {
            "fr": [
                "référencement naturel",
                "référencement payant",
                "référencement local"
            ],
            "en": [
                "search engine optimisation",
                "keyword research",
                "local SEO",
                "pay-per-click"
            ],
            "de": [
                "Suchmaschinenoptimierung",
                "Google-Anzeigen",
                "Keyword-Recherche",
                "Suchmaschinenwerbung"
            ]
        }
    },
    "content-marketing": {
        "synonyms": {
            "fr": [
                "article de blog",
                "ligne éditoriale",
                "livre blanc",
                "stratégie de contenu",
                "calendrier éditorial"
            ],
            "en": [
                "whitepaper",
                "content strategy",
                "editorial calendar"
            ],
            "de": [
                "Blogartikel",
                "Blogbeitrag",
                "Redaktionsplan",
                "Ratgeberartikel",
                "Content-Strategie"
            ]
        }
    },
    "internal-communication": {
        "synonyms": {
            "fr": [
                "magazine interne",
                "newsletter interne",
                "communication du changement",
                "journal du personnel"
            ],
            "en": [
                "employee magazine",
                "internal newsletter",
                "change communication",
                "staff magazine"
            ],
            "de": [
                "Mitarbeitermagazin",
                "Personalzeitung",
                "Mitarbeiternewsletter",
                "Change-Kommunikation",
                "Hauszeitung"
            ]
        }
    },
    "market-research": {
        "synonyms": {
            "fr": [
                "focus group",
                "analyse de marché",
                "enquête de satisfaction"
            ],
            "en": [
                "market analysis",
                "satisfaction survey",
                "target audience analysis",
                "visitor survey"
            ],
            "de": [
                "Marktanalyse",
                "Zielgruppenanalyse",
                "Fokusgruppe",
                "Marktstudie",
                "Konkurrenzanalyse",
                "Gästebefragung",
                "Besucherbefragung"
            ]
        }
    },
    "influencer-marketing": {
        "synonyms": {
            "fr": [
                "campagne d'influence",
                "youtubeur",
                "placement de produit",
                "micro-influenceurs"
            ],
            "en": [
                "influencer campaign",
                "YouTuber",
                "sponsored posts",
                "user-generated content",
                "product seeding"
            ],
            "de": [
                "Influencer-Kampagne",
                "Influencer-Kooperation",
                "Micro-Influencer",
                "Produktplatzierung"
            ]
        }
    },
    "pattern-making": {
        "synonyms": {
            "fr": [
                "patron de couture",
                "gradation des tailles"
            ],
            "en": [
                "pattern drafting",
                "garment pattern"
            ],
            "de": [
                "Schnittkonstruktion",
                "Schnittentwicklung",
                "Schnittvorlage",
                "Grundschnitt",
                "Schnittbogen"
            ]
        }
    },
    "sustainable-fashion": {
        "synonyms": {
            "fr": [
                "mode écoresponsable",
                "vêtements bio",
                "mode upcyclée",
                "mode seconde main"
            ],
            "en": [
                "eco fashion",
                "organic clothing",
                "circular fashion",
                "fair trade clothing"
            ],
            "de": [
                "Ökomode",
                "Bio-Mode",
                "nachhaltige Kleidung",
                "faire Kleidung",
                "Secondhand-Mode",
                "Biobaumwolle"
            ]
        }
    },
    "fashion-design": {
        "synonyms": {
            "fr": [
                "création de vêtements",
                "uniformes du personnel",
                "vêtements de travail",
                "collection capsule"
            ],
            "en": [
                "clothing line",
                "staff uniforms",
                "workwear design",
                "capsule collection"
            ],
            "de": [
                "Modeentwurf",
                "Bekleidungsdesign",
                "Modekollektion",
                "Uniformdesign",
                "Berufsbekleidung",
                "Personalbekleidung"
            ]
        }
    },
    "bespoke-tailoring": {
        "synonyms": {
            "fr": [
                "costume sur mesure",
                "chemise sur mesure",
                "atelier de couture"
            ],
            "en": [
                "bespoke suit",
                "made-to-measure shirt",
                "tailored suit"
            ],
            "de": [
                "Maßanzug",
                "Maßhemd",
                "Maßkonfektion",
                "Schneideratelier",
                "Dirndl",
                "Kleideränderung"
            ]
        }
    },
    "bridal-wear": {
        "synonyms": {
            "fr": [
                "voile de mariée",
                "robe de mariage",
                "costume de marié",
                "robe de demoiselle d'honneur"
            ],
            "en": [
                "bridal gown",
                "bridesmaid dress",
                "wedding veil",
                "wedding suit"
            ],
            "de": [
                "Hochzeitskleid",
                "Brautschleier",
                "Standesamtkleid",
                "Brautjungfernkleid",
                "Hochzeitsanzug",
                "Ballkleid"
            ]
        }
    },
    "knitwear": {
        "synonyms": {
            "fr": [
                "pull en laine",
                "bonnet tricoté",
                "articles en maille"
            ],
            "en": [
                "cardigan",
                "knitted hat",
                "sweater"
            ],
            "de": [
                "Strickwaren",
                "Strickjacke",
                "Strickmütze",
                "Wollpullover",
                "Maschenware",
                "Strickdesign",
                "Häkelarbeit"
            ]
        }
    },
    "fashion-styling": {
        "synonyms": {
            "fr": [
                "conseil en style",
                "personal shopping",
                "lookbook"
            ],
            "en": [
                "style advice",
                "colour analysis"
            ],
            "de": [
                "Imageberatung",
                "Kleiderschrankcheck",
                "Outfitberatung",
                "Modestyling"
            ]
        }
    },
    "millinery": {
        "synonyms": {
            "fr": [
                "chapeau sur mesure",
                "chapeau de paille",
                "chapeau de feutre",
                "bibi"
            ],
            "en": [
                "fascinator",
                "bespoke hat",
                "felt hat",
                "straw hat"
            ],
            "de": [
                "Hutmode",
                "Damenhut",
                "Filzhut",
                "Strohhut",
                "Maßhut"
            ]
        }
    },
    "costume-design": {
        "synonyms": {
            "fr": [
                "costume de théâtre",
                "costume de carnaval",
                "costumes historiques",
                "costume de mascotte"
            ],
            "en": [
                "costumes",
                "theatre costumes",
                "carnival costume",
                "fancy dress",
                "mascot costume"
            ],
            "de": [
                "Kostüme",
                "Theaterkostüm",
                "Fasnachtskostüm",
                "Faschingskostüm",
                "Karnevalskostüm",
                "Tanzkostüm",
                "Maskottchenkostüm",
                "Kostümverleih"
            ]
        }
    },
    "fashion-accessories": {
        "synonyms": {
            "fr": [
                "sac à main",
                "cravate",
                "étole"
            ],
            "en": [
                "handbag",
                "silk scarf",
                "necktie",
                "clutch bag"
            ],
            "de": [
                "Handtasche",
                "Halstuch",
                "Krawatte",
                "Seidenschal",
                "Seidentuch",
                "Clutch"
            ]
        }
    },
    "footwear-design": {
        "synonyms": {
            "fr": [
                "sneakers",
                "bottes sur mesure",
                "réparation de chaussures",
                "souliers"
            ],
            "en": [
                "bespoke shoes",
                "shoe repair"
            ],
            "de": [
                "Sneaker",
                "Schuhkollektion",
                "Stiefel",
                "Schuhreparatur",
                "Schuhmacherei",
                "Sneakerdesign"
            ]
        }
    },
    "web-development": {
        "synonyms": {
            "fr": [
                "refonte de site",
                "site vitrine",
                "système de réservation en ligne",
                "portail client",
                "développement front-end"
            ],
            "en": [
                "website redesign",
                "booking system",
                "customer portal",
                "front-end development"
            ],
            "de": [
                "Webprogrammierung",
                "Frontend-Entwicklung",
                "Backend-Entwicklung",
                "Kundenportal",
                "Online-Buchungssystem",
                "Website-Relaunch",
                "API-Anbindung"
            ]
        }
    },
    "ux-research": {
        "synonyms": {
            "fr": [
                "test d'utilisabilité",
                "audit UX",
                "étude utilisateurs"
            ],
            "en": [
                "usability testing",
                "UX audit",
                "card sorting",
                "eye tracking"
            ],
            "de": [
                "Usability-Test",
                "Benutzerfreundlichkeit",
                "Nutzerfreundlichkeit",
                "UX-Audit",
                "Nutzerstudie",
                "Eye-Tracking"
            ]
        }
    },
    "ui-design": {
        "synonyms": {
            "fr": [
                "wireframe",
                "Figma",
                "design system"
            ],
            "de": [
                "Designsystem",
                "Klickdummy",
                "Bedienoberfläche"
            ]
        }
    },
    "mobile-apps": {
        "synonyms": {
            "fr": [
                "application smartphone",
                "application iOS",
                "développement d'applications"
            ],
            "en": [
                "smartphone app",
                "iOS app",
                "app development",
                "React Native"
            ],
            "de": [
                "Smartphone-App",
                "Handy-App",
                "iOS-App",
                "App-Entwicklung",
                "Tablet-App",
                "Flutter",
                "Gemeinde-App"
            ]
        }
    },
    "virtual-augmented-reality": {
        "synonyms": {
            "fr": [
                "réalité mixte",
                "expérience VR",
                "application AR",
                "métavers"
            ],
            "en": [
                "VR experience",
                "VR headset",
                "metaverse"
            ],
            "de": [
                "erweiterte Realität",
                "VR-Erlebnis"
            ]
        }
    },
    "creative-coding": {
        "synonyms": {
            "fr": [
                "TouchDesigner",
                "art algorithmique",
                "design génératif"
            ],
            "en": [
                "algorithmic art",
                "generative design",
                "creative technology"
            ],
            "de": [
                "algorithmische Kunst",
                "generative Grafik",
                "Computerkunst"
            ]
        }
    },
    "e-commerce": {
        "synonyms": {
            "fr": [
                "site marchand",
                "WooCommerce",
                "PrestaShop",
                "paiement en ligne"
            ],
            "en": [
                "online store",
                "Magento",
                "shopping cart"
            ],
            "de": [
                "Shopsystem",
                "Shopware",
                "Warenkorb",
                "Zahlungsabwicklung"
            ]
        }
    },
    "data-visualisation": {
        "synonyms": {
            "fr": [
                "carte interactive",
                "journalisme de données",
                "Power BI"
            ],
            "en": [
                "interactive map",
                "data journalism",
                "data storytelling",
                "KPI dashboard"
            ],
            "de": [
                "interaktive Karte",
                "Datenjournalismus",
                "Datenstory",
                "KPI-Dashboard"
            ]
        }
    },
    "digital-installations": {
        "synonyms": {
            "fr": [
                "projection sur façade",
                "installation immersive",
                "borne interactive",
                "exposition immersive"
            ],
            "en": [
                "facade projection",
                "immersive installation",
                "interactive kiosk"
            ],
            "de": [
                "Fassadenprojektion",
                "Medieninstallation",
                "Multimedia-Installation",
                "Medienstation",
                "immersive Ausstellung"
            ]
        }
    },
    "digital-accessibility": {
        "synonyms": {
            "fr": [
                "lecteur d'écran",
                "audit d'accessibilité",
                "FALC",
                "PDF accessible"
            ],
            "en": [
                "screen reader",
                "accessibility audit",
                "accessible PDF",
                "European Accessibility Act"
            ],
            "de": [
                "Leichte Sprache",
                "Screenreader",
                "BITV",
                "Barrierefreiheitsprüfung",
                "Accessibility-Audit",
                "barrierefreies PDF",
                "BFSG"
            ]
        }
    },
    "cms-websites": {
        "synonyms": {
            "fr": [
                "Drupal",
                "Joomla",
                "maintenance de site",
                "Webflow",
                "Squarespace"
            ],
            "en": [
                "website maintenance"
            ],
            "de": [
                "TYPO3",
                "Jimdo",
                "Website-Pflege"
            ]
        }
    },
    "music-composition": {
        "synonyms": {
            "fr": [
                "chanson originale",
                "écriture de chansons",
                "hymne"
            ],
            "en": [
                "songwriting",
                "commissioned music",
                "anthem",
                "original song"
            ],
            "de": [
                "Auftragsmusik",
                "Vereinshymne",
                "Firmenhymne",
                "Liedkomposition",
                "Chorwerk"
            ]
        }
    },
    "sound-design": {
        "synonyms": {
            "fr": [
                "paysage sonore",
                "identité sonore"
            ],
            "en": [
                "sonic branding",
                "soundscape"
            ],
            "de": [
                "Klanggestaltung",
                "Soundlogo",
                "Klangkunst",
                "Klanglandschaft"
            ]
        }
    },
    "mixing-mastering": {
        "synonyms": {
            "fr": [
                "mastering",
                "mixage audio"
            ],
            "en": [
                "stem mastering",
                "album mastering",
                "track mixing"
            ],
            "de": [
                "Stem-Mastering",
                "Albummastering",
                "Audiomastering"
            ]
        }
    },
    "studio-recording": {
        "synonyms": {
            "fr": [
                "enregistrement d'album",
                "enregistrement de démo",
                "session studio"
            ],
            "en": [
                "demo recording",
                "vocal recording",
                "album recording",
                "studio session"
            ],
            "de": [
                "Aufnahmestudio",
                "Demoaufnahme",
                "CD-Aufnahme",
                "Gesangsaufnahme",
                "Chor-Aufnahme",
                "Albumaufnahme",
                "Bandaufnahme"
            ]
        }
    },
    "live-performance": {
        "synonyms": {
            "fr": [
                "musique live",
                "groupe de reprises",
                "orchestre de bal"
            ],
            "en": [
                "live music",
                "live band",
                "cover band",
                "function band"
            ],
            "de": [
                "Livemusik",
                "Liveband",
                "Hochzeitsband",
                "Partyband",
                "Coverband",
                "Tanzband",
                "Alleinunterhalter",
                "Blaskapelle"
            ]
        }
    },
    "music-production": {
        "synonyms": {
            "fr": [
                "remix",
                "production d'album",
                "Ableton"
            ],
            "en": [
                "album production",
                "Logic Pro",
                "FL Studio"
            ],
            "de": [
                "Albumproduktion"
            ]
        }
    },
    "arranging": {
        "synonyms": {
            "fr": [
                "arrangement pour orchestre",
                "arrangement choral",
                "transcription musicale"
            ],
            "en": [
                "choir arrangement",
                "orchestral arrangement",
                "horn arrangement",
                "lead sheet"
            ],
            "de": [
                "Chorsatz",
                "Bläsersatz",
                "Partitur",
                "Orchesterarrangement",
                "Chorarrangement",
                "Leadsheet"
            ]
        }
    },
    "live-sound": {
        "synonyms": {
            "fr": [
                "technique son",
                "table de mixage"
            ],
            "en": [
                "PA hire",
                "event sound",
                "mixing desk",
                "soundcheck"
            ],
            "de": [
                "Beschallungsanlage",
                "Tonanlage",
                "Lautsprecheranlage",
                "Mischpult",
                "Veranstaltungstechnik"
            ]
        }
    },
    "music-tuition": {
        "synonyms": {
            "fr": [
                "cours de guitare",
                "cours de chant",
                "cours de batterie",
                "solfège"
            ],
            "en": [
                "guitar lessons",
                "singing lessons",
                "drum lessons",
                "vocal coaching"
            ],
            "de": [
                "Gitarrenunterricht",
                "Gesangsunterricht",
                "Schlagzeugunterricht",
                "Geigenunterricht",
                "Instrumentalunterricht",
                "Gesangscoaching"
            ]
        }
    },
    "djing": {
        "synonyms": {
            "fr": [
                "DJ set",
                "soirée DJ"
            ],
            "en": [
                "party DJ",
                "event DJ",
                "mobile disco"
            ],
            "de": [
                "DJ-Set",
                "Party-DJ",
                "Event-DJ"
            ]
        }
    },
    "music-for-media": {
        "synonyms": {
            "fr": [
                "musique de bande-annonce",
                "musique d'attente",
                "synchronisation musicale",
                "musique pour vidéo"
            ],
            "en": [
                "trailer music",
                "on-hold music",
                "music licensing",
                "sync licensing"
            ],
            "de": [
                "Trailermusik",
                "Musiklizenzierung",
                "Warteschleifenmusik",
                "Intro-Musik",
                "Podcastmusik"
            ]
        }
    },
    "brand-identity": {
        "synonyms": {
            "fr": [
                "création de logo",
                "logotype",
                "papeterie d'entreprise",
                "identité graphique"
            ],
            "en": [
                "corporate identity",
                "stationery design",
                "style guide"
            ],
            "de": [
                "Logoentwicklung",
                "Vereinslogo",
                "Firmenlogo",
                "Geschäftsausstattung",
                "Styleguide",
                "Signet"
            ]
        }
    },
    "illustration": {
        "synonyms": {
            "fr": [
                "dessin à l'aquarelle",
                "illustration de livre",
                "portrait dessiné",
                "illustration numérique"
            ],
            "en": [
                "book illustration",
                "digital illustration",
                "watercolour illustration",
                "pen and ink drawing",
                "portrait drawing"
            ],
            "de": [
                "Buchillustration",
                "Handzeichnung",
                "Aquarellillustration",
                "Porträtzeichnung",
                "Editorial-Illustration",
                "Tuschezeichnung",
                "digitale Illustration"
            ]
        }
    },
    "typography": {
        "synonyms": {
            "fr": [
                "police sur mesure",
                "famille de caractères",
                "police web"
            ],
            "en": [
                "custom font",
                "typeface",
                "font family",
                "webfont"
            ],
            "de": [
                "Hausschrift",
                "Schriftfamilie",
                "Schriftentwurf"
            ]
        }
    },
    "motion-design": {
        "synonyms": {
            "fr": [
                "film explicatif",
                "After Effects",
                "typographie animée"
            ],
            "en": [
                "explainer animation",
                "kinetic typography",
                "animated infographic"
            ],
            "de": [
                "Erklärfilm",
                "kinetische Typografie"
            ]
        }
    },
    "print-design": {
        "synonyms": {
            "fr": [
                "carte de visite",
                "dépliant",
                "papier à en-tête",
                "carton d'invitation",
                "kakémono"
            ],
            "en": [
                "business card",
                "leaflet",
                "letterhead",
                "roll-up banner",
                "invitation card"
            ],
            "de": [
                "Visitenkarte",
                "Prospekt",
                "Faltblatt",
                "Einladungskarte",
                "Briefpapier",
                "Roll-up",
                "Programmheft",
                "Postkarte"
            ]
        }
    },
    "calligraphy-lettering": {
        "synonyms": {
            "fr": [
                "marque-place",
                "enseigne peinte à la main",
                "brush lettering"
            ],
            "en": [
                "place cards",
                "chalkboard art",
                "signwriting",
                "wedding stationery"
            ],
            "de": [
                "Platzkarte",
                "Tischkarte",
                "Tafelbeschriftung",
                "Schildermalerei",
                "Hochzeitspapeterie"
            ]
        }
    },
    "childrens-illustration": {
        "synonyms": {
            "fr": [
                "album jeunesse",
                "livre de coloriage",
                "illustration de manuel scolaire"
            ],
            "en": [
                "colouring book",
                "children's book",
                "textbook illustration"
            ],
            "de": [
                "Wimmelbuch",
                "Wimmelbild",
                "Malbuch",
                "Ausmalbild",
                "Schulbuchillustration"
            ]
        }
    },
    "infographics": {
        "synonyms": {
            "fr": [
                "organigramme",
                "frise chronologique",
                "plan illustré",
                "schéma explicatif"
            ],
            "en": [
                "flowchart",
                "org chart",
                "timeline graphic"
            ],
            "de": [
                "Erklärgrafik",
                "Prozessgrafik",
                "Organigramm",
                "Zeitstrahl",
                "Schemazeichnung",
                "illustrierter Stadtplan",
                "Flussdiagramm"
            ]
        }
    },
    "comics": {
        "synonyms": {
            "fr": [
                "dessin de presse",
                "caricature",
                "manga",
                "personnage de BD"
            ],
            "en": [
                "editorial cartoon",
                "webcomic",
                "comic book"
            ],
            "de": [
                "Karikatur",
                "Comicfigur",
                "Comicheft",
                "Pressezeichnung"
            ]
        }
    },
    "icon-design": {
        "synonyms": {
            "fr": [
                "jeu d'icônes",
                "favicon",
                "icône d'application"
            ],
            "en": [
                "icon set",
                "pictogram system"
            ],
            "de": [
                "Icon-Set",
                "Piktogrammsystem"
            ]
        }
    },
    "scientific-illustration": {
        "synonyms": {
            "fr": [
                "planche anatomique",
                "dessin naturaliste",
                "vue éclatée",
                "illustration archéologique"
            ],
            "en": [
                "anatomical illustration",
                "exploded view",
                "natural history illustration",
                "archaeological reconstruction"
            ],
            "de": [
                "anatomische Illustration",
                "botanische Illustration",
                "Pflanzenzeichnung",
                "Tierillustration",
                "naturkundliche Illustration",
                "Explosionszeichnung",
                "Rekonstruktionszeichnung"
            ]
        }
    },
    "editorial-design": {
        "synonyms": {
            "fr": [
                "rapport annuel",
                "rapport d'activité",
                "mise en page de livre"
            ],
            "en": [
                "annual report",
                "book layout",
                "typesetting",
                "magazine design"
            ],
            "de": [
                "Magazinlayout",
                "Buchlayout",
                "Buchsatz",
                "Jahresbericht",
                "Geschäftsbericht",
                "Zeitungslayout",
                "Magazingestaltung"
            ]
        }
    },
    "podcast-production": {
        "synonyms": {
            "fr": [
                "épisode de podcast",
                "podcast d'entreprise",
                "podcast vidéo"
            ],
            "en": [
                "podcast episode",
                "branded podcast",
                "company podcast",
                "video podcast"
            ],
            "de": [
                "Podcastfolge",
                "Firmenpodcast",
                "Unternehmenspodcast",
                "Videopodcast",
                "Podcast-Intro"
            ]
        }
    },
    "journalism": {
        "synonyms": {
            "fr": [
                "article de presse",
                "enquête journalistique",
                "journalisme local"
            ],
            "en": [
                "newspaper article",
                "feature article",
                "investigative journalism"
            ],
            "de": [
                "Zeitungsartikel",
                "Zeitungsbericht",
                "Fachjournalismus",
                "Lokaljournalismus",
                "Kolumne",
                "Hintergrundbericht"
            ]
        }
    },
    "translation": {
        "synonyms": {
            "fr": [
                "agence de traduction",
                "sous-titrage",
                "interprétariat",
                "traduction technique",
                "traduction certifiée"
            ],
            "en": [
                "certified translation",
                "translation agency",
                "subtitling",
                "technical translation"
            ],
            "de": [
                "Fachübersetzung",
                "beglaubigte Übersetzung",
                "Übersetzungsbüro",
                "Untertitelung",
                "ins Italienische",
                "ins Luxemburgische"
            ]
        }
    },
    "proofreading": {
        "synonyms": {
            "fr": [
                "relecture de manuscrit",
                "correction de textes",
                "révision de texte"
            ],
            "en": [
                "manuscript editing",
                "line editing",
                "text correction"
            ],
            "de": [
                "Lektorat",
                "Korrektorat",
                "Textkorrektur",
                "Schlusskorrektur",
                "Textüberarbeitung"
            ]
        }
    },
    "book-publishing": {
        "synonyms": {
            "fr": [
                "autoédition",
                "livre de cuisine",
                "ISBN",
                "ouvrage collectif"
            ],
            "en": [
                "self-publishing",
                "coffee table book"
            ],
            "de": [
                "Buchprojekt",
                "Buchveröffentlichung",
                "Selbstverlag",
                "Bildband",
                "Kochbuch"
            ]
        }
    },
    "magazine-publishing": {
        "synonyms": {
            "fr": [
                "bulletin communal",
                "journal communal",
                "magazine des membres",
                "revue spécialisée"
            ],
            "en": [
                "member magazine",
                "trade magazine"
            ],
            "de": [
                "Kundenzeitschrift",
                "Mitgliedermagazin",
                "Vereinszeitschrift",
                "Gemeindeblatt",
                "Gemeindezeitung",
                "Fachzeitschrift",
                "Stadtmagazin"
            ]
        }
    },
    "ghostwriting": {
        "synonyms": {
            "fr": [
                "autobiographie",
                "récit de vie",
                "rédaction de discours",
                "histoire de famille"
            ],
            "en": [
                "autobiography",
                "memoir",
                "life story",
                "speechwriting",
                "family history"
            ],
            "de": [
                "Autobiografie",
                "Lebensgeschichte",
                "Memoiren",
                "Lebenserinnerungen",
                "Festrede",
                "Unternehmensgeschichte",
                "Familienchronik",
                "Vereinschronik",
                "Ortschronik"
            ]
        }
    },
    "radio-production": {
        "synonyms": {
            "fr": [
                "émission radio",
                "reportage radio",
                "pièce radiophonique",
                "publicité radio"
            ],
            "en": [
                "radio spot",
                "radio commercial",
                "radio drama",
                "radio feature"
            ],
            "de": [
                "Radiospot",
                "Radiobeitrag",
                "Hörfunkspot",
                "Radioreportage",
                "Hörspiel",
                "Radiointerview"
            ]
        }
    },
    "audiobooks": {
        "synonyms": {
            "fr": [
                "audioguide",
                "livre lu",
                "lecture à voix haute"
            ],
            "en": [
                "audio guide",
                "voice recording",
                "audiobook production",
                "voice talent"
            ],
            "de": [
                "Hörbuchproduktion",
                "Sprachaufnahme",
                "Off-Stimme",
                "Hörbuchfassung",
                "Werbesprecher"
            ]
        }
    },
    "print-production": {
        "synonyms": {
            "fr": [
                "impression numérique",
                "prépresse",
                "fichiers d'impression"
            ],
            "en": [
                "digital printing",
                "prepress",
                "print run",
                "print finishing",
                "foil stamping"
            ],
            "de": [
                "Digitaldruck",
                "Druckvorstufe",
                "Druckauftrag",
                "Druckdaten",
                "Buchdruck",
                "Druckveredelung",
                "Heißfolienprägung"
            ]
        }
    },
    "product-photography": {
        "synonyms": {
            "fr": [
                "shooting produit",
                "photographie publicitaire",
                "photos de bijoux"
            ],
            "en": [
                "product shoot",
                "still life photography",
                "jewellery photography",
                "advertising photography"
            ],
            "de": [
                "Produktshooting",
                "Werbefotografie",
                "Sachfotografie",
                "Shopfotos",
                "Schmuckfotografie",
                "Stillleben-Fotografie"
            ]
        }
    },
    "portrait-photography": {
        "synonyms": {
            "fr": [
                "photo d'identité",
                "shooting famille",
                "photos de famille",
                "photo de naissance"
            ],
            "en": [
                "family photos",
                "staff photos",
                "passport photos",
                "newborn photography"
            ],
            "de": [
                "Familienfotos",
                "Familienshooting",
                "Mitarbeiterfotos",
                "Babyfotos",
                "Neugeborenenfotografie",
                "Porträtshooting",
                "Passfoto"
            ]
        }
    },
    "event-photography": {
        "synonyms": {
            "fr": [
                "photos de mariage",
                "reportage de mariage",
                "photos de concert",
                "borne photo"
            ],
            "en": [
                "wedding photos",
                "wedding photography",
                "concert photography",
                "photo booth",
                "conference photography"
            ],
            "de": [
                "Hochzeitsfotos",
                "Hochzeitsfotografie",
                "Eventfotos",
                "Partyfotos",
                "Konzertfotografie",
                "Sportfotografie",
                "Fotobox",
                "Hochzeitsreportage"
            ]
        }
    },
    "architectural-photography": {
        "synonyms": {
            "fr": [
                "photos d'hôtel",
                "photographie immobilière",
                "photographie d'intérieur"
            ],
            "en": [
                "hotel photos",
                "interior photography",
                "property photography"
            ],
            "de": [
                "Hotelfotos",
                "Interiorfotografie",
                "Immobilienfotografie",
                "Architekturfotos",
                "Gebäudeaufnahmen"
            ]
        }
    },
    "painting": {
        "synonyms": {
            "fr": [
                "peinture à l'huile",
                "aquarelle",
                "portrait peint",
                "tableau sur commande"
            ],
            "en": [
                "oil painting",
                "watercolour",
                "portrait painting",
                "commissioned painting"
            ],
            "de": [
                "Ölgemälde",
                "Aquarell",
                "Acrylbild",
                "Porträtmalerei",
                "Auftragsmalerei",
                "Ölbild",
                "Aquarellmalerei"
            ]
        }
    },
    "sculpture": {
        "synonyms": {
            "fr": [
                "buste",
                "sculpture en pierre",
                "statuette",
                "sculpture monumentale"
            ],
            "en": [
                "bronze statue",
                "stone sculpture",
                "wood carving"
            ],
            "de": [
                "Büste",
                "Holzskulptur",
                "Steinskulptur",
                "Bronzefigur",
                "Metallskulptur"
            ]
        }
    },
    "murals": {
        "synonyms": {
            "fr": [
                "peinture sur façade",
                "trompe-l'œil"
            ],
            "en": [
                "fresco",
                "trompe l'oeil",
                "facade painting"
            ],
            "de": [
                "Fassadenmalerei",
                "Wandgemälde",
                "Fresko",
                "Auftragsgraffiti"
            ]
        }
    },
    "printmaking": {
        "synonyms": {
            "fr": [
                "gravure sur bois",
                "eau-forte"
            ],
            "en": [
                "etching",
                "woodcut",
                "risograph"
            ],
            "de": [
                "Holzschnitt",
                "Kupferstich",
                "Risodruck",
                "Kaltnadelradierung"
            ]
        }
    },
    "photo-retouching": {
        "synonyms": {
            "fr": [
                "photomontage",
                "restauration de photos",
                "Lightroom",
                "retouche portrait"
            ],
            "en": [
                "photo editing",
                "photo manipulation",
                "photo restoration",
                "skin retouching"
            ],
            "de": [
                "Fotobearbeitung",
                "Hautretusche",
                "Beautyretusche",
                "Fotomontage",
                "Fotorestaurierung"
            ]
        }
    },
    "food-photography": {
        "synonyms": {
            "fr": [
                "photos de recettes",
                "photos de menu",
                "photos de boissons"
            ],
            "en": [
                "recipe photos",
                "menu photos",
                "drinks photography"
            ],
            "de": [
                "Foodfotos",
                "Rezeptfotos",
                "Kochbuchfotografie",
                "Essensfotos",
                "Getränkefotografie",
                "Speisekartenfotos"
            ]
        }
    },
    "curating": {
        "synonyms": {
            "fr": [
                "conseil en art",
                "médiation culturelle"
            ],
            "en": [
                "art consultancy",
                "art advisory",
                "exhibition concept"
            ],
            "de": [
                "Ausstellungskonzept",
                "Kuratierung",
                "Kunstberatung",
                "Kunstvermittlung"
            ]
        }
    }
}


def change(apps, schema_editor):
    add_lines(apps.get_model("taxonomy", "Skill"), ADDITIONS)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0005_brief_words")]

    operations = [migrations.RunPython(change, migrations.RunPython.noop)]
