"""Demo members: deterministic, trilingual, with generated images and portfolios.

Every member is generated from its own seeded random generator (seed + index),
so member #17 is the same whatever ``--members`` says, and re-running the
command only adds the members that are missing.
"""

import io
import math
import random
import struct
import uuid
import wave
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.translations import record_translations
from home.demo import DIRECTORY, LANGS, translate_tree_page
from taxonomy.models import Branch, Skill, SpokenLanguage

from . import demo_data as data
from .models import BranchPage, DirectoryPage, MediaType, MemberPage, PortfolioItem, SocialLink

SPOKEN = [("lb", 60), ("fr", 85), ("de", 70), ("en", 80), ("pt", 15), ("it", 10), ("nl", 5), ("es", 6)]
KIND_WEIGHTS = [("freelancer", 45), ("company", 35), ("collective", 8), ("association", 8), ("institution", 4)]
CANTON_WEIGHTS = {
    "luxembourg": 40,
    "esch-sur-alzette": 22,
    "capellen": 6,
    "mersch": 5,
    "grevenmacher": 4,
    "remich": 3,
    "diekirch": 5,
    "clervaux": 2,
    "wiltz": 2,
    "vianden": 1,
    "redange": 2,
    "echternach": 3,
}
TEAM_BY_KIND = {
    "freelancer": ["1"],
    "company": ["2-5", "6-10", "11-50", "51+"],
    "collective": ["2-5", "6-10"],
    "association": ["2-5", "6-10", "11-50"],
    "institution": ["11-50", "51+"],
}
MEDIA_WEIGHTS = [(MediaType.IMAGE, 70), (MediaType.VIDEO, 12), (MediaType.AUDIO, 9), (MediaType.PDF, 9)]
VIDEO_URLS = [
    "https://vimeo.com/76979871",
    "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    "https://vimeo.com/22439234",
    "https://youtu.be/ScMzIvxBSi4",
]
PALETTES = [
    ((238, 96, 85), (252, 211, 77)),
    ((45, 106, 79), (183, 228, 199)),
    ((29, 53, 87), (168, 218, 220)),
    ((106, 76, 147), (255, 202, 212)),
    ((38, 70, 83), (233, 196, 106)),
    ((20, 20, 20), (230, 57, 70)),
    ((0, 95, 115), (148, 210, 189)),
    ((87, 117, 144), (249, 199, 79)),
]
ASPECTS = [(1600, 1000), (1000, 1400), (1200, 1200), (2000, 900), (1400, 1050)]
POOL_SIZE = 40
# The first members are also registered with wagtail-localize (source, translations and
# translated strings), so editors can try the synchronised-translation workflow on them.
# Doing it for every member costs ~80 ms each, which 1,000 members cannot afford.
LOCALIZE_LINKED_MEMBERS = 30
EPOCH = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


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


MONOLINGUAL = (("fr", 0.30), ("de", 0.06))  # share of members who write only in this language


def only_language(seed, index, spoken):
    """The one language member ``index`` writes in, or "" if its page is written in all three.

    Drawn from a random stream of its own, so that the rest of the member stays the same; a
    member writes only in a language it speaks.
    """
    draw, floor = random.Random(f"{seed}:{index}:writes").random(), 0.0
    for lang, share in MONOLINGUAL:
        if floor <= draw < floor + share:
            return lang if lang in spoken else ""
        floor += share
    return ""


