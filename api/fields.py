"""Serialisation helpers of the pages API: images with renditions, labels in the page's language, live links.

Every value is computed from the page with ``Computed`` so that what a response holds is spelled out here and
nothing else of a model (contact addresses, owners, moderation state) can slip into it.
"""

from django.utils import timezone
from rest_framework.fields import Field

from core.absolute import absolute_url

# Widths of the renditions an image is offered in; each in WebP and in the original format.
LOGO_WIDTHS = (160, 320)
IMAGE_WIDTHS = (480, 960, 1600)


def rendition_specs(widths):
    specs = []
    for width in widths:
        specs += [f"width-{width}|format-webp", f"width-{width}"]
    return specs


class Computed(Field):
    """A read-only field computed by ``function(page, context)``."""

    def __init__(self, function, **kwargs):
        self.function = function
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return self.function(instance, self.context)


def absolute(context, url):
    """``url`` on the site's address (BASE_URL), or None."""
    if not url:
        return None
    return absolute_url(url)


def image_json(image, context, alt="", widths=IMAGE_WIDTHS):
    """An image with its size, alternative text and renditions (WebP and the original format) in ``widths``."""
    if image is None:
        return None
    renditions = image.get_renditions(*rendition_specs(widths))
    sources = []
    for rendition in renditions.values():
        sources.append(
            {
                "width": rendition.width,
                "height": rendition.height,
                "format": rendition.file.name.rsplit(".", 1)[-1].lower().replace("jpg", "jpeg"),
                "url": absolute(context, rendition.url),
            }
        )
    return {
        "id": image.pk,
        "width": image.width,
        "height": image.height,
        "alt": alt if alt is not None else "",
        "renditions": sources,
    }


def label_json(obj, language, key="code"):
    if obj is None:
        return None
    label = getattr(obj, f"label_{language}", "") or getattr(obj, "label_fr", "") or str(obj)
    return {key: getattr(obj, key), "label": label}


def choice_json(page, field_name):
    value = getattr(page, field_name)
    if not value:
        return None
    return {"code": value, "label": str(getattr(page, f"get_{field_name}_display")())}


def language_of(page):
    return page.locale.language_code


def local_live(model, pages, locale_id):
    """The live public versions of ``pages`` (any language) in ``locale_id``, in their order."""
    keys = [page.translation_key for page in pages]
    found = {
        page.translation_key: page
        for page in model.objects.live().public().filter(locale_id=locale_id, translation_key__in=keys)
    }
    return [found[key] for key in keys if key in found]


def page_url(page, context):
    return absolute(context, page.get_url(context.get("request")))


def page_link(page, context):
    if page is None:
        return None
    return {"id": page.pk, "title": page.title, "url": page_url(page, context)}


def translations_json(page, context):
    """The page's live public translations (itself excluded): what a language switcher needs."""
    others = type(page).objects.live().public().filter(translation_key=page.translation_key).exclude(pk=page.pk)
    return [
        {"locale": other.locale.language_code, "id": other.pk, "title": other.title, "url": page_url(other, context)}
        for other in others.select_related("locale").order_by("locale__language_code")
    ]


def local_datetime(value):
    return timezone.localtime(value).isoformat() if value else None
