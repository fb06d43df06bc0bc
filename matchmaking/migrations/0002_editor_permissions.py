"""Editors and moderators read briefs and the dashboard, and curate the skill taxonomy."""

from django.db import migrations

from core.permissions import grant_to_editors

GRANTS = {
    ("matchmaking", "brief"): ("view",),
    ("matchmaking", "briefrecipient"): ("view",),
    ("members", "skill"): ("add", "change", "delete", "view"),
}


def grant(apps, schema_editor):
    grant_to_editors(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
