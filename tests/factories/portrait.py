import factory
import wagtail_factories

from portrait.models import PortraitEditionPage, PortraitIndexPage, PortraitStoryPage, StoryKind


class PortraitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Portrait"
    slug = "portrait"
    intro = "<p>Chaque année, le cluster dresse le portrait de ses membres.</p>"

    class Meta:
        model = PortraitIndexPage


class PortraitEditionPageFactory(wagtail_factories.PageFactory):
    year = factory.Sequence(lambda n: 2020 + n)
    title = factory.LazyAttribute(lambda o: f"Portrait {o.year}")
    slug = factory.LazyAttribute(lambda o: str(o.year))
    intro = "<p>Les industries créatives du Luxembourg, vues de l'intérieur.</p>"

    class Meta:
        model = PortraitEditionPage


def story_body(quote="Le design est une fonction centrale de l'économie.", attribution="Une designer"):
    """A story body in stored form: heading, paragraph, pull quote."""
    return [
        {"type": "heading", "value": {"text": "Un atelier à Differdange", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Installé au 1535° Creative Hub, le studio travaille pour l'industrie.</p>"},
        {"type": "quote", "value": {"quote": quote, "attribution": attribution}},
    ]


def image_block(image, alt="", caption="", credit=""):
    """A captioned photograph block in stored form."""
    return {
        "type": "figure",
        "value": {
            "image": {"image": image.pk, "decorative": not alt, "alt_text": alt},
            "caption": caption,
            "credit": credit,
        },
    }


class PortraitStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Histoire {n}")
    slug = factory.Sequence(lambda n: f"histoire-{n}")
    kind = StoryKind.MEMBER
    subtitle = "Un portrait de membre"
    lead = "Un studio de design qui travaille pour l'industrie."
    body = factory.LazyFunction(story_body)

    class Meta:
        model = PortraitStoryPage
