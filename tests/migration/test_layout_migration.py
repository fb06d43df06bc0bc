"""A database made before the base layer existed keeps everything when migrated: the models that moved
(Branch, Skill, SpokenLanguage from members to taxonomy; FooterText, SocialLinks, SiteSettings from home to
core) keep their tables and rows, their content types are relabelled in place (so revisions, translations,
permissions and log entries that point to them by id still do), and nothing else changes.

``layout_check.py`` in this folder does the same on a whole demo database built with the old code."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

OLD_LAYOUT = [
    ("home", "0004_home_sections_site_settings"),
    ("members", "0002_member_space"),
    ("agenda", "0002_listing_indexes"),
    ("jobs", "0002_listing_indexes"),
    ("matchmaking", "0002_editor_permissions"),
    ("core", None),
    ("taxonomy", None),
]
MOVED = {
    ("members", "branch"): "taxonomy",
    ("members", "skill"): "taxonomy",
    ("members", "spokenlanguage"): "taxonomy",
    ("home", "footertext"): "core",
    ("home", "sociallinks"): "core",
    ("home", "sitesettings"): "core",
}


def migrate(targets):
    """Migrate to ``targets``; the models as they are there (with auth's and contenttypes')."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    loader = MigrationExecutor(connection).loader
    nodes = [target for target in targets if target[1] is not None]
    nodes += [node for node in loader.graph.leaf_nodes() if node[0] in ("auth", "contenttypes")]
    return loader.project_state(nodes).apps


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # as the browser tests: flushed without post_migrate
def test_a_database_of_the_old_layout_keeps_its_rows_and_content_types(settings):
    settings.TAXONOMY_LOADED_BY_MIGRATION = True  # as outside tests
    old = migrate(OLD_LAYOUT)
    content_type = old.get_model("contenttypes", "ContentType")
    permission = old.get_model("auth", "Permission")
    group = old.get_model("auth", "Group")
    old_ids = {}
    for (app, model), _new_app in MOVED.items():
        content_type.objects.filter(app_label=MOVED[(app, model)], model=model).delete()
        ct, _made = content_type.objects.get_or_create(app_label=app, model=model)
        old_ids[(app, model)] = ct.pk
    editors = group.objects.create(name="Old editors")
    change_skill, _made = permission.objects.get_or_create(
        content_type_id=old_ids[("members", "skill")], codename="change_skill", defaults={"name": "Can change skill"}
    )
    editors.permissions.add(change_skill)

    branch_model = old.get_model("members", "Branch")
    skill_model = old.get_model("members", "Skill")
    skill_model.objects.all().delete()
    branch_model.objects.all().delete()
    old.get_model("members", "SpokenLanguage").objects.all().delete()
    design = branch_model.objects.create(code="design", label_fr="Design", label_en="Design", label_de="Design")
    skill_model.objects.create(
        code="packaging", branch=design, label_fr="Emballage", label_en="Packaging", label_de="Verpackung"
    )
    old.get_model("members", "SpokenLanguage").objects.create(code="lb")
    old.get_model("home", "SocialLinks").objects.create(linkedin="https://www.linkedin.com/company/example")

    new = migrate(latest())

    new_content_type = new.get_model("contenttypes", "ContentType")
    for (app, model), new_app in MOVED.items():
        moved = new_content_type.objects.get(app_label=new_app, model=model)
        assert moved.pk == old_ids[(app, model)], f"{app}.{model} got a new content type instead of its own"
        assert not new_content_type.objects.filter(app_label=app, model=model).exists()
    assert list(new.get_model("auth", "Group").objects.get(name="Old editors").permissions.all()) == [
        new.get_model("auth", "Permission").objects.get(codename="change_skill")
    ]
    skill = new.get_model("taxonomy", "Skill").objects.get(code="packaging")
    assert (skill.label_de, skill.branch.code) == ("Verpackung", "design")
    # The shipped vocabulary is added to what was there, nothing an editor made is overwritten.
    assert new.get_model("taxonomy", "Branch").objects.get(code="design").label_fr == "Design"
    assert new.get_model("taxonomy", "Branch").objects.count() == 12
    assert new.get_model("taxonomy", "Skill").objects.count() == 132
    assert new.get_model("taxonomy", "SpokenLanguage").objects.filter(code="lb").count() == 1
    links = new.get_model("core", "SocialLinks").objects.get()
    assert links.linkedin == "https://www.linkedin.com/company/example"