def member_spec(seed, index):
    """Everything about member ``index``, derived only from (seed, index)."""
    rng = random.Random(f"{seed}:{index}")
    kind = weighted(rng, KIND_WEIGHTS)
    branch = rng.choice(data.BRANCHES)
    if kind == "freelancer":
        name = f"{rng.choice(data.FIRST_NAMES)} {rng.choice(data.LAST_NAMES)}"
    else:
        name = rng.choice(data.COMPANY_PATTERNS).format(
            word=rng.choice(data.COMPANY_WORDS[branch["code"]]), last=rng.choice(data.LAST_NAMES), place="Lux"
        )
    others = [b["code"] for b in data.BRANCHES if b["code"] != branch["code"]]
    secondary = rng.sample(others, k=weighted(rng, [(0, 60), (1, 30), (2, 10)]))
    own_skills = [s["code"] for s in data.SKILLS if s["branch"] == branch["code"]]
    skills = rng.sample(own_skills, k=min(len(own_skills), rng.randint(2, 5)))
    for code in secondary[:1]:
        skills.append(rng.choice([s["code"] for s in data.SKILLS if s["branch"] == code]))
    languages = [code for code, pct in SPOKEN if rng.randrange(100) < pct] or ["fr"]
    if rng.randrange(100) < 8:
        country, canton_code = rng.choice(["FR", "BE", "DE"]), ""
        commune = {"FR": "Thionville", "BE": "Arlon", "DE": "Trier"}[country]
    else:
        country = "LU"
        canton_code = weighted(rng, list(CANTON_WEIGHTS.items()))
        canton = next(c for c in data.CANTONS if c["code"] == canton_code)
        commune = rng.choice(canton["communes"])
    year = rng.randint(1985, 2025)
    client = rng.choice(data.CLIENTS)
    skill_labels = {
        lang: [next(s for s in data.SKILLS if s["code"] == c)["label"][lang] for c in skills] for lang in LANGS
    }
    picks = {
        "tagline": rng.randrange(len(data.TAGLINES["fr"])),
        "open": rng.randrange(len(data.BIO_OPENINGS["fr"])),
        "middle": rng.sample(range(len(data.BIO_MIDDLES["fr"])), k=2),
        "close": rng.randrange(len(data.BIO_CLOSINGS["fr"])),
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
            "tagline": data.TAGLINES[lang][picks["tagline"]].format(**values)[:160],
            "bio": [
                data.BIO_OPENINGS[lang][picks["open"]].format(**values)
                + " "
                + data.BIO_MIDDLES[lang][picks["middle"][0]].format(**values),
                data.BIO_MIDDLES[lang][picks["middle"][1]].format(**values)
                + " "
                + data.BIO_CLOSINGS[lang][picks["close"]].format(**values),
            ],
        }
    portfolio = []
    for _n in range(weighted(rng, [(0, 8), (1, 8), (2, 12), (3, 16), (4, 16), (5, 14), (6, 12), (7, 8), (8, 6)])):
        media = weighted(rng, MEDIA_WEIGHTS)
        item_client = rng.choice(data.CLIENTS)
        last = rng.choice(data.LAST_NAMES)
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
            k: rng.randrange(len(v["fr"] if k != "title" else v["fr"][media]))
            for k, v in (
                ("title", data.PORTFOLIO_TITLES),
                ("caption", data.PORTFOLIO_CAPTIONS),
                ("credits", data.PORTFOLIO_CREDITS),
                ("alt", data.ALT_TEXTS),
            )
        }
        item = {
            "media": media,
            "client": item_client,
            "year": item_year,
            "image": rng.randrange(POOL_SIZE),
            "video": rng.choice(VIDEO_URLS),
            "document": rng.randrange(3),
            "key": uuid.UUID(int=rng.getrandbits(128)),
        }
        for lang in LANGS:
            values["skill1"] = skill_labels[lang][0]
            item[lang] = {
                "title": data.PORTFOLIO_TITLES[lang][media][idx["title"]].format(**values)[:200],
                "caption": data.PORTFOLIO_CAPTIONS[lang][idx["caption"]].format(**values),
                "credits": data.PORTFOLIO_CREDITS[lang][idx["credits"]].format(**values)[:400],
                "alt": data.ALT_TEXTS[lang][idx["alt"]].format(**values)[:300],
            }
        portfolio.append(item)
    writes_in = only_language(seed, index, languages)
    if writes_in:
        # Like many members, this one writes in one language; the other versions show that text.
        text = dict.fromkeys(LANGS, text[writes_in])
        for item in portfolio:
            item.update(dict.fromkeys(LANGS, item[writes_in]))
    socials = rng.sample(["linkedin", "instagram", "behance", "vimeo", "soundcloud"], k=rng.randint(0, 2))
    flags = {
        "available_for_hire": rng.random() < 0.55,
        "open_to_collaboration": rng.random() < 0.65,
        "looking_for_clients": rng.random() < 0.7,
        "looking_for_partners": rng.random() < 0.4,
        "looking_for_talent": rng.random() < 0.2,
    }
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
        team=rng.choice(TEAM_BY_KIND[kind]),
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


# --- vocabularies ---------------------------------------------------------------------------


def ensure_vocabularies():
    for order, spec in enumerate(data.BRANCHES):
        Branch.objects.update_or_create(
            code=spec["code"],
            defaults={"sort_order": order, **{f"label_{lang}": spec["label"][lang] for lang in LANGS}},
        )
    branches = {b.code: b for b in Branch.objects.all()}
    for spec in data.SKILLS:
        Skill.objects.update_or_create(
            code=spec["code"],
            defaults={
                "branch": branches[spec["branch"]],
                **{f"label_{lang}": spec["label"][lang] for lang in LANGS},
                **{f"synonyms_{lang}": "\n".join(spec["synonyms"][lang]) for lang in LANGS},
            },
        )
    for code, _pct in SPOKEN:
        SpokenLanguage.objects.get_or_create(code=code)


