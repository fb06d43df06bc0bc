"""Keep one MemberDocument per live, public member page, and the search engine in step."""

import logging
from contextlib import contextmanager
from html import unescape

from django.db import transaction
from django.db.models import Prefetch
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.models import Site

from core.performance import private
from members.models import MemberPage
from members.models.pages import CARD_LOGO, CARD_PICTURE_RENDITIONS, picture, work_segment
from members.text_language import untranslated_texts
from taxonomy.skills import matcher
from taxonomy.text import fold

from . import healing
from .backends import IndexMissing, configured_engine
from .models import IndexState, MemberDocument

logger = logging.getLogger(__name__)

BATCH = 500
CARD_LOGO_SPEC = f"{CARD_LOGO}|format-webp"
_paused = []


@contextmanager
def paused():
    """Skip per-page index updates (bulk loads call ``rebuild`` or ``refresh`` at the end)."""
    _paused.append(True)
    try:
        yield
    finally:
        _paused.pop()


def is_paused():
    return bool(_paused)


def indexable_members():
    """Member pages the directory may show: live and not behind a privacy restriction."""
    return (
        MemberPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related(
            Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(CARD_LOGO_SPEC)),
            Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions(*CARD_PICTURE_RENDITIONS)),
            "branches",
            "skills",
            "languages",
            "portfolio_items",
            Prefetch(
                "portfolio_items__image",
                queryset=get_image_model().objects.prefetch_renditions(*CARD_PICTURE_RENDITIONS),
            ),
            "tagged_items__tag",
        )
    )


def plain_text(html):
    return " ".join(unescape(strip_tags((html or "").replace("<", " <"))).split())


def logo_url(page):
    """The listing-size logo, rendered once when the member is indexed (not on every search)."""
    if not page.logo_id:
        return ""
    try:
        return page.logo.get_rendition(CARD_LOGO_SPEC).url
    except Exception:  # a missing or unreadable file must not block publishing
        logger.warning("No logo rendition for member page %s", page.pk, exc_info=True)
        return ""


def card_picture(page, items, pictures=picture):
    """The card's picture, rendered once when the member is indexed: the cover, else the first portfolio image
    (``items`` in their order); {"src", "srcset", "width", "height"} or {}."""
    image = page.cover_image if page.cover_image_id else next((item.image for item in items if item.image_id), None)
    return pictures(image)


def portfolio_items(page):
    return page.portfolio_items.all()  # prefetched by ``indexable_members``


def documents_for(pages):
    """Unsaved MemberDocuments for pages fetched through ``indexable_members`` (two more queries)."""
    pages = list(pages)
    untranslated = untranslated_texts(pages, items_of=portfolio_items)
    pictures, logos, urls = PictureMemo(), LogoMemo(), PageUrls()
    return [document_for(page, untranslated[page.pk], pictures, logos, urls) for page in pages]


class PictureMemo(dict):
    """``picture`` of each image once per batch of documents: many portfolio items show the same image, and
    working out its renditions' sizes and addresses again took a fifth of the documents' time."""

    def __call__(self, image):
        if image is None:
            return {}
        if image.pk not in self:
            self[image.pk] = picture(image)
        return self[image.pk]


class LogoMemo(dict):
    """``logo_url`` of each logo once per batch of documents: a member's language versions show the same logo,
    and looking its rendition up again took a third of the documents' time."""

    def __call__(self, page):
        if not page.logo_id:
            return ""
        if page.logo_id not in self:
            url = logo_url(page)
            if not url:
                return url  # not kept: the next page with this logo tries (and logs) again
            self[page.logo_id] = url
        return self[page.logo_id]


class PageUrls:
    """``page.get_url()`` of the pages of a batch of documents, with the sites' root paths read once for the batch
    (Wagtail reads them from the cache for every page otherwise: a sixth of the documents' time)."""

    def __init__(self):
        private.set_request_site(self, None, Site.get_site_root_paths())

    def __call__(self, page):
        # Not a request: Wagtail keeps the root paths on it and finds no current site, as without one.
        return page.get_url(request=self)


def _item_language(texts, item):
    """The language of a portfolio item's line when its title and caption are untranslated, else ""."""
    language = texts.get("title", "")
    if language and (not item.caption or texts.get("caption") == language):
        return language
    return ""


