"""Demo members: deterministic, trilingual, with logos and portfolios; the directory and branch pages.

Every member is drawn from its own seeded random generator (seed + index), so member #17 is the
same whatever ``--members`` says, and seeding again only adds the members that are missing. What is
drawn comes from ``data/members.json`` (shares, names, places) and ``data/member_texts.json``
(sentence patterns in three languages); the branches and skills from the taxonomy.

Member pages are many, so they are written in bulk (``MemberWriter``): the tree paths are computed
here, the page rows inserted by batch, and the search and reference indexes updated once per batch.
Each member page exists in French, English and German as translations of each other (same
translation key), registered with wagtail-localize by batch (``members.translations``).
"""

import io
import os
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils.text import slugify
from modelcluster.models import get_all_child_relations
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Collection, Page, ReferenceIndex

from core.performance.private import reference_path_hash, references_of
from core.rows import insert_rows, insert_values
from members.models import BranchPage, DirectoryPage, MediaType, MemberPage, PortfolioItem, SocialLink
from members.translations import register_members
from search.documents import CARD_LOGO_SPEC
from taxonomy.models import Branch, Skill, SpokenLanguage

from .data import LANGS, load
from .localize import translate_tree_page
from .media import initials, logo, palettes, sha1
from .site import site_data
from .taxonomy import taxonomy

EPOCH = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
BATCH = 250  # members written per transaction


def draws():
    return load("members")


def texts():
    return load("member_texts")


def weighted(rng, weights):
    """One key of ``weights`` ({value: weight}, in file order), drawn with those weights."""
    values, shares = zip(*weights.items(), strict=True)
    return rng.choices(values, weights=shares)[0]


@dataclass
class MemberSpec:
    index: int
    name: str
    slug: str
    kind: str
    branch: str
    secondary: list
    skills: list
    languages: list
    canton: str
    commune: str
    country: str
    year: int
    team: str
    flags: dict
    text: dict = field(default_factory=dict)
    portfolio: list = field(default_factory=list)
    socials: list = field(default_factory=list)
    writes_in: str = ""  # the one language this member writes in, or "" (writes in all three)


def only_language(seed, index, spoken):
    """The one language member ``index`` writes in, or "" if its page is written in all three.

    Drawn from a random stream of its own, so that the rest of the member stays the same; a
    member writes only in a language it speaks.
    """
    draw, floor = random.Random(f"{seed}:{index}:writes").random(), 0.0
    for lang, share in draws()["writes_only_in"].items():
        if floor <= draw < floor + share:
            return lang if lang in spoken else ""
        floor += share
    return ""


