import datetime
from dataclasses import dataclass, field

import pytest

from tests.factories.home import translate_page
from tests.factories.news import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory

INDEX = {"en": ("News", "news"), "de": ("Aktuelles", "aktuelles")}


@dataclass
class NewsTree:
    site: object
    index: dict
    categories: dict
    articles: list = field(default_factory=list)

    def add(self, langs=("en", "de"), tags=None, categories=(), members=(), **fields):
        """A French article (published) translated into ``langs``; ``tags`` maps a language to its tags."""
        tags = tags or {}
        page = NewsPageFactory(parent=self.index["fr"], locale=self.site.locales["fr"], **fields)
        for code in categories:
            page.categories.add(self.categories[code])
        for member in members:
            page.related_members.add(member)
        page.tags.add(*tags.get("fr", []))
        page.save_revision().publish()
        versions = {"fr": page}
        for lang in langs:
            translated = translate_page(page, self.site.locales[lang], title=f"{page.title} ({lang})")
            translated.tags.set(tags.get(lang, []), clear=True)
            translated.save_revision().publish()
            versions[lang] = translated
        self.articles.append(versions)
        return versions


def build_news_tree(site_tree):
    index = NewsIndexPageFactory(parent=site_tree.home["fr"], locale=site_tree.locales["fr"], show_in_menus=True)
    versions = {"fr": index}
    for lang, (title, slug) in INDEX.items():
        versions[lang] = translate_page(index, site_tree.locales[lang], title=title, slug=slug)
    categories = {
        code: NewsCategoryFactory(code=code, label_fr=fr, label_en=en, label_de=de)
        for code, fr, en, de in [
            ("cluster", "Vie du cluster", "Cluster news", "Cluster-News"),
            ("funding", "Financements et appels", "Funding and calls", "Förderungen und Aufrufe"),
        ]
    }
    return NewsTree(site=site_tree, index=versions, categories=categories)


@pytest.fixture
def news_tree(site_tree):
    return build_news_tree(site_tree)


@pytest.fixture
def some_news(news_tree):
    """Three articles: two in 2026 (one funding), one in 2025; tags per language."""
    news_tree.add(
        title="Appel à projets",
        slug="appel",
        date=datetime.date(2026, 9, 10),
        categories=["funding"],
        tags={"fr": ["subvention"], "en": ["grant"], "de": ["Förderung"]},
    )
    news_tree.add(
        title="Nouveau manager",
        slug="manager",
        date=datetime.date(2026, 3, 2),
        categories=["cluster"],
        members=[news_tree.site.members[0]["fr"]],
    )
    news_tree.add(title="Rencontre B2B", slug="b2b", date=datetime.date(2025, 11, 20), categories=["cluster"])
    return news_tree
