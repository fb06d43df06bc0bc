"""Editors and moderators configure webhook endpoints and read the delivery log."""

from django.db import migrations

from core.permissions import grant_to_editors

GRANTS = {
    ("api", "webhookendpoint"): ("add", "change", "delete", "view"),
    ("api", "webhookdelivery"): ("view",),
}


def grant(apps, schema_editor):
    grant_to_editors(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [("api", "0001_initial"), ("wagtailcore", "0002_initial_data"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
