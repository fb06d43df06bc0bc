"""Demo news (``data/news.json``): one index, four categories and eight articles in French, translated into English and German."""

import io
from datetime import date, datetime, time

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model

from news.models import NewsCategory, NewsIndexPage, NewsPage

from .data import LANGS, load
from .localize import strings_for, translate
from .media import artwork

IMAGE_OFFSET = 100  # artwork numbers the member demo does not use


def news_data():
    return load("news")


def ensure_categories():
    categories = {}
    for order, spec in enumerate(news_data()["categories"]):
        categories[spec["code"]], _created = NewsCategory.objects.update_or_create(
            code=spec["code"],
            defaults={"sort_order": order, **{f"label_{lang}": spec["label"][lang] for lang in LANGS}},
        )
    return categories


def ensure_index(home, locales):
    spec = news_data()["index"]
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=NewsIndexPage(
                title=spec["title"]["fr"],
                slug=spec["slug"]["fr"],
                intro=spec["intro"]["fr"],
                locale=locales["fr"],
                show_in_menus=True,
            )
        )
        index.save_revision().publish()
    missing = [lang for lang in LANGS[1:] if not index.has_translation(locales[lang])]
    if missing:
        translated = translate(index, {locales[lang]: strings_for(spec, lang) for lang in missing}, publish=False)
        for version in translated.values():
            version.get_latest_revision().publish()
    return index


def ensure_image(number, spec):
    image_model = get_image_model()
    title = f"Demo news image {number + 1:02d}"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(
            title=title,
            description=spec["image_alt"]["en"],
            file=ImageFile(io.BytesIO(artwork(IMAGE_OFFSET + number)), name=f"demo-news-{number + 1:02d}.jpg"),
        )
        image.save()
    return image


def _strings(spec, lang):
    """The "French text → text in ``lang``" mapping of one article, as wagtail-localize segments it."""
    mapping = {spec[name]["fr"]: spec[name][lang] for name in ("title", "slug", "intro", "image_alt")}
    for paragraph in spec["body"]:
        mapping[paragraph["fr"]] = paragraph[lang]
    return mapping


@transaction.atomic
def ensure_article(index, locales, categories, members, number, spec):
    page = NewsPage.objects.child_of(index).filter(slug=spec["slug"]["fr"]).first()
    if page is None:
        day = date.fromisoformat(spec["date"])
        published = timezone.make_aware(datetime.combine(day, time(9, 30)))
        page = NewsPage(
            title=spec["title"]["fr"],
            slug=spec["slug"]["fr"],
            date=day,
            intro=spec["intro"]["fr"],
            image_alt=spec["image_alt"]["fr"],
            featured_image=ensure_image(number, spec),
            body=[("paragraph", f"<p>{paragraph['fr']}</p>") for paragraph in spec["body"]],
            locale=locales["fr"],
            first_published_at=published,
        )
        index.add_child(instance=page)
        page.categories.set([categories[code] for code in spec["categories"]])
        if members:
            page.related_members.set(sorted({members[i % len(members)].pk for i in spec["members"]}))
        page.tags.add(*spec["tags"]["fr"])
        page.save_revision().publish()
    missing = [lang for lang in LANGS[1:] if not page.has_translation(locales[lang])]
    if missing:
        # Published here rather than by wagtail-localize, which waits for the transaction to commit:
        # the tags must be set on the published version.
        translated = translate(page, {locales[lang]: _strings(spec, lang) for lang in missing}, publish=False)
        for lang, version in translated.items():
            # Tags are free keywords in each language (not synchronised by wagtail-localize).
            version = NewsPage.objects.get(pk=version.pk)  # a fresh copy: the returned one has stale child relations
            version.tags.set(spec["tags"][lang], clear=True)
            version.save_revision().publish()
    return page


def ensure_demo(home, locales, members):
    """Idempotent: a second call finds everything and adds nothing (existing translations are kept as they are)."""
    categories = ensure_categories()
    index = ensure_index(home, locales)
    members = list(members)
    for number, spec in enumerate(news_data()["articles"]):
        ensure_article(index, locales, categories, members, number, spec)
    return index
