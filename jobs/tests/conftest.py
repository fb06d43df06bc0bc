import datetime
from dataclasses import dataclass, field

import pytest
from django.utils import timezone

from jobs.dates import LUXEMBOURG
from tests.factories.home import translate_page
from tests.factories.jobs import (
    CollaborationIndexPageFactory,
    CollaborationPageFactory,
    JobIndexPageFactory,
    JobPageFactory,
)

JOB_INDEX = {"en": ("Jobs", "jobs"), "de": ("Stellenangebote", "stellenangebote")}
COLLAB_INDEX = {
    "en": ("Collaborations and calls for tender", "collaborations"),
    "de": ("Kooperationen und Ausschreibungen", "kooperationen"),
}


@dataclass
class JobsSite:
    tree: object
    job_index: dict = field(default_factory=dict)
    collab_index: dict = field(default_factory=dict)

    @property
    def locales(self):
        return self.tree.locales

    def _publish(self, page, langs, translate_fields):
        page.save_revision().publish()
        page.refresh_from_db()
        versions = {"fr": page}
        for lang in langs:
            versions[lang] = translate_page(page, self.locales[lang], **translate_fields(lang))
        return versions

    def add_job(self, langs=("en", "de"), **fields):
        page = JobPageFactory(parent=self.job_index["fr"], locale=self.locales["fr"], **fields)
        return self._publish(
            page, langs, lambda lang: {"title": f"{page.title} ({lang})", "slug": f"{page.slug}-{lang}"}
        )

    def add_request(self, langs=("en", "de"), **fields):
        page = CollaborationPageFactory(parent=self.collab_index["fr"], locale=self.locales["fr"], **fields)
        return self._publish(
            page, langs, lambda lang: {"title": f"{page.title} ({lang})", "slug": f"{page.slug}-{lang}"}
        )


@pytest.fixture
def jobs_site(site_tree):
    site = JobsSite(tree=site_tree)
    home = site_tree.home["fr"]
    index = JobIndexPageFactory(parent=home, locale=site_tree.locales["fr"])
    index.save_revision().publish()
    site.job_index = {"fr": index}
    for lang, (title, slug) in JOB_INDEX.items():
        site.job_index[lang] = translate_page(index, site_tree.locales[lang], title=title, slug=slug)
    collab = CollaborationIndexPageFactory(parent=home, locale=site_tree.locales["fr"])
    collab.save_revision().publish()
    site.collab_index = {"fr": collab}
    for lang, (title, slug) in COLLAB_INDEX.items():
        site.collab_index[lang] = translate_page(collab, site_tree.locales[lang], title=title, slug=slug)
    return site


class Clock:
    """Sets what ``django.utils.timezone.now`` returns, from a Luxembourg wall-clock time."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def set(self, year, month, day, hour=12, minute=0):
        moment = datetime.datetime(year, month, day, hour, minute, tzinfo=LUXEMBOURG).astimezone(datetime.UTC)
        self.monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)