def document_for(page, untranslated=None, pictures=picture, logos=None, urls=None):
    """An unsaved MemberDocument for a page fetched through ``indexable_members``.

    ``untranslated`` ({field: language}, from ``untranslated_texts``) tells which texts stand in
    another language than the page's; ``documents_for`` reads it for a batch of pages (and gives each
    image's ``picture`` and each logo's URL once, and the sites' root paths: ``pictures``, ``logos``, ``urls``).
    """
    if untranslated is None:
        untranslated = untranslated_texts([page], items_of=portfolio_items)[page.pk]
    item_texts = untranslated.get("items", {})
    language = page.locale.language_code
    skills = list(page.skills.all())
    skill_words = []
    for skill in skills:
        skill_words.append(getattr(skill, f"label_{language}", "") or skill.label_fr)
        skill_words.extend(getattr(skill, f"synonyms_{language}", "").splitlines())
    tags = [item.tag.name for item in page.tagged_items.all()]
    skill_words.extend(tags)
    codes = {skill.code for skill in skills}
    if tags:  # a free tag that names a taxonomy skill counts as that skill (facets, matchmaking)
        compiled = matcher(IndexState.current())  # one version read for the page, not one per tag and label
        mapped = set().union(*(compiled.exact(tag) for tag in tags)) - codes
        codes |= mapped
        skill_words.extend(compiled.labels[code][language] for code in sorted(mapped))
    items = sorted(page.portfolio_items.all(), key=lambda item: item.sort_order or 0)
    with translation.override(language):
        location = str(page.location_label())
    url = (page.get_url() if urls is None else urls(page)) or ""
    return MemberDocument(
        page_id=page.pk,
        language=language,
        name=page.title,
        url=url,
        logo_url=(logo_url if logos is None else logos)(page),
        picture=card_picture(page, items, pictures),
        location=location,
        sort_name=fold(page.title)[:255],
        published_at=page.first_published_at,
        kind=page.kind,
        canton=page.canton,
        available=page.available_for_hire,
        collab=page.open_to_collaboration,
        branches=" ".join(sorted(b.code for b in page.branches.all())),
        skills=" ".join(sorted(codes)),
        languages=" ".join(sorted(lang.code for lang in page.languages.all())),
        media=" ".join(sorted({item.media_type for item in items})),
        skills_text="\n".join(word.strip() for word in skill_words if word.strip()),
        summary=page.tagline,
        summary_language=untranslated.get("tagline", ""),
        body=plain_text(page.bio),
        body_language=untranslated.get("bio", ""),
        portfolio=[
            {
                "title": item.title,
                "caption": item.caption,
                "credits": item.credits,
                "client": item.client,
                # What the works view lists (search.works): the item's own address, facts and picture.
                "id": item.pk,
                "url": f"{url}{work_segment(language)}/{item.pk}/" if url else "",
                "media": item.media_type,
                "year": item.year,
                "alt": item.alt_text,
                "picture": pictures(item.image) if item.image_id else {},
                **({"lang": lang} if (lang := _item_language(item_texts.get(item.translation_key, {}), item)) else {}),
            }
            for item in items
        ],
    )


UPDATE_FIELDS = [f.name for f in MemberDocument._meta.concrete_fields if f.name not in ("page", "updated_at")] + [
    "updated_at"
]


def _store(documents, removed_ids):
    """Upsert ``documents`` and delete the documents of ``removed_ids`` (no per-row signals)."""
    with paused():
        MemberDocument.objects.filter(pk__in=removed_ids).delete()
    MemberDocument.objects.bulk_create(
        documents, batch_size=BATCH, update_conflicts=True, unique_fields=["page"], update_fields=UPDATE_FIELDS
    )


def safely(method, *args):
    """Call an engine method; log instead of raising, so that publishing never fails on the engine."""
    try:
        method(*args)
    except IndexMissing as error:  # the database has the documents: the worker rebuilds the index from them
        logger.warning("The search engine lost its index (%s): a worker rebuilds it", error)
        healing.request()
    except Exception:
        logger.exception("Could not update the search engine; run manage.py rebuild_search_index")


def _write(documents, removed_ids):
    """Store ``documents`` and drop ``removed_ids``, then tell the engine."""
    with transaction.atomic():
        _store(documents, removed_ids)
        IndexState.bump()
    engine = configured_engine()
    if engine is not None:
        safely(engine.delete_documents, removed_ids)
        safely(engine.index_documents, documents)


def refresh(page_ids, force=False):
    """Bring the documents of these member pages up to date (or remove them)."""
    page_ids = {int(pk) for pk in page_ids if pk}
    if not page_ids or (is_paused() and not force):
        return
    write_documents(indexable_members().filter(pk__in=page_ids), page_ids)


def write_documents(pages, page_ids):
    """Bring the documents of ``page_ids`` up to date from ``pages``, those of them the directory may
    show, fetched through ``indexable_members`` (a bulk load reads them once for its other indexes too)."""
    documents = documents_for(pages)
    indexed = {doc.page_id for doc in documents}
    _write(documents, sorted(set(page_ids) - indexed))


def refresh_descendants(page):
    """Refresh every member page at or below ``page`` (after a move or a privacy change)."""
    refresh(MemberPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def refresh_all(progress=None):
    """Rebuild every document from the pages, in batches; ``progress(n)`` is told how many were done."""
    ids = list(MemberPage.objects.values_list("pk", flat=True).order_by("pk"))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        documents = documents_for(indexable_members().filter(pk__in=chunk))
        with transaction.atomic():
            _store(documents, sorted(set(chunk) - {doc.page_id for doc in documents}))
        if progress:
            progress(len(chunk))
    IndexState.bump()
    return MemberDocument.objects.count()
