"""What the print view needs: every story of an edition with its blocks, images and members.

Stories are read in one query and their bodies from the stored block data, so that all
the images of the edition (covers, heroes, body photographs) come in one query with their
print renditions, whatever the number of stories.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from members.models import MemberPage

from . import models  # read at call time: portrait.models imports this module while it loads

# Print resolution: about 300 dpi across an A4 text column; JPEG for every PDF printer.
PRINT_IMAGE = "width-2000|format-jpeg"


def localized_members(members_by_key, locale_id):
    """Each list of members replaced by their live translations in ``locale_id``, where they exist.

    A member without a translation in that language keeps its original page (the template
    marks its language). One query whatever the number of members.
    """
    keys = {member.translation_key for members in members_by_key.values() for member in members}
    translated = {}
    if keys:
        for member in MemberPage.objects.cards().filter(translation_key__in=keys, locale_id=locale_id):
            translated[member.translation_key] = member
    result = {}
    for key, members in members_by_key.items():
        shown = [translated.get(member.translation_key, member) for member in members]
        result[key] = sorted(shown, key=lambda member: member.title.casefold())
    return result


def _image_ref(raw):
    """(image id, alt text, decorative) from an ImageBlock's stored value (or a bare chooser id)."""
    if isinstance(raw, dict):
        return raw.get("image"), raw.get("alt_text") or "", bool(raw.get("decorative"))
    return raw, None, False


def _image_ids(raw_blocks):
    ids = set()
    for block in raw_blocks:
        if block["type"] == "image":
            ids.add(_image_ref(block["value"])[0])
        elif block["type"] == "figure":
            ids.add(_image_ref(block["value"].get("image"))[0])
    return ids


def print_blocks(raw_blocks, images, heading_shift=1):
    """Plain dicts for the print template; headings go one level down under the story title."""
    blocks = []
    for block in raw_blocks:
        kind, value = block["type"], block["value"]
        if kind == "heading":
            level = 3 if value.get("level") == "h3" else 2
            blocks.append({"type": "heading", "level": f"h{level + heading_shift}", "text": value.get("text", "")})
        elif kind == "paragraph":
            blocks.append({"type": "paragraph", "html": RichText(value)})
        elif kind == "quote":
            blocks.append({"type": "quote", "quote": value.get("quote", ""), "attribution": value.get("attribution")})
        elif kind in ("image", "figure"):
            ref = value if kind == "image" else value.get("image")
            pk, alt, decorative = _image_ref(ref)
            image = images.get(pk)
            if image is None:
                continue
            if alt is None:
                alt = image.default_alt_text
            blocks.append(
                {
                    "type": "image",
                    "image": image,
                    "alt": "" if decorative else alt,
                    "caption": value.get("caption", "") if kind == "figure" else "",
                    "credit": value.get("credit", "") if kind == "figure" else "",
                }
            )
    return blocks


def print_stories(edition, request):
    """The edition's live stories in tree order, ready for the print template, in a fixed number of queries."""
    stories = list(
        models.PortraitStoryPage.objects.child_of(edition)
        .live()
        .public()
        .order_by("path")
        .prefetch_related(Prefetch("related_members", queryset=MemberPage.objects.cards().order_by()))
    )
    raw = {story.pk: list(story.body.raw_data) for story in stories}
    editorial_raw = list(edition.editorial.raw_data)
    image_ids = {story.hero_image_id for story in stories if story.hero_image_id}
    for blocks in [*raw.values(), editorial_raw]:
        image_ids |= _image_ids(blocks)
    image_ids.discard(None)
    images = get_image_model().objects.prefetch_renditions(PRINT_IMAGE).in_bulk(image_ids) if image_ids else {}
    members = localized_members({story.pk: list(story.related_members.all()) for story in stories}, edition.locale_id)
    edition.print_editorial = print_blocks(editorial_raw, images)
    for story in stories:
        story.print_hero = images.get(story.hero_image_id)
        story.print_blocks = print_blocks(raw[story.pk], images)
        story.print_members = [
            {"member": member, "url": member.get_full_url(request)} for member in members.get(story.pk, [])
        ]
    return stories
