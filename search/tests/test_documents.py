"""Directory documents made in batches (``documents_for``)."""

import pytest
from wagtail.models import Site

from members.models.pages import picture
from search import documents
from search.documents import logo_url
from tests.factories.members import ImageFactory, MemberPageFactory, PortfolioItemFactory

pytestmark = pytest.mark.django_db


def test_a_batch_works_out_each_images_picture_once(site_tree, monkeypatch):
    """Portfolio items showing the same image (the card picture too) get the same picture, worked out once."""
    image = ImageFactory()
    page = MemberPageFactory(parent=site_tree.branches["design"]["fr"], locale=site_tree.locales["fr"])
    for order in range(3):
        PortfolioItemFactory(page=page, locale=site_tree.locales["fr"], sort_order=order, image=image)
    calls = []

    def counted(image, specs=None):
        calls.append(image.pk)
        return picture(image, specs)

    monkeypatch.setattr(documents, "picture", counted)
    (document,) = documents.documents_for(documents.indexable_members().filter(pk=page.pk))
    expected = picture(image)
    assert expected["src"]
    assert document.picture == expected
    assert [item["picture"] for item in document.portfolio] == [expected] * 3
    assert calls == [image.pk]


def test_a_batch_works_out_each_logos_address_once(site_tree, monkeypatch):
    """A member's language versions show the same logo: its listing rendition is looked up once per batch."""
    logo = ImageFactory()
    pages = [
        MemberPageFactory(parent=site_tree.branches["design"][lang], locale=site_tree.locales[lang], logo=logo)
        for lang in ("fr", "en")
    ]
    calls = []

    def counted(page):
        calls.append(page.pk)
        return logo_url(page)

    monkeypatch.setattr(documents, "logo_url", counted)
    made = documents.documents_for(documents.indexable_members().filter(pk__in=[page.pk for page in pages]))
    assert [document.logo_url for document in made] == [logo_url(page) for page in pages]
    assert made[0].logo_url
    assert len(calls) == 1


def test_a_batch_reads_the_sites_root_paths_once(site_tree, monkeypatch):
    """Each page's address, as ``get_url`` gives it, with the sites' root paths read once per batch."""
    pages = [
        MemberPageFactory(parent=site_tree.branches["design"][lang], locale=site_tree.locales[lang])
        for lang in ("fr", "en", "de")
    ]
    expected = [page.get_url() for page in pages]
    assert all(expected)
    reads = []
    original = Site.get_site_root_paths

    def counted():
        reads.append(1)
        return original()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counted))
    made = documents.documents_for(documents.indexable_members().filter(pk__in=[page.pk for page in pages]))
    assert sorted(document.url for document in made) == sorted(expected)
    assert len(reads) == 1