def member_spec(seed, index):
    """Everything about member ``index``, derived only from (seed, index)."""
    d, t, tax = draws(), texts(), taxonomy()
    rng = random.Random(f"{seed}:{index}")
    kind = weighted(rng, d["kinds"])
    branch = rng.choice(tax["branches"])
    if kind == "freelancer":
        name = f"{rng.choice(d['first_names'])} {rng.choice(d['last_names'])}"
    else:
        name = rng.choice(d["company_patterns"]).format(
            word=rng.choice(d["company_words"][branch["code"]]), last=rng.choice(d["last_names"]), place="Lux"
        )
    others = [b["code"] for b in tax["branches"] if b["code"] != branch["code"]]
    secondary = rng.sample(others, k=int(weighted(rng, d["secondary_branches"])))
    own_skills = [s["code"] for s in tax["skills"] if s["branch"] == branch["code"]]
    low, high = d["skills_in_branch"]
    skills = rng.sample(own_skills, k=min(len(own_skills), rng.randint(low, high)))
    for code in secondary[:1]:
        skills.append(rng.choice([s["code"] for s in tax["skills"] if s["branch"] == code]))
    languages = [code for code, pct in d["spoken_languages"].items() if rng.randrange(100) < pct] or ["fr"]
    if rng.randrange(100) < d["abroad"]["percent"]:
        country, canton_code = rng.choice(list(d["abroad"]["communes"])), ""
        commune = d["abroad"]["communes"][country]
    else:
        country = "LU"
        canton_code = weighted(rng, d["cantons"])
        commune = rng.choice(d["cantons_communes"][canton_code])
    year = rng.randint(*d["founded"])
    client = rng.choice(d["clients"])
    labels_of = {s["code"]: s["label"] for s in tax["skills"]}
    skill_labels = {lang: [labels_of[c][lang] for c in skills] for lang in LANGS}
    picks = {
        "tagline": rng.randrange(len(t["taglines"]["fr"])),
        "open": rng.randrange(len(t["bio_openings"]["fr"])),
        "middle": rng.sample(range(len(t["bio_middles"]["fr"])), k=2),
        "close": rng.randrange(len(t["bio_closings"]["fr"])),
    }
    text = {}
    for lang in LANGS:
        labels = skill_labels[lang] + skill_labels[lang][:3]
        branch_label = branch["label"][lang] if lang == "de" else branch["label"][lang].lower()
        values = {
            "name": name,
            "branch": branch_label,
            "skill1": labels[0],
            "skill2": labels[1],
            "skill3": labels[2],
            "commune": commune,
            "year": year,
            "client": client,
            "team": "3",
            "last": "",
        }
        text[lang] = {
            "tagline": t["taglines"][lang][picks["tagline"]].format(**values)[:160],
            "bio": [
                t["bio_openings"][lang][picks["open"]].format(**values)
                + " "
                + t["bio_middles"][lang][picks["middle"][0]].format(**values),
                t["bio_middles"][lang][picks["middle"][1]].format(**values)
                + " "
                + t["bio_closings"][lang][picks["close"]].format(**values),
            ],
        }
    portfolio = []
    pool_size = load("media")["artwork_pool_size"]
    for _n in range(int(weighted(rng, d["portfolio_sizes"]))):
        media = weighted(rng, d["media"])
        item_client = rng.choice(d["clients"])
        last = rng.choice(d["last_names"])
        item_year = rng.randint(max(year, 2005), 2026)
        values = {
            "name": name,
            "client": item_client,
            "skill1": skill_labels["fr"][0],
            "year": item_year,
            "commune": commune,
            "last": last,
        }
        idx = {
            k: rng.randrange(len(t[k]["fr"] if k != "portfolio_titles" else t[k]["fr"][media]))
            for k in ("portfolio_titles", "portfolio_captions", "portfolio_credits", "alt_texts")
        }
        item = {
            "media": media,
            "client": item_client,
            "year": item_year,
            "image": rng.randrange(pool_size),
            "video": rng.choice(d["video_urls"]),
            "document": rng.randrange(3),
            "key": uuid.UUID(int=rng.getrandbits(128)),
        }
        for lang in LANGS:
            values["skill1"] = skill_labels[lang][0]
            item[lang] = {
                "title": t["portfolio_titles"][lang][media][idx["portfolio_titles"]].format(**values)[:200],
                "caption": t["portfolio_captions"][lang][idx["portfolio_captions"]].format(**values),
                "credits": t["portfolio_credits"][lang][idx["portfolio_credits"]].format(**values)[:400],
                "alt": t["alt_texts"][lang][idx["alt_texts"]].format(**values)[:300],
            }
        portfolio.append(item)
    writes_in = only_language(seed, index, languages)
    if writes_in:
        # Like many members, this one writes in one language; the other versions show that text.
        text = dict.fromkeys(LANGS, text[writes_in])
        for item in portfolio:
            item.update(dict.fromkeys(LANGS, item[writes_in]))
    socials = rng.sample(d["social_platforms"], k=rng.randint(0, 2))
    flags = {name_: rng.random() < share for name_, share in d["flags"].items()}
    return MemberSpec(
        index=index,
        name=name,
        slug=slugify(name) or f"member-{index}",
        kind=kind,
        branch=branch["code"],
        secondary=secondary,
        skills=skills,
        languages=languages,
        canton=canton_code,
        commune=commune,
        country=country,
        year=year,
        team=rng.choice(d["teams_by_kind"][kind]),
        flags=flags,
        text=text,
        portfolio=portfolio,
        socials=socials,
        writes_in=writes_in,
    )


