"""Story bodies: the shared body blocks plus a photograph with its caption and credit."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from core.blocks import BodyBlock


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=255, required=False)
    credit = blocks.CharBlock(
        label=_("Credit"), max_length=120, required=False, help_text=_("For example “Photo: Anne Weber”.")
    )

    class Meta:
        icon = "image"
        label = _("Photograph with caption")
        template = "portrait/blocks/figure.html"
        description = _("An image with a caption and the photographer's credit, printed at full resolution.")


class StoryBodyBlock(BodyBlock):
    """The shared body (heading, paragraph, image, pull quote) and captioned photographs."""

    figure = FigureBlock()
