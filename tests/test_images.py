"""Images on public pages: renditions made once, modern formats with a fallback, sized, lazy below the fold."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.images import get_image_model

from tests.factories import add_member
from tests.factories.members import ImageFactory

pytestmark = pytest.mark.django_db


def pages(tree):
    from agenda.models import EventPage
    from news.models import NewsIndexPage, NewsPage

    member = add_member(tree, items=3, lang_versions=(), logo=ImageFactory())["fr"]
    news = NewsPage.objects.live().filter(locale__language_code="fr").first()
    news.featured_image = ImageFactory()
    news.save_revision().publish()
    event = EventPage.objects.live().filter(locale__language_code="fr").upcoming().first()  # listed on the agenda
    event.image = ImageFactory()
    event.save_revision().publish()
    from agenda.models import AgendaPage
    from portrait.models import PortraitIndexPage

    index = NewsIndexPage.objects.live().get(locale__language_code="fr")
    listings = [model.objects.live().get(locale__language_code="fr").url for model in (AgendaPage, PortraitIndexPage)]
    return member, [member.url, tree.branches["design"]["fr"].url, "/fr/", index.url, news.url, event.url, *listings]


@pytest.mark.perf
def test_renditions_are_made_once_then_reused(editorial_site, settings, monkeypatch):
    settings.PAGE_CACHE_ENABLED = False  # render every time
    image_model = get_image_model()
    renditions = image_model.get_rendition_model().objects
    _member, urls = pages(editorial_site)
    for url in urls:
        assert Client().get(url).status_code == 200
    made = renditions.count()
    assert made > 0
    # Second views: no image is resized or encoded again (a listing that prefetched only the WebP rendition
    # of a <picture> would make its fallback file again on every view).
    generated = []
    original = image_model.generate_rendition_file
    monkeypatch.setattr(
        image_model,
        "generate_rendition_file",
        lambda self, *args, **kwargs: generated.append(self) or original(self, *args, **kwargs),
    )
    for url in urls:
        assert Client().get(url).status_code == 200
    assert generated == []
    assert renditions.count() == made


def test_images_are_webp_with_a_fallback_sized_and_lazy_below_the_fold(editorial_site):
    member, urls = pages(editorial_site)
    for url in urls:
        main = BeautifulSoup(Client().get(url).content, "html.parser").select_one("main")
        images = main.select("img")
        # Each page shows an image at least (the fixture gave one to the member, the news, the upcoming event).
        assert images, url
        for img in images:
            # Width and height reserve the space: no layout shift.
            assert img.get("width") and img.get("height"), (url, img)
            if {"member-card__picture", "work-tile__picture"} & set(img.get("class", ())):
                # Card and work pictures (rendered when a member is indexed) are WebP only: every browser the portal supports
                # reads it, and a fallback would double the renditions made for each member at indexing.
                assert img["src"].endswith(".webp") and "srcset" in img.attrs, (url, img)
                continue
            picture = img.find_parent("picture")
            assert picture is not None, (url, img)
            assert picture.select_one('source[type="image/webp"]'), (url, picture)
            assert img["src"].rsplit(".", 1)[-1] in ("jpg", "jpeg", "png"), (url, img["src"])
    # The member's logo is at the top; the portfolio below it loads lazily, with sizes for its srcset.
    main = BeautifulSoup(Client().get(member.url).content, "html.parser").select_one("main")
    logo = main.select_one("img.member__logo")
    assert logo.get("loading") != "lazy"
    portfolio = main.select(".portfolio__item img")
    assert len(portfolio) == 3 and all(img.get("loading") == "lazy" for img in portfolio)
    sources = main.select('.portfolio__item source[type="image/webp"]')
    assert all(source.get("sizes") and source["srcset"].count("w,") >= 2 for source in sources)
