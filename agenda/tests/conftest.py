from dataclasses import dataclass, field

import pytest
from bs4 import BeautifulSoup

from tests.factories.agenda import AgendaPageFactory, EventPageFactory
from tests.factories.home import translate_page
from tests.factories.members import BranchFactory

AGENDA_SLUGS = {"en": ("Events", "events"), "de": ("Veranstaltungen", "veranstaltungen")}


@dataclass
class AgendaTree:
    site: object
    agenda: dict
    branches: dict = field(default_factory=dict)

    @property
    def locales(self):
        return self.site.locales

    def event(self, langs=("en", "de"), **fields):
        """A French event, published, with translations into ``langs`` (same dates: synchronised)."""
        page = EventPageFactory(parent=self.agenda["fr"], locale=self.locales["fr"], **fields)
        page.save_revision().publish()
        versions = {"fr": page}
        for lang in langs:
            versions[lang] = translate_page(page, self.locales[lang], title=f"{page.title} ({lang})")
        return versions


@pytest.fixture
def agenda_tree(site_tree):
    agenda = AgendaPageFactory(parent=site_tree.home["fr"], locale=site_tree.locales["fr"])
    agenda.save_revision().publish()
    versions = {"fr": agenda}
    for lang, (title, slug) in AGENDA_SLUGS.items():
        versions[lang] = translate_page(agenda, site_tree.locales[lang], title=title, slug=slug)
    tree = AgendaTree(site=site_tree, agenda=versions)
    tree.branches = {page["fr"].branch.code: page["fr"].branch for page in site_tree.branches.values()}
    tree.branches["gaming"] = BranchFactory(
        code="gaming", label_fr="Jeux vidéo", label_en="Video games", label_de="Videospiele"
    )
    return tree


def soup(response):
    return BeautifulSoup(response.content, "html.parser")