def member_specs(seed, count):
    """The first ``count`` members, with slugs made unique in index order."""
    seen = {}
    specs = []
    for index in range(count):
        spec = member_spec(seed, index)
        n = seen.get(spec.slug, 0) + 1
        seen[spec.slug] = n
        if n > 1:
            spec.slug = f"{spec.slug}-{n}"
        specs.append(spec)
    return specs


# --- directory and branch pages --------------------------------------------------------------


def ensure_directory(home, locales):
    spec = site_data()["directory"]
    directory = DirectoryPage.objects.child_of(home).first()
    if directory is None:
        directory = home.add_child(
            instance=DirectoryPage(
                title=spec["title"]["fr"],
                slug=spec["slug"]["fr"],
                intro=spec["intro"]["fr"],
                locale=locales["fr"],
                show_in_menus=True,
            )
        )
        directory.save_revision().publish()
    translate_tree_page(directory, spec, locales)
    branches = {b.code: b for b in Branch.objects.all()}
    for spec in load("branches")["pages"]:
        branch = branches[spec["code"]]
        labels = {lang: getattr(branch, f"label_{lang}") for lang in LANGS}
        page = BranchPage.objects.child_of(directory).filter(branch=branch).first()
        if page is None:
            page = directory.add_child(
                instance=BranchPage(
                    title=labels["fr"],
                    slug=spec["slug"]["fr"],
                    branch=branch,
                    intro=f"<p>{spec['intro']['fr']}</p>",
                    locale=locales["fr"],
                )
            )
            page.save_revision().publish()
        fields = {
            "title": labels,
            "slug": spec["slug"],
            "intro": {k: f"<p>{v}</p>" for k, v in spec["intro"].items()},
        }
        translate_tree_page(page, fields, locales)
    return directory


# --- member pages -----------------------------------------------------------------------------


