"""Grant model permissions to the editors' groups, from data migrations (historical models only)."""

EDITOR_GROUPS = ("Editors", "Moderators")


def grant_to_editors(apps, grants):
    """``grants``: {(app label, model name): (action, ...)}; creates missing permissions, adds them to the groups."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    groups = list(Group.objects.filter(name__in=EDITOR_GROUPS))
    for (app_label, model), actions in grants.items():
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            for group in groups:
                group.permissions.add(permission)
