"""A small trilingual site tree built by factories, for tests across apps."""

import contextlib
from dataclasses import dataclass, field

from members.translations import register_members
from tests.factories.home import make_home, translate_page
from tests.factories.members import (
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
    register_members([member.translation_key])  # as every path that creates members does
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


def tree_ids(tree):
    """The page ids of ``tree``, to load it again in another test."""
    return {
        "home": {lang: page.pk for lang, page in tree.home.items()},
        "directory": {lang: page.pk for lang, page in tree.directory.items()},
        "branches": {code: {lang: page.pk for lang, page in v.items()} for code, v in tree.branches.items()},
        "members": [{lang: page.pk for lang, page in v.items()} for v in tree.members],
    }


def load_site_tree(ids):
    """The tree saved by ``tree_ids``, as fresh objects read from the database (``None`` when it is gone)."""
    from wagtail.models import Locale, Page

    wanted = [*ids["home"].values(), *ids["directory"].values()]
    wanted += [pk for group in (*ids["branches"].values(), *ids["members"]) for pk in group.values()]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=wanted).specific()}
    if len(pages) != len(wanted):
        return None
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=("fr", "en", "de"))}
    tree = SiteTree(locales=locales)
    tree.home = {lang: pages[pk] for lang, pk in ids["home"].items()}
    tree.directory = {lang: pages[pk] for lang, pk in ids["directory"].items()}
    tree.branches = {code: {lang: pages[pk] for lang, pk in v.items()} for code, v in ids["branches"].items()}
    tree.members = [{lang: pages[pk] for lang, pk in v.items()} for v in ids["members"]]
    return tree


def build_editorial_content(tree, each_step=contextlib.nullcontext):
    """What seed_demo adds around the members: news, agenda, jobs, portrait, statistics and standard pages.

    wagtail-localize publishes translations on commit: run in autocommit mode as seed_demo does, or in a test
    transaction with ``each_step`` running each step's on-commit callbacks at its end."""
    from demo.seed import EDITORIAL
    from demo.site import ensure_standard_pages

    members = [versions["fr"] for versions in tree.members]
    for section in EDITORIAL:
        with each_step():
            section.ensure_demo(tree.home["fr"], tree.locales, members)
    with each_step():
        ensure_standard_pages(tree.home["fr"], tree.locales)
    return tree


def forget_cached_pages():
    """Remove the pages from the anonymous page cache and keep its fragments: the next request renders its page
    as a page asked for the first time since content changed (what ``make bench`` calls cold)."""
    from django.core.cache import cache

    if hasattr(cache, "delete_pattern"):  # Redis
        cache.delete_pattern("page-cache:page:*")
        return
    for key in list(cache._cache):  # locmem: keys are ":<version>:<key>"
        if "page-cache:page:" in key:
            cache.delete(key.split(":", 2)[2])