def _bio_html(paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def translation_key(spec):
    return uuid.UUID(int=random.Random(f"member-key:{spec.slug}").getrandbits(128))


def strings(spec, lang):
    """French text → text in ``lang`` for every translatable string of a member."""
    mapping = {spec.text["fr"]["tagline"]: spec.text[lang]["tagline"]}
    mapping.update(zip(spec.text["fr"]["bio"], spec.text[lang]["bio"], strict=True))
    for item in spec.portfolio:
        for key in ("title", "caption", "credits", "alt"):
            mapping[item["fr"][key]] = item[lang][key]
    return mapping


def member_fields(spec, lang):
    """The member page's own fields (those of its ``members_memberpage`` row) in ``lang``."""
    text = spec.text[lang]
    return {
        "kind": spec.kind,
        "tagline": text["tagline"],
        "bio": _bio_html(text["bio"]),
        "canton": spec.canton,
        "commune": spec.commune,
        "country": spec.country,
        "year_founded": spec.year,
        "team_size": spec.team,
        "website": f"https://{spec.slug}.example.lu",
        "contact_email": f"contact@{spec.slug}.example.lu",
        **spec.flags,
    }


def published_at(spec):
    # Spread publication dates over the years so that "newest" means something.
    return EPOCH - timedelta(hours=37 * spec.index)


def unsaved_page(spec, lang, locale, branches, skills, languages):
    """The member page of ``spec`` in ``lang``, not saved, with its relations in memory and no media
    (tests turn such pages into search documents without writing them)."""
    published = published_at(spec)
    page = MemberPage(
        title=spec.name,
        slug=spec.slug,
        locale=locale,
        translation_key=translation_key(spec),
        first_published_at=published,
        last_published_at=published,
        **member_fields(spec, lang),
    )
    page.branches = [branches[spec.branch]] + [branches[c] for c in spec.secondary]
    page.skills = [skills[c] for c in spec.skills if c in skills]
    page.languages = [languages[c] for c in spec.languages if c in languages]
    page.social_links = [
        SocialLink(platform=p, url=f"https://www.{p}.com/{spec.slug}", sort_order=n) for n, p in enumerate(spec.socials)
    ]
    page.portfolio_items = [
        PortfolioItem(
            locale=locale,
            translation_key=item["key"],
            sort_order=n,
            media_type=item["media"],
            title=item[lang]["title"],
            year=item["year"],
            client=item["client"],
            credits=item[lang]["credits"],
            caption=item[lang]["caption"],
            alt_text=item[lang]["alt"],
            video_url=item["video"] if item["media"] == MediaType.VIDEO else "",
        )
        for n, item in enumerate(spec.portfolio)
    ]
    return page


def vocabularies():
    """(branches, skills, spoken languages), each by code."""
    return (
        {b.code: b for b in Branch.objects.all()},
        {s.code: s for s in Skill.objects.all()},
        {lang.code: lang for lang in SpokenLanguage.objects.all()},
    )


def existing_slugs(locales):
    return set(MemberPage.objects.filter(locale=locales["fr"]).values_list("slug", flat=True))


class TreeSlots:
    """The next free tree position under each branch page, counted here instead of once per insert."""

    def __init__(self, parents):
        self.parents = parents  # {(lang, branch code): BranchPage}
        self.next = {}
        self.added = {}

    def take(self, key):
        parent = self.parents[key]
        if key not in self.next:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            self.next[key] = int(last[-Page.steplen :], len(Page.alphabet)) + 1 if last else 1
        number = self.next[key]
        self.next[key] += 1
        self.added[key] = self.added.get(key, 0) + 1
        return parent.path + _step(number), parent.depth + 1, parent.url_path

    def commit(self):
        """Count the new children on their parents (Wagtail's ``numchild``)."""
        for key, count in self.added.items():
            Page.objects.filter(pk=self.parents[key].pk).update(numchild=F("numchild") + count)
        self.added = {}


def _step(number):
    digits = []
    base = len(Page.alphabet)
    for _n in range(Page.steplen):
        number, digit = divmod(number, base)
        digits.append(Page.alphabet[digit])
    if number:
        raise ValueError("A branch page cannot have more children than its tree paths allow.")
    return "".join(reversed(digits))


class MemberWriter:
    """Writes members in bulk: logos, pages in three languages, portfolios, links, vocabularies.

    The pages are what ``add_child`` would make (tree path, depth, URL path, live, published dates),
    without a revision, like the pages a site import creates: the admin and the member space edit
    them as usual (the first edit makes the first revision).
    """

    def __init__(self, locales, pool, owner=None):
        self.locales = locales
        self.pool = pool
        self.owner = owner
        self.branches, self.skills, self.languages = vocabularies()
        parents = {}
        for page in BranchPage.objects.filter(locale__in=locales.values()).select_related("branch", "locale"):
            parents[(page.locale.language_code, page.branch.code)] = page
        self.slots = TreeSlots(parents)
        self.content_type = ContentType.objects.get_for_model(MemberPage)
        self.image_model = get_image_model()
        self.logos = {}  # PNG bytes by (initials, palette): drawn once, written once per member
        # The images' default collection, read once (the field's default reads it for every image made).
        self.collection_id = Collection.get_first_root_node().pk
        self.card_logos = {}  # the listing-size rendition by (initials, palette): (bytes, size, extension)

    def write(self, specs):
        """Create the members of ``specs`` (one transaction); return the ids of their pages."""
        with transaction.atomic():
            logos = self._logos(specs)
            rows = []  # (spec, lang, Page)
            for spec in specs:
                key = translation_key(spec)
                published = published_at(spec)
                # The language a member writes in comes first: the other versions are its translations.
                for lang in sorted(LANGS, key=lambda lang: lang != spec.writes_in):
                    path, depth, parent_url = self.slots.take((lang, spec.branch))
                    page = Page(
                        title=spec.name,
                        draft_title=spec.name,
                        slug=spec.slug,
                        path=path,
                        depth=depth,
                        numchild=0,
                        url_path=f"{parent_url}{spec.slug}/",
                        content_type=self.content_type,
                        locale=self.locales[lang],
                        translation_key=key,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                    )
                    rows.append((spec, lang, page))
            Page.objects.bulk_create([page for _spec, _lang, page in rows])
            self.slots.commit()
            members = []
            for spec, lang, page in rows:
                cover = self.pool.images[spec.index % len(self.pool.images)] if spec.index % 3 else None
                members.append(
                    MemberPage(
                        page_ptr_id=page.pk,
                        logo_id=logos[spec.index].pk,
                        cover_image_id=cover.pk if cover else None,
                        **member_fields(spec, lang),
                    )
                )
            insert_rows(MemberPage, members, raw=True)
            self._relations(rows)
            ids = [page.pk for _spec, _lang, page in rows]
            # Every member with wagtail-localize: its writing language the source, the others its translations.
            register_members([translation_key(spec) for spec in specs])
        return ids

    def _logos(self, specs):
        """One logo image per member (its own file and row), by member index, with the directory's
        listing-size rendition (its own file too), as ``get_rendition`` would make it on first use.
        A look (initials and palette) is drawn and scaled once, however many members share it."""
        images, looks = [], []
        for spec in specs:
            look = (initials(spec.name), spec.index % len(palettes()))
            if look not in self.logos:
                self.logos[look] = logo(spec.name, spec.index)
            content = self.logos[look]
            image = self.image_model(
                title=f"Logo {spec.name}",
                collection_id=self.collection_id,
                file_size=len(content),
                file_hash=sha1(content),
            )
            image.file.save(f"logo-{spec.slug}.png", ContentFile(content), save=False)
            image.width = image.height = 256
            images.append(image)
            looks.append(look)
        self.image_model.objects.bulk_create(images)
        insert_rows(
            self.image_model.get_rendition_model(),
            [self._card_rendition(image, look) for image, look in zip(images, looks, strict=True)],
        )
        return {spec.index: image for spec, image in zip(specs, images, strict=True)}

    def _card_rendition(self, image, look):
        """The unsaved ``CARD_LOGO_SPEC`` rendition of a logo: what Wagtail's ``generate_rendition_file``
        makes (same pixels, same file name), its pixels computed once per look."""
        spec = Filter(spec=CARD_LOGO_SPEC)
        if look not in self.card_logos:
            generated = image.generate_rendition_file(spec)
            generated.seek(0)
            content = generated.read()
            with PILImage.open(io.BytesIO(content)) as picture:
                self.card_logos[look] = (content, picture.size, os.path.splitext(generated.name)[1])
        content, (width, height), extension = self.card_logos[look]
        cache_key = spec.get_cache_key(image)
        suffix = f"{cache_key + '.' if cache_key else ''}{spec.spec.replace('|', '.')}{extension}"
        stem = os.path.splitext(os.path.basename(image.file.name))[0][: 59 - len(suffix)]
        return self.image_model.get_rendition_model()(
            image=image,
            filter_spec=spec.spec,
            focal_point_key=cache_key,
            file=ContentFile(content, name=f"{stem}.{suffix}"),
            width=width,
            height=height,
        )

    def _relations(self, rows):
        through = {
            "branches": (MemberPage.branches.through, "branch_id"),
            "skills": (MemberPage.skills.through, "skill_id"),
            "languages": (MemberPage.languages.through, "spokenlanguage_id"),
        }
        links = {name: [] for name in through}
        items, socials, owners = [], [], []
        for spec, lang, page in rows:
            codes = {
                "branches": [self.branches[spec.branch].pk] + [self.branches[c].pk for c in spec.secondary],
                "skills": [self.skills[c].pk for c in spec.skills if c in self.skills],
                "languages": [self.languages[c].pk for c in spec.languages if c in self.languages],
            }
            for name, (_model, column) in through.items():
                links[name].extend({"memberpage_id": page.pk, column: pk} for pk in codes[name])
            for order, item in enumerate(spec.portfolio):
                items.append(self._item(page, item, lang, order))
            socials.extend(
                {"page_id": page.pk, "platform": p, "url": f"https://www.{p}.com/{spec.slug}", "sort_order": n}
                for n, p in enumerate(spec.socials)
            )
            if self.owner and spec.index == 0 and lang == (spec.writes_in or "fr"):
                owners.append({"memberpage_id": page.pk, "user_id": self.owner.pk})
        for name, (model, _column) in through.items():
            insert_values(model, links[name])
        insert_values(PortfolioItem, items)
        insert_values(SocialLink, socials)
        insert_values(MemberPage.owners.through, owners)

    def _item(self, page, item, lang, order):
        """The ``PortfolioItem`` row of a portfolio item in ``lang``, as {column: value}."""
        text = item[lang]
        media = item["media"]
        document = None
        if media == MediaType.AUDIO:
            document = self.pool.audio[item["document"]]
        elif media == MediaType.PDF:
            document = self.pool.pdf[item["document"]]
        return {
            "page_id": page.pk,
            "locale_id": self.locales[lang].pk,
            "translation_key": item["key"],
            "sort_order": order,
            "media_type": str(media),
            "title": text["title"],
            "year": item["year"],
            "client": item["client"],
            "credits": text["credits"],
            "caption": text["caption"],
            "image_id": self.pool.images[item["image"]].pk,
            "alt_text": text["alt"],
            "video_url": item["video"] if media == MediaType.VIDEO else "",
            "document_id": document.pk if document else None,
        }


class IndexedRelations:
    """The relations the search and reference indexes read of a member page (its child relations are
    known once the apps are loaded): ``prefetch_related(*INDEXED_RELATIONS)``."""

    def __iter__(self):
        yield from ("skills", "branches", "languages")
        yield from (relation.get_accessor_name() for relation in get_all_child_relations(MemberPage))


INDEXED_RELATIONS = IndexedRelations()


def indexable(ids):
    """The member pages ``ids`` with what the search and reference indexes read, in few queries."""
    return MemberPage.objects.filter(pk__in=ids).prefetch_related(*INDEXED_RELATIONS)


def index_references(objects):
    """Wagtail's reference index (the admin's "usage" of images and documents) for ``objects`` (of one
    model, with their child relations prefetched): what ``ReferenceIndex.create_or_update_for_object``
    does for each, with one query to read what is recorded and one to add what is missing."""
    objects = list(objects)
    if not objects:
        return
    model = type(objects[0])
    content_types = [
        ContentType.objects.get_for_model(cls, for_concrete_model=False)
        for cls in [model, *model._meta.get_parent_list()]
    ]
    content_type, base_content_type = content_types[0], content_types[-1]
    known = {ct.pk for ct in content_types}
    found = {obj.pk: set(references_of(obj)) for obj in objects}
    existing = {}
    for row in ReferenceIndex.objects.filter(
        base_content_type=base_content_type, object_id__in=list(found)
    ).values_list(
        "id", "content_type_id", "object_id", "to_content_type", "to_object_id", "model_path", "content_path"
    ):
        pk, ct_id, object_id, *reference = row
        existing.setdefault(model._meta.pk.to_python(object_id), {})[tuple(reference)] = (ct_id, pk)
    new, removed = [], []
    for pk, references in found.items():
        recorded = existing.get(pk, {})
        new.extend(
            {
                "content_type_id": content_type.pk,
                "base_content_type_id": base_content_type.pk,
                "object_id": str(pk),
                "to_content_type_id": to_content_type_id,
                "to_object_id": str(to_object_id),
                "model_path": model_path,
                "content_path": content_path,
                "content_path_hash": reference_path_hash(content_path),
            }
            for to_content_type_id, to_object_id, model_path, content_path in references - recorded.keys()
        )
        # A record made for a more specific model than this one is not a removed reference.
        removed.extend(row_pk for ref, (ct_id, row_pk) in recorded.items() if ref not in references and ct_id in known)
    insert_values(ReferenceIndex, new, ignore_conflicts=True)
    ReferenceIndex.objects.filter(id__in=removed).delete()
