"""The style guide: every component of the design system rendered by its real template with demo data, on one
page (``/<lang>/styleguide/``), so that a change to a component is seen there at once.

Who sees it: anyone while ``DEBUG`` is on (a developer's machine), and signed-in staff in production, where the
deployed styles and templates are the ones worth checking; anyone else gets a 404, so that it is never found,
crawled or mistaken for content. It is no Wagtail page (never in the sitemap), says ``noindex`` in a meta tag and
an ``X-Robots-Tag`` header, and is never cached.
"""

from types import SimpleNamespace

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.images import get_image_model

from members.forms import ContactForm
from members.models import Kind, MediaType, MemberPage
from members.models.pages import picture, with_pictures
from search.directory import sort_choices
from search.facets import vocabulary
from search.query import DirectoryQuery
from search.service import Alternatives, DirectoryResult, FacetGroup, FacetValue, ResultItem

DEMO_COUNTS = (14, 9, 7, 5, 3, 2, 1)
# The colour tokens of site.css shown as swatches (static/css/styleguide.css has a class for each).
TOKENS = ("ink", "muted", "paper", "soft", "line", "brand", "brand-soft", "accent", "coral", "sun", "positive")
TOKENS += ("danger", "focus")
# The demo picture when the image library is empty: the site's default sharing image (1200 × 630).
FALLBACK_PICTURE = {"width": 1200, "height": 630}


def may_see(user):
    return settings.DEBUG or (user.is_authenticated and user.is_staff)


def demo_pictures(count=3):
    """Card pictures ({"src", "srcset", "width", "height"}) of the first images of the library, else the default
    sharing image: the cards and tiles look as they do on the site."""
    images = list(get_image_model().objects.order_by("pk")[:count])
    found = [shown for shown in (picture(image) for image in images) if shown]
    return found or [{"src": static("img/social-default.png"), "srcset": "", **FALLBACK_PICTURE}]


def demo_facets(language):
    """A few values of the directory's real facets (labels in the page's language) with demo counts, one selected."""
    vocab = vocabulary(language)
    groups = []
    for name in ("branch", "kind", "available", "skill"):
        facet = vocab[name]
        values = [
            FacetValue(code, label, DEMO_COUNTS[n % len(DEMO_COUNTS)], name == "branch" and n == 0)
            for n, (code, label) in enumerate(facet.values[:6])
        ]
        groups.append(FacetGroup(facet.name, facet.label, facet.boolean, values))
    return groups


def demo_members(pictures, skills):
    """Two result cards: one with a picture, skills and why it matched, one without, its tagline in German."""
    matched = [(skills[0].casefold(), skills[0])] if skills else []
    return [
        ResultItem(
            id=1,
            name="Atelier Lumen",
            url="#members",
            picture=pictures[0],
            tagline=_("Identities and packaging for makers and small brands."),
            kind_label=Kind.COMPANY.label,
            location="Esch-sur-Alzette",
            skills=skills[:3],
            matched=matched,
        ),
        ResultItem(
            id=2,
            name="Sonar Studio",
            url="#members",
            picture={},
            tagline="Klangdesign und Mischung für Film und Spiele.",
            tagline_lang="de" if get_language() != "de" else "",
            kind_label=Kind.FREELANCER.label,
            location="Wiltz",
            reasons=ShownReasons({2: (_("Presentation"), _("Sound design and mixing for film and games."), "")}),
        ),
    ]


class ShownReasons:
    """Why a demo card matched, given as the search service's ``Reasons`` gives it: {id: (reason, snippet, lang)}."""

    def __init__(self, found):
        self.found = found

    def of(self, page_id):
        return self.found.get(page_id, ("", "", ""))


def demo_works(pictures, skills):
    """Three work tiles: two pictures (one matched by a skill), one audio work without a picture."""
    works = []
    for n, title in enumerate(("Affiche Nordlicht", "Catalogue Marée", "Album Ostwind")):
        shown = pictures[n % len(pictures)] if n < 2 else {}
        works.append(
            {
                "id": n + 1,
                "title": title,
                "url": "#works",
                "member": "Atelier Lumen",
                "year": 2024 - n,
                "media_label": MediaType.AUDIO.label if not shown else "",
                "alt": _("A poster in deep purple and orange") if shown else "",
                "picture": shown,
                "matched": [(skills[0].casefold(), skills[0])] if n == 0 and skills else [],
            }
        )
    return works


def demo_gallery():
    """Portfolio items as the member page lists them: the library's first images (the lightbox opens them), else
    the items without a picture."""
    images = list(get_image_model().objects.order_by("pk")[:3]) or [None]
    return [
        SimpleNamespace(
            media_type="image",
            image=image,
            alt_text=_("A poster in deep purple and orange"),
            title=f"{_('Work')} {n + 1}",
            year=2024 - n,
            client="Rockhal",
            caption=_("A series of posters for a season of concerts."),
            credits=_("Photo: Anne Weber"),
            work_url="#gallery",
            text_languages={},
        )
        for n, image in enumerate(images)
    ]


def demo_form():
    """The member page's contact form with the errors a visitor sees (bound, validated, never sent)."""
    form = ContactForm(
        data={"sender_name": "", "sender_email": "not-an-address", "subject": _("A brief"), "body": ""},
        auto_id="styleguide_%s",
    )
    form.is_valid()
    return form


def first_member(language):
    """A live member of this language as the home and branch pages' card shows it, if there is one."""
    members = MemberPage.objects.picture_cards().filter(locale__language_code=language).order_by("pk")[:1]
    return next(iter(with_pictures(members)), None)


@never_cache
def styleguide(request):
    if not may_see(request.user):
        raise Http404
    language = get_language()
    pictures = demo_pictures()
    query = DirectoryQuery(language, "affiche", {"branch": ("design",)})
    facets = demo_facets(language)
    vocab = vocabulary(language)
    skills = [label for _code, label in vocab["skill"].values[:3]]
    items = demo_members(pictures, skills)
    result = DirectoryResult(query, len(items), items, facets, 3, "database")
    result.notices.append(_("The search service is busy: results may be less precise than usual."))
    messages.success(request, _("Your changes were saved. This is how a message looks after an action."))
    context = {
        "query": query,
        "result": result,
        "sort_choices": sort_choices(query),
        "sort_selected": "",
        "page_links": [(1, "#facets"), (2, "#facets"), (3, "#facets")],
        "previous_url": "#facets",
        "next_url": "#facets",
        "clear_url": "#facets",
        "any_filter": True,
        "filter_count": 1,
        "works_view": False,
        "works": demo_works(pictures, skills),
        "skills": skills,
        "tokens": TOKENS,
        "portfolio": demo_gallery(),
        "member": first_member(language),
        "form": demo_form(),
        "alternatives": Alternatives(
            corrected="affiche",
            corrected_url="#notices",
            closest=[("skill", code, label, 4) for code, label in vocab["skill"].values[:2]],
            without=(vocab["branch"].label, vocab.label("branch", "design"), "#notices", 12),
        ),
    }
    response = render(request, "home/styleguide.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
