from django.db import migrations

from taxonomy.loading import add_lines, remove_lines

# Words clients write in briefs and searches that the data file now has (boxes for packaging, "Imagefilm",
# "Revit", "Denkmalschutz", "TikTok creators"…), and a word it no longer has ("Karten": a menu card is no game
# level); existing sites get the same.
ADDITIONS = {
    "game-audio": {
        "synonyms": {
            "fr": [
                "musique de jeu",
                "musique du jeu"
            ],
            "en": [
                "game music",
                "in-game music"
            ],
            "de": [
                "Spielmusik",
                "Musik im Spiel"
            ]
        }
    },
    "print-design": {
        "synonyms": {
            "fr": [
                "menu de restaurant",
                "carte des mets"
            ],
            "en": [
                "restaurant menu",
                "menu card"
            ],
            "de": [
                "Speisekarte",
                "Menükarte",
                "Getränkekarte"
            ]
        }
    },
    "exhibition-design": {
        "synonyms": {
            "fr": [
                "stand d'exposition"
            ],
            "en": [
                "trade show booth",
                "exhibition booth"
            ],
            "de": [
                "Messeauftritt"
            ]
        }
    },
    "sculpture": {
        "roles": {
            "en": [
                "sculptress"
            ]
        }
    },
    "packaging": {
        "synonyms": {
            "fr": [
                "boîtes",
                "boîte en carton",
                "coffret"
            ],
            "en": [
                "boxes",
                "gift box"
            ],
            "de": [
                "Schachteln",
                "Tüten",
                "Verpackungen"
            ]
        }
    },
    "music-for-media": {
        "synonyms": {
            "fr": [
                "musique originale",
                "bande originale",
                "habillage sonore"
            ],
            "en": [
                "original score",
                "soundtrack",
                "theme tune"
            ],
            "de": [
                "Erkennungsmelodie",
                "Soundtrack",
                "Titelmusik"
            ]
        }
    },
    "influencer-marketing": {
        "synonyms": {
            "fr": [
                "créateurs TikTok",
                "partenariats avec des créateurs"
            ],
            "en": [
                "TikTok creators",
                "Instagram creators",
                "creator partnerships"
            ],
            "de": [
                "Instagram-Creator",
                "TikTok-Creator",
                "Creator-Kooperationen"
            ]
        }
    },
    "virtual-augmented-reality": {
        "synonyms": {
            "fr": [
                "réalité virtuelle"
            ],
            "en": [
                "virtual reality"
            ],
            "de": [
                "virtuelle Realität",
                "VR-Brille"
            ]
        }
    },
    "architectural-models": {
        "synonyms": {
            "fr": [
                "maquette physique"
            ],
            "en": [
                "architectural model"
            ],
            "de": [
                "physisches Modell",
                "Holzmodell"
            ]
        }
    },
    "urban-planning": {
        "synonyms": {
            "fr": [
                "place publique",
                "espace public"
            ],
            "en": [
                "public space",
                "town square",
                "village square"
            ],
            "de": [
                "Dorfplatz",
                "Platzgestaltung",
                "öffentlicher Raum"
            ]
        }
    },
    "landscape-architecture": {
        "synonyms": {
            "fr": [
                "plantations",
                "végétalisation"
            ],
            "en": [
                "tree planting"
            ],
            "de": [
                "Begrünung",
                "Bepflanzung"
            ]
        }
    },
    "cms-websites": {
        "synonyms": {
            "fr": [
                "CMS",
                "mettre à jour nous-mêmes"
            ],
            "en": [
                "CMS",
                "update it ourselves",
                "easy to update"
            ],
            "de": [
                "CMS",
                "selbst pflegen"
            ]
        }
    },
    "digital-accessibility": {
        "synonyms": {
            "fr": [
                "accessibilité",
                "facile à lire"
            ],
            "en": [
                "accessibility",
                "easy to read"
            ],
            "de": [
                "barrierefrei",
                "Barrierefreiheit",
                "gut lesbar"
            ]
        }
    },
    "product-photography": {
        "synonyms": {
            "fr": [
                "photos de produits",
                "détourage"
            ],
            "en": [
                "product photos",
                "product shots",
                "pictures"
            ],
            "de": [
                "Freisteller",
                "Produktbilder"
            ]
        }
    },
    "corporate-video": {
        "synonyms": {
            "fr": [
                "film de présentation",
                "film d'entreprise"
            ],
            "en": [
                "image film",
                "hotel video"
            ],
            "de": [
                "Imagefilm",
                "Imagevideo"
            ]
        }
    },
    "ux-research": {
        "synonyms": {
            "fr": [
                "entretiens avec les utilisateurs",
                "interroger les utilisateurs"
            ],
            "en": [
                "user research",
                "talk to users"
            ],
            "de": [
                "Nutzerinterviews",
                "mit Nutzern sprechen",
                "Nutzerbefragung"
            ]
        }
    },
    "ui-design": {
        "synonyms": {
            "fr": [
                "prototype cliquable"
            ],
            "en": [
                "clickable prototype"
            ],
            "de": [
                "klickbarer Prototyp",
                "Oberfläche"
            ]
        }
    },
    "translation": {
        "synonyms": {
            "de": [
                "ins Französische",
                "ins Deutsche",
                "ins Englische"
            ]
        }
    },
    "bim-modelling": {
        "synonyms": {
            "fr": [
                "Revit",
                "ArchiCAD"
            ],
            "en": [
                "Revit",
                "ArchiCAD"
            ],
            "de": [
                "Revit",
                "ArchiCAD"
            ]
        }
    },
    "3d-visualisation": {
        "synonyms": {
            "fr": [
                "vues photoréalistes",
                "rendus"
            ],
            "en": [
                "photorealistic views",
                "renderings"
            ],
            "de": [
                "fotorealistische Ansichten",
                "Visualisierungen",
                "Renderings"
            ]
        }
    },
    "heritage-renovation": {
        "synonyms": {
            "fr": [
                "bâtiment classé",
                "patrimoine bâti"
            ],
            "en": [
                "heritage building",
                "historic building"
            ],
            "de": [
                "denkmalgeschützt",
                "Denkmalschutz",
                "Denkmalamt"
            ]
        }
    },
    "sustainable-building": {
        "synonyms": {
            "fr": [
                "rénovation énergétique",
                "matériaux naturels"
            ],
            "en": [
                "energy retrofit",
                "natural materials"
            ],
            "de": [
                "energetische Sanierung",
                "natürliche Materialien"
            ]
        }
    },
    "architectural-design": {
        "synonyms": {
            "fr": [
                "permis de bâtir",
                "transformation d'un bâtiment"
            ],
            "en": [
                "building permit",
                "building conversion"
            ],
            "de": [
                "Umbau",
                "Baugenehmigung"
            ]
        }
    },
    "serious-games": {
        "synonyms": {
            "fr": [
                "jeu pédagogique",
                "apprendre en s'amusant"
            ],
            "en": [
                "learning game",
                "game-based learning"
            ],
            "de": [
                "Lernspiel",
                "spielerisch lernen"
            ]
        }
    },
    "retail-design": {
        "synonyms": {
            "fr": [
                "présentoirs",
                "agencement",
                "mobilier de magasin"
            ],
            "en": [
                "shop fittings",
                "store displays"
            ],
            "de": [
                "Ladeneinrichtung",
                "Warenpräsentation"
            ]
        }
    },
    "scientific-illustration": {
        "synonyms": {
            "fr": [
                "dessins scientifiques",
                "schémas scientifiques"
            ],
            "en": [
                "scientific drawings",
                "drawings of cells",
                "scientific figures"
            ],
            "de": [
                "wissenschaftliche Zeichnungen",
                "wissenschaftliche Abbildungen"
            ]
        }
    },
    "ghostwriting": {
        "synonyms": {
            "fr": [
                "histoire de l'entreprise",
                "écrit à partir d'entretiens"
            ],
            "en": [
                "company history",
                "written from interviews"
            ],
            "de": [
                "Firmenchronik",
                "Chronik"
            ]
        }
    },
    "book-publishing": {
        "synonyms": {
            "fr": [
                "livre anniversaire",
                "beau livre"
            ],
            "en": [
                "anniversary book",
                "commemorative book"
            ],
            "de": [
                "Jubiläumsbuch",
                "Festschrift"
            ]
        }
    },
    "portrait-photography": {
        "synonyms": {
            "fr": [
                "portrait photographique"
            ],
            "en": [
                "photographic portraits",
                "pictures"
            ],
            "de": [
                "fotografische Porträts"
            ]
        }
    },
    "e-commerce": {
        "synonyms": {
            "fr": [
                "vendre en ligne",
                "commander en ligne"
            ],
            "en": [
                "sell online",
                "order online"
            ],
            "de": [
                "online verkaufen",
                "online bestellen"
            ]
        }
    },
    "level-design": {
        "synonyms": {
            "de": [
                "Kartendesign"
            ]
        }
    },
    "pattern-making": {
        "synonyms": {
            "de": [
                "Schnitte"
            ]
        }
    },
    "event-photography": {
        "synonyms": {
            "en": [
                "pictures"
            ]
        }
    },
    "architectural-photography": {
        "synonyms": {
            "en": [
                "pictures"
            ]
        }
    },
    "food-photography": {
        "synonyms": {
            "en": [
                "pictures",
                "photos of dishes"
            ],
            "de": [
                "Fotos der Gerichte"
            ]
        }
    }
}

REMOVALS = {
    "level-design": {
        "synonyms": {
            "de": [
                "Karten"
            ]
        }
    }
}


def change(apps, schema_editor):
    skill = apps.get_model("taxonomy", "Skill")
    add_lines(skill, ADDITIONS)
    remove_lines(skill, REMOVALS)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0004_more_role_nouns")]

    operations = [migrations.RunPython(change, migrations.RunPython.noop)]