# --- pages ----------------------------------------------------------------------------------


def ensure_directory(home, locales):
    directory = DirectoryPage.objects.child_of(home).first()
    if directory is None:
        directory = home.add_child(
            instance=DirectoryPage(
                title=DIRECTORY["title"]["fr"],
                slug=DIRECTORY["slug"]["fr"],
                intro=DIRECTORY["intro"]["fr"],
                locale=locales["fr"],
                show_in_menus=True,
            )
        )
        directory.save_revision().publish()
    translate_tree_page(directory, DIRECTORY, locales)
    branches = {b.code: b for b in Branch.objects.all()}
    for spec in data.BRANCHES:
        page = BranchPage.objects.child_of(directory).filter(branch=branches[spec["code"]]).first()
        if page is None:
            page = directory.add_child(
                instance=BranchPage(
                    title=spec["label"]["fr"],
                    slug=spec["slug"]["fr"],
                    branch=branches[spec["code"]],
                    intro=f"<p>{spec['intro']['fr']}</p>",
                    locale=locales["fr"],
                )
            )
            page.save_revision().publish()
        fields = {
            "title": spec["label"],
            "slug": spec["slug"],
            "intro": {k: f"<p>{v}</p>" for k, v in spec["intro"].items()},
        }
        translate_tree_page(page, fields, locales)
    return directory


# --- media ----------------------------------------------------------------------------------


def _jpeg(img):
    out = io.BytesIO()
    img.save(out, "JPEG", quality=78, optimize=False)
    return out.getvalue()


def artwork(index):
    """An abstract picture: a two-colour gradient with circles and bands, in one of five aspect ratios."""
    rng = random.Random(f"artwork:{index}")
    width, height = ASPECTS[index % len(ASPECTS)]
    start, end = PALETTES[index % len(PALETTES)]
    img = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    for y in range(0, height, 4):
        t = y / height
        draw.rectangle([0, y, width, y + 4], fill=tuple(int(a + (b - a) * t) for a, b in zip(start, end, strict=True)))
    for _n in range(rng.randint(3, 7)):
        r = rng.randint(width // 12, width // 4)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = tuple(rng.randint(0, 255) for _c in range(3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
    for _n in range(rng.randint(1, 3)):
        y = rng.randint(0, height)
        draw.rectangle([0, y, width, y + rng.randint(8, 40)], fill=end)
    return _jpeg(img)


def logo(name, index):
    start, end = PALETTES[index % len(PALETTES)]
    img = PILImage.new("RGB", (256, 256), start)
    draw = ImageDraw.Draw(img)
    draw.ellipse([28, 28, 228, 228], fill=end)
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    draw.text((128, 128), initials, fill=start, anchor="mm", font_size=96)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False)
    return out.getvalue()


def tone_wav(frequency, seconds=1.0, rate=8000):
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * frequency * n / rate)))
            for n in range(int(rate * seconds))
        )
        wav.writeframes(frames)
    return out.getvalue()


