"""A small trilingual site tree built by factories, for tests across apps."""

from dataclasses import dataclass, field

from home.factories import make_home, translate_page
from members.factories import (
    BranchFactory,
    BranchPageFactory,
    DirectoryPageFactory,
    MemberPageFactory,
    PortfolioItemFactory,
)

DIRECTORY_SLUGS = {"en": ("Members", "members"), "de": ("Mitglieder", "mitglieder")}


@dataclass
class SiteTree:
    locales: dict
    home: dict = field(default_factory=dict)
    directory: dict = field(default_factory=dict)
    branches: dict = field(default_factory=dict)
    members: list = field(default_factory=list)


def add_member(tree, branch_code="design", items=1, lang_versions=("en", "de"), item_image=None, **fields):
    """A French member under a branch with ``items`` portfolio items, translated into ``lang_versions``."""
    parent = tree.branches[branch_code]["fr"]
    member = MemberPageFactory(parent=parent, locale=tree.locales["fr"], **fields)
    for n in range(items):
        extra = {"image": item_image} if item_image else {}
        PortfolioItemFactory(page=member, locale=tree.locales["fr"], sort_order=n, **extra)
    member.save_revision().publish()
    versions = {"fr": member}
    for lang in lang_versions:
        versions[lang] = translate_page(member, tree.locales[lang], tagline=f"{member.tagline} ({lang})")
    tree.members.append(versions)
    return versions


def build_site_tree(members_per_branch=2):
    home, locales = make_home()
    tree = SiteTree(locales=locales)
    tree.home = {"fr": home}
    for lang in ("en", "de"):
        tree.home[lang] = translate_page(home, locales[lang], title=f"Home {lang}")
    directory = DirectoryPageFactory(parent=home, locale=locales["fr"], show_in_menus=True)
    tree.directory = {"fr": directory}
    for lang, (title, slug) in DIRECTORY_SLUGS.items():
        tree.directory[lang] = translate_page(directory, locales[lang], title=title, slug=slug)
    for code in ("design", "music"):
        branch = BranchFactory(code=code, label_fr=code.title(), label_en=code.title(), label_de=code.title())
        page = BranchPageFactory(parent=directory, branch=branch, locale=locales["fr"])
        tree.branches[code] = {"fr": page}
        for lang in ("en", "de"):
            tree.branches[code][lang] = translate_page(page, locales[lang], slug=f"{code}-{lang}")
        for _n in range(members_per_branch):
            add_member(tree, code)
    return tree
