"""Operations for migrations that move models from one app to another without touching their tables."""

from django.db import migrations


def move_content_types(old_app, new_app, models):
    """A RunPython that relabels the content types of ``models`` from ``old_app`` to ``new_app``.

    Everything that points to a content type by id (page revisions, wagtail-localize's translation sources,
    search index entries, permissions and the groups that hold them, log entries) keeps pointing to the same
    row, now named after the new app. A row of the new label made meanwhile (nothing can point to it yet) is
    removed first. Reversible."""

    def relabel(apps, from_app, to_app):
        content_type = apps.get_model("contenttypes", "ContentType")
        for model in models:
            old = content_type.objects.filter(app_label=from_app, model=model).first()
            if old is None:
                continue  # a fresh database: the content type is made after the migrations
            content_type.objects.filter(app_label=to_app, model=model).delete()
            old.app_label = to_app
            old.save(update_fields=["app_label"])
        content_type.objects.clear_cache()

    def forwards(apps, schema_editor):
        relabel(apps, old_app, new_app)

    def backwards(apps, schema_editor):
        relabel(apps, new_app, old_app)

    return migrations.RunPython(forwards, backwards)
