"""A portrait edition in fr/en/de built by factories on top of the shared site tree."""

from dataclasses import dataclass, field

from portrait.models import StoryKind
from tests.factories.home import translate_page
from tests.factories.members import ImageFactory
from tests.factories.portrait import (
    PortraitEditionPageFactory,
    PortraitIndexPageFactory,
    PortraitStoryPageFactory,
    image_block,
    story_body,
)

INDEX_SLUGS = {"en": ("Portrait", "portrait"), "de": ("Porträt", "portraet")}


@dataclass
class Portrait:
    tree: object
    index: dict = field(default_factory=dict)
    edition: dict = field(default_factory=dict)
    stories: list = field(default_factory=list)
    image: object = None


def add_story(portrait, n, members=None):
    """Story ``n`` (French, then en and de) with a hero, a captioned photograph and related members."""
    fr = portrait.tree.locales["fr"]
    story = PortraitStoryPageFactory(
        parent=portrait.edition["fr"],
        locale=fr,
        title=f"Histoire numéro {n}",
        slug=f"histoire-{n}",
        kind=StoryKind.THEME if n % 4 == 3 else StoryKind.MEMBER,
        hero_image=portrait.image,
        hero_caption=f"Légende {n}",
        hero_credit=f"Photo : Anne Weber {n}",
        body=[
            *story_body(quote=f"Citation mise en avant {n}"),
            image_block(portrait.image, alt=f"Atelier {n}", caption=f"Légende photo {n}", credit="Photo : Max"),
        ],
    )
    if members:
        story.related_members.set(members)
        story.save()
    story.save_revision().publish()
    versions = {"fr": story}
    for lang in ("en", "de"):
        versions[lang] = translate_page(
            story, portrait.tree.locales[lang], title=f"Story {n} ({lang})", slug=f"story-{n}-{lang}"
        )
    portrait.stories.append(versions)
    return versions


def build_portrait(tree, stories=3):
    locales = tree.locales
    portrait = Portrait(tree=tree, image=ImageFactory(title="Portrait image"))
    index = PortraitIndexPageFactory(parent=tree.home["fr"], locale=locales["fr"])
    index.save_revision().publish()
    portrait.index = {"fr": index}
    for lang, (title, slug) in INDEX_SLUGS.items():
        portrait.index[lang] = translate_page(index, locales[lang], title=title, slug=slug)
    edition = PortraitEditionPageFactory(
        parent=index, locale=locales["fr"], year=2026, cover_image=portrait.image, editorial=story_body()
    )
    edition.save_revision().publish()
    portrait.edition = {"fr": edition}
    for lang in ("en", "de"):
        portrait.edition[lang] = translate_page(edition, locales[lang], title=f"Portrait 2026 ({lang})")
    for n in range(stories):
        member = tree.members[n % len(tree.members)]["fr"] if tree.members else None
        add_story(portrait, n, [member] if member else None)
    return portrait