def tiny_pdf(title):
    """A valid one-page PDF with a title line, written by hand (no extra dependency)."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


class MediaPool:
    """Portfolio pictures, covers, audio and PDF files shared by the demo members."""

    def __init__(self):
        image_model = get_image_model()
        self.images = []
        for index in range(POOL_SIZE):
            title = f"Demo artwork {index + 1:02d}"
            image = image_model.objects.filter(title=title).first()
            if image is None:
                image = image_model(
                    title=title, file=ImageFile(io.BytesIO(artwork(index)), name=f"demo-artwork-{index + 1:02d}.jpg")
                )
                image.save()
            self.images.append(image)
        document_model = get_document_model()
        self.audio, self.pdf = [], []
        for index in range(3):
            title = f"Demo audio {index + 1}"
            doc = document_model.objects.filter(title=title).first() or document_model.objects.create(
                title=title, file=ContentFile(tone_wav(220 * (index + 2)), name=f"demo-audio-{index + 1}.wav")
            )
            self.audio.append(doc)
            title = f"Demo brochure {index + 1}"
            doc = document_model.objects.filter(title=title).first() or document_model.objects.create(
                title=title, file=ContentFile(tiny_pdf(title), name=f"demo-brochure-{index + 1}.pdf")
            )
            self.pdf.append(doc)


# --- members --------------------------------------------------------------------------------


def _bio_html(paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


class MemberBuilder:
    """Creates the French page and its English and German translations for one spec."""

    def __init__(self, directory, locales, pool, owner=None):
        """``directory`` None: a builder of unsaved pages without media (``page``), for tests."""
        self.locales = locales
        self.pool = pool
        self.owner = owner
        self.branches = {b.code: b for b in Branch.objects.all()}
        self.skills = {s.code: s for s in Skill.objects.all()}
        self.languages = {lang.code: lang for lang in SpokenLanguage.objects.all()}
        self.branch_pages = {}
        for lang in LANGS if directory else ():
            for page in BranchPage.objects.filter(locale=locales[lang]).select_related("branch"):
                self.branch_pages[(lang, page.branch.code)] = page
        self.image_model = get_image_model()

    def existing_slugs(self):
        return set(MemberPage.objects.filter(locale=self.locales["fr"]).values_list("slug", flat=True))

    @transaction.atomic
    def build(self, spec):
        logo_image = self.image_model(
            title=f"Logo {spec.name}",
            file=ImageFile(io.BytesIO(logo(spec.name, spec.index)), name=f"logo-{spec.slug}.png"),
        )
        logo_image.save()
        cover = self.pool.images[spec.index % len(self.pool.images)] if spec.index % 3 else None
        translation_key = uuid.UUID(int=random.Random(f"member-key:{spec.slug}").getrandbits(128))
        pages = {}
        # The language a member writes in comes first: the other versions are its translations.
        order = sorted(LANGS, key=lambda lang: lang != spec.writes_in)
        for lang in order:
            page = self.page(spec, lang, translation_key, logo=logo_image, cover=cover)
            self.branch_pages[(lang, spec.branch)].add_child(instance=page)
            pages[lang] = page
        if self.owner and spec.index == 0:
            pages[order[0]].owners.add(self.owner)
        if spec.index < LOCALIZE_LINKED_MEMBERS:
            record_translations(pages[order[0]], {self.locales[lang]: self.strings(spec, lang) for lang in order[1:]})
        return pages

    def page(self, spec, lang, translation_key=None, logo=None, cover=None):
        """The member page of ``spec`` in ``lang``, not saved yet (tests index such pages directly)."""
        text = spec.text[lang]
        # Spread publication dates over the years so that "newest" means something.
        published = EPOCH - timedelta(hours=37 * spec.index)
        page = MemberPage(
            title=spec.name,
            slug=spec.slug,
            locale=self.locales[lang],
            translation_key=translation_key or uuid.uuid4(),
            kind=spec.kind,
            tagline=text["tagline"],
            bio=_bio_html(text["bio"]),
            logo=logo,
            cover_image=cover,
            canton=spec.canton,
            commune=spec.commune,
            country=spec.country,
            year_founded=spec.year,
            team_size=spec.team,
            website=f"https://{spec.slug}.example.lu",
            contact_email=f"contact@{spec.slug}.example.lu",
            first_published_at=published,
            last_published_at=published,
            **spec.flags,
        )
        page.branches = [self.branches[spec.branch]] + [self.branches[c] for c in spec.secondary]
        page.skills = [self.skills[c] for c in spec.skills if c in self.skills]
        page.languages = [self.languages[c] for c in spec.languages if c in self.languages]
        page.social_links = [
            SocialLink(platform=p, url=f"https://www.{p}.com/{spec.slug}", sort_order=n)
            for n, p in enumerate(spec.socials)
        ]
        page.portfolio_items = [self._item(item, lang, n) for n, item in enumerate(spec.portfolio)]
        return page

    @staticmethod
    def strings(spec, lang):
        """French text → text in ``lang`` for every translatable string of a member."""
        mapping = {spec.text["fr"]["tagline"]: spec.text[lang]["tagline"]}
        mapping.update(zip(spec.text["fr"]["bio"], spec.text[lang]["bio"], strict=True))
        for item in spec.portfolio:
            for key in ("title", "caption", "credits", "alt"):
                mapping[item["fr"][key]] = item[lang][key]
        return mapping

    def _item(self, item, lang, order):
        text = item[lang]
        media = item["media"]
        document = None
        if self.pool is None:
            pass
        elif media == MediaType.AUDIO:
            document = self.pool.audio[item["document"]]
        elif media == MediaType.PDF:
            document = self.pool.pdf[item["document"]]
        return PortfolioItem(
            locale=self.locales[lang],
            translation_key=item["key"],
            sort_order=order,
            media_type=media,
            title=text["title"],
            year=item["year"],
            client=item["client"],
            credits=text["credits"],
            caption=text["caption"],
            image=self.pool.images[item["image"]] if self.pool else None,
            alt_text=text["alt"],
            video_url=item["video"] if media == MediaType.VIDEO else "",
            document=document,
        )
