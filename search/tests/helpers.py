"""Members with chosen facet values, for search tests."""

from taxonomy.models import Branch
from tests.factories.home import translate_page
from tests.factories.members import MemberPageFactory, PortfolioItemFactory, SkillFactory, SpokenLanguageFactory

SKILL_CODES = ("branding", "packaging", "sound-design", "mixing", "web", "photo")


def skills():
    return {
        code: SkillFactory(
            code=code,
            branch=Branch.objects.get(code="design"),
            label_fr=f"Compétence {code}",
            label_en=f"Skill {code}",
            label_de=f"Fähigkeit {code}",
        )
        for code in SKILL_CODES
    }


def make_member(
    tree,
    branch="design",
    *,
    secondary=(),
    skill_codes=(),
    languages=(),
    media=(),
    translate_to=(),
    items=None,
    **fields,
):
    """A live French member (optionally translated) with these facet values, indexed on publish."""
    parent = tree.branches[branch]["fr"]
    page = MemberPageFactory(parent=parent, locale=tree.locales["fr"], **fields)
    page.branches.add(*Branch.objects.filter(code__in=[branch, *secondary]))
    page.skills.add(*[s for s in skills().values() if s.code in skill_codes])
    page.languages.add(*[SpokenLanguageFactory(code=code) for code in languages])
    for n, media_type in enumerate(media):
        PortfolioItemFactory(page=page, locale=tree.locales["fr"], sort_order=n, media_type=media_type, image=None)
    for n, item in enumerate(items or []):
        PortfolioItemFactory(page=page, locale=tree.locales["fr"], sort_order=len(media) + n, image=None, **item)
    page.save_revision().publish()
    page.refresh_from_db()
    versions = {"fr": page}
    for lang in translate_to:
        versions[lang] = translate_page(page, tree.locales[lang])
    return versions
