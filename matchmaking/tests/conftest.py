import json

import pytest
from django.conf import settings

from taxonomy.models import Branch, Skill, SpokenLanguage
from tests.factories.home import translate_page
from tests.factories.members import MemberPageFactory, SkillFactory, SpokenLanguageFactory


def demo_skill(code, branch):
    """A skill with the demo taxonomy's labels and synonyms in three languages."""
    with open(settings.BASE_DIR / "taxonomy" / "data" / "taxonomy.json", encoding="utf-8") as file:
        skills = json.load(file)["skills"]
    data = next(s for s in skills if s["code"] == code)
    fields = {f"label_{lang}": data["label"][lang] for lang in ("fr", "en", "de")}
    fields.update({f"synonyms_{lang}": "\n".join(data["synonyms"][lang]) for lang in ("fr", "en", "de")})
    return Skill.objects.filter(code=code).first() or SkillFactory(code=code, branch=branch, **fields)


def language(code):
    return SpokenLanguage.objects.filter(code=code).first() or SpokenLanguageFactory(code=code)


def french_member(tree, branch="design", skills=(), languages=("fr", "de"), owner=None, **fields):
    """A member who wrote only in French; its English and German pages show that text."""
    parent = tree.branches[branch]["fr"]
    page = MemberPageFactory(parent=parent, locale=tree.locales["fr"], **fields)
    page.branches.add(Branch.objects.get(code=branch))
    page.skills.add(*skills)
    page.languages.add(*[language(code) for code in languages])
    if owner:
        page.owners.add(owner)
    page.save_revision().publish()
    page.refresh_from_db()
    versions = {"fr": page}
    for lang in ("en", "de"):
        versions[lang] = translate_page(page, tree.locales[lang], tagline=page.tagline)
    return versions


@pytest.fixture
def taxonomy(site_tree):
    design = Branch.objects.get(code="design")
    music = Branch.objects.get(code="music")
    return {
        "brand-identity": demo_skill("brand-identity", design),
        "packaging": demo_skill("packaging", design),
        "sound-design": demo_skill("sound-design", music),
    }


@pytest.fixture
def mosaique(site_tree, taxonomy, django_user_model):
    """ "Atelier Mosaïque": identité visuelle and packaging, in French only, with an owner account."""
    owner = django_user_model.objects.create_user("owner@mosaique.lu", "owner@mosaique.lu", "a-long-passphrase-42")
    return french_member(
        site_tree,
        "design",
        skills=[taxonomy["brand-identity"], taxonomy["packaging"]],
        owner=owner,
        title="Atelier Mosaïque",
        tagline="Identité visuelle et packaging pour les artisans",
        bio="<p>Nous dessinons des logos, des chartes graphiques et des emballages.</p>",
        available_for_hire=True,
        contact_email="",
    )
