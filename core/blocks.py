"""Blocks shared by every page type that has a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading.html"
        description = _("A section heading that also appears in the page outline.")
        preview_value = {"text": "Nos membres", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"
        description = _("A pull quote with who said it.")
        preview_value = {"quote": "Creative minds for business.", "attribution": "Cluster manager"}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        label=_("Paragraph"),
        icon="pilcrow",
        template="core/blocks/paragraph.html",
        description=_("Text with links and lists."),
        preview_value="<p>Le cluster réunit les industries créatives du Luxembourg.</p>",
    )
    image = ImageBlock(
        label=_("Image"),
        template="core/blocks/image.html",
        description=_("An image with its alternative text."),
    )
    quote = QuoteBlock()


def localized(pages, locale):
    """The live translations in ``locale`` of ``pages`` (any language), in the given order.

    Choosers in a translated page still point at the source-language pages: visitors
    see each chosen page in their own language when it exists, else as chosen.
    """
    pages = [page for page in pages if page]
    keys = [page.translation_key for page in pages]
    found = {
        page.translation_key: page
        for page in Page.objects.live().public().filter(translation_key__in=keys, locale=locale).specific()
    }
    return [found.get(page.translation_key, page) for page in pages if page.live]
