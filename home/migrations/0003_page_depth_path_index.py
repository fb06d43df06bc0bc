"""An index on wagtailcore_page (depth, path) for child listings at scale.

``page.get_children()`` filters on depth and a path range; without this index
SQLite walks every descendant (30,000 member pages at 10,000 members) to find the
dozen children of the home page or the directory.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS portal_page_depth_path",
        )
    ]
