"""The demo portrait (``data/portrait.json``): one 2026 edition with four stories in French, English and German.

The facts come from the press articles about the cluster (founding in Differdange in
2016, 2,300 companies and 7,100 jobs, the platform's first year, fashiontech, gaming).
Member portraits name demo members of a fitting branch when there are some.
"""

from django.db import transaction

from members.models import BranchPage
from portrait.models import PortraitEditionPage, PortraitIndexPage, PortraitStoryPage

from .data import LANGS, load
from .localize import translate
from .media import demo_image as _image
from .media import portrait_artwork


def demo_image(title, seed, size=(2400, 1600)):
    return _image(title, lambda: portrait_artwork(seed, size), f"{seed}.jpg")


def portrait_data():
    return load("portrait")


def _mapping(spec, lang, name=""):
    """French → ``lang`` strings of a spec (any nested {"fr", "en", "de"} dict), rich text unwrapped too."""
    pairs = {}

    def walk(node):
        if isinstance(node, dict) and "fr" in node and lang in node:
            source, target = node["fr"].replace("{name}", name), node[lang].replace("{name}", name)
            pairs[source] = target
            if source.startswith("<p>"):
                pairs[source[3:-4]] = target[3:-4]
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk(spec)
    return pairs


def _translate(page, spec, locales, name=""):
    """Translate ``page`` into en and de, unless both translations already exist."""
    if page.get_translations().filter(locale__in=[locales[lang] for lang in LANGS[1:]]).count() == len(LANGS) - 1:
        return
    targets = {locales[lang]: _mapping(spec, lang, name) for lang in LANGS[1:]}
    # Published here rather than by wagtail-localize's on-commit hook: inside one transaction the
    # hook would publish a stale copy of the page after its children were added (losing numchild).
    for translated in translate(page, targets, publish=False).values():
        type(translated).objects.get(pk=translated.pk).save_revision().publish()


def _fr(value, name=""):
    return value["fr"].replace("{name}", name)


def _body(blocks, name, figure_image):
    figure = portrait_data()["figure"]
    body = []
    for kind, value in blocks:
        if kind == "paragraph":
            body.append({"type": "paragraph", "value": f"<p>{_fr(value, name)}</p>"})
        elif kind == "heading":
            body.append({"type": "heading", "value": {"text": _fr(value), "level": "h2"}})
        elif kind == "quote":
            body.append(
                {
                    "type": "quote",
                    "value": {"quote": _fr(value["quote"]), "attribution": _fr(value["attribution"], name)},
                }
            )
        elif kind == "figure":
            body.append(
                {
                    "type": "figure",
                    "value": {
                        "image": {"image": figure_image.pk, "decorative": False, "alt_text": _fr(figure["alt"])},
                        "caption": _fr(figure["caption"]),
                        "credit": _fr(figure["credit"]),
                    },
                }
            )
    return body


def _pick_members(members, locales):
    """One member per story branch: a member of that branch when there is one, else the next unused one."""
    stories = portrait_data()["stories"]
    wanted = [story["branch"] for story in stories if story["branch"]]
    branch_paths = dict(
        BranchPage.objects.filter(locale=locales["fr"], branch__code__in=wanted).values_list("branch__code", "path")
    )
    picked, used = {}, set()
    for code in wanted:
        prefix = branch_paths.get(code)
        match = next((m for m in members if m.pk not in used and prefix and m.path.startswith(prefix)), None)
        match = match or next((m for m in members if m.pk not in used), None)
        if match is not None:
            used.add(match.pk)
        picked[code] = match
    return picked


def ensure_index(home, locales):
    index_spec = portrait_data()["index"]
    index = PortraitIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=PortraitIndexPage(
                title=_fr(index_spec["title"]),
                slug=_fr(index_spec["slug"]),
                intro=_fr(index_spec["intro"]),
                show_in_menus=True,
                locale=locales["fr"],
            )
        )
        index.save_revision().publish()
    _translate(index, index_spec, locales)
    return index


def ensure_edition(index, locales):
    edition_spec = portrait_data()["edition"]
    edition = PortraitEditionPage.objects.child_of(index).filter(year=edition_spec["year"]).first()
    if edition is None:
        edition = index.add_child(
            instance=PortraitEditionPage(
                title=_fr(edition_spec["title"]),
                slug=_fr(edition_spec["slug"]),
                year=edition_spec["year"],
                intro=_fr(edition_spec["intro"]),
                editorial=_body(edition_spec["editorial"], "", None),
                cover_image=demo_image(f"Portrait {edition_spec['year']} – cover", "cover", size=(2000, 2800)),
                locale=locales["fr"],
            )
        )
        edition.save_revision().publish()
    _translate(edition, edition_spec, locales)
    return edition


def ensure_story(edition, spec, member, locales, figure_image):
    edition_spec, fallback_names, figure = (portrait_data()[key] for key in ("edition", "fallback_names", "figure"))
    name = member.title if member else fallback_names.get(spec["branch"], "")
    slug = _fr(spec["slug"])
    story = PortraitStoryPage.objects.child_of(edition).filter(slug=slug).first()
    if story is None:
        story = edition.add_child(
            instance=PortraitStoryPage(
                title=_fr(spec["title"], name),
                slug=slug,
                kind=spec["kind"],
                subtitle=_fr(spec["subtitle"]),
                lead=_fr(spec["lead"], name),
                hero_image=demo_image(f"Portrait {edition_spec['year']} – {spec['key']}", spec["key"]),
                hero_alt=_fr(spec["hero_alt"]),
                hero_caption=_fr(spec["hero_caption"]),
                hero_credit=_fr(spec["hero_credit"]),
                body=_body(spec["body"], name, figure_image),
                locale=locales["fr"],
            )
        )
        if member is not None:
            story.related_members.set([member])
        story.save_revision().publish()
    _translate(story, {**spec, "figure": figure}, locales, name)
    return story


@transaction.atomic
def ensure_demo(home, locales, members):
    """The portrait index, the 2026 edition and its four stories, in fr, en and de. Idempotent."""
    edition_spec, stories = portrait_data()["edition"], portrait_data()["stories"]
    index = ensure_index(home, locales)
    edition = ensure_edition(index, locales)
    figure_image = demo_image(f"Portrait {edition_spec['year']} – teamwork", "teamwork")
    picked = _pick_members(list(members), locales)
    stories = [ensure_story(edition, spec, picked.get(spec["branch"]), locales, figure_image) for spec in stories]
    return {"index": index, "edition": edition, "stories": stories}
