from django.db import migrations, models

from taxonomy.loading import fill_roles


def fill(apps, schema_editor):
    fill_roles(apps.get_model("taxonomy", "Skill"))


class Migration(migrations.Migration):
    """Role nouns beside labels and synonyms (graphiste, Fotografin, illustrator), filled from the data file for
    the skills that have none; editors keep editing them in the admin."""

    dependencies = [("taxonomy", "0002_load_taxonomy")]

    operations = [
        migrations.AddField(
            model_name="skill",
            name="roles_fr",
            field=models.TextField(
                blank=True,
                help_text="Who does this work, one per line, masculine and feminine: graphiste, illustrateur, illustratrice.",
                verbose_name="role nouns (French)",
            ),
        ),
        migrations.AddField(
            model_name="skill",
            name="roles_en",
            field=models.TextField(
                blank=True, help_text="Who does this work, one per line: illustrator.", verbose_name="role nouns (English)"
            ),
        ),
        migrations.AddField(
            model_name="skill",
            name="roles_de",
            field=models.TextField(
                blank=True,
                help_text="Who does this work, one per line, masculine and feminine: Illustrator, Illustratorin.",
                verbose_name="role nouns (German)",
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
