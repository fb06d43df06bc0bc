"""Editors and moderators read briefs and the dashboard, and curate the skill taxonomy."""

from django.db import migrations

GRANTS = {
    ("matchmaking", "brief"): ("view",),
    ("matchmaking", "briefrecipient"): ("view",),
    ("members", "skill"): ("add", "change", "delete", "view"),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    groups = list(Group.objects.filter(name__in=["Editors", "Moderators"]))
    for (app_label, model), actions in GRANTS.items():
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            for group in groups:
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
