from django.db import migrations

from taxonomy.loading import add_lines

# Role nouns and synonyms added to the data file in this release (trades visitors name that way: "Tischler" for
# furniture, "monteuse" for a film editor, "Foto" for any photography); existing sites get them too.
ADDITIONS = {
    "video-editing": {
        "roles": {
            "fr": [
                "monteur",
                "monteuse"
            ]
        }
    },
    "furniture-design": {
        "roles": {
            "de": [
                "Tischler",
                "Tischlerin",
                "Schreiner",
                "Schreinerin"
            ],
            "fr": [
                "menuisier",
                "menuisière"
            ],
            "en": [
                "cabinetmaker",
                "carpenter",
                "joiner"
            ]
        }
    },
    "fine-woodworking": {
        "roles": {
            "en": [
                "carpenter"
            ]
        }
    },
    "product-photography": {
        "synonyms": {
            "fr": [
                "photo"
            ],
            "en": [
                "photo"
            ],
            "de": [
                "Foto"
            ]
        }
    },
    "portrait-photography": {
        "synonyms": {
            "fr": [
                "photo"
            ],
            "en": [
                "photo"
            ],
            "de": [
                "Foto"
            ]
        }
    },
    "event-photography": {
        "synonyms": {
            "fr": [
                "photo"
            ],
            "en": [
                "photo"
            ],
            "de": [
                "Foto"
            ]
        }
    },
    "architectural-photography": {
        "synonyms": {
            "fr": [
                "photo"
            ],
            "en": [
                "photo"
            ],
            "de": [
                "Foto"
            ]
        }
    },
    "food-photography": {
        "synonyms": {
            "fr": [
                "photo"
            ],
            "en": [
                "photo"
            ],
            "de": [
                "Foto"
            ]
        }
    }
}


def add(apps, schema_editor):
    add_lines(apps.get_model("taxonomy", "Skill"), ADDITIONS)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0003_skill_roles")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
