from django.conf import settings
from django.db import migrations

from taxonomy.loading import load_taxonomy


def load(apps, schema_editor):
    if not settings.TAXONOMY_LOADED_BY_MIGRATION:
        return  # the test settings: each test makes the branches and skills it counts
    load_taxonomy(
        apps.get_model("taxonomy", "Branch"),
        apps.get_model("taxonomy", "Skill"),
        apps.get_model("taxonomy", "SpokenLanguage"),
    )


class Migration(migrations.Migration):
    """A fresh database gets the cluster's 12 branches, 132 skills and the spoken languages; an existing one
    gets only what it lacks (nothing an editor changed is overwritten)."""

    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
