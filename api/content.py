"""What each public page type says in the pages API (``/api/v2/pages/``).

Declared here rather than on the models so that the whole public contract, and what it leaves out, reads in
one place. Never exposed: contact e-mail addresses (members' ``contact_email``, jobs' ``apply_email``), owners
and accounts, membership and moderation state, members that are not live and public.
"""

from wagtail.api import APIField
from wagtail.models import Page

from agenda.models import AgendaPage, EventPage
from core.absolute import absolute_url
from figures.models import StatisticsPage
from home.models import HomePage, StandardPage
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage
from members.models import BranchPage, DirectoryPage, MemberPage
from news.models import NewsIndexPage, NewsPage
from portrait.models import PortraitEditionPage, PortraitIndexPage, PortraitStoryPage

from .fields import (
    IMAGE_WIDTHS,
    LOGO_WIDTHS,
    Computed,
    choice_json,
    image_json,
    label_json,
    language_of,
    local_datetime,
    local_live,
    page_link,
    rendition_specs,
    translations_json,
)


def _summary(page, context):
    return page.summary


def _members(attribute):
    def members(page, context):
        chosen = list(getattr(page, attribute).all())
        return [page_link(member, context) for member in local_live(MemberPage, chosen, page.locale_id)]

    return members


def _labels(attribute, key="code"):
    def labels(page, context):
        language = language_of(page)
        return [label_json(item, language, key) for item in getattr(page, attribute).all()]

    return labels


def _label(attribute, key="code"):
    def label(page, context):
        return label_json(getattr(page, attribute), language_of(page), key)

    return label


def _choice(attribute):
    return lambda page, context: choice_json(page, attribute)


def _image(attribute, alt=None, widths=None):
    def image(page, context):
        picture = _member_image(page, attribute, context) if hasattr(page, "media") else getattr(page, attribute)
        text = alt(page) if callable(alt) else (getattr(page, alt) if alt else "")
        options = {"widths": widths} if widths else {}
        return image_json(picture, context, text or (picture.default_alt_text if picture else ""), **options)

    return image


def _datetime(attribute):
    return lambda page, context: local_datetime(getattr(page, attribute))


def _party(page, context):
    party = page.party
    return {"name": party.name, "page": page_link(party.page, context)}


def _organiser(page, context):
    name, member = page.organiser()
    return {"name": name, "page": page_link(member, context)} if name else None


# --- Members ---------------------------------------------------------------------------------------------------


def _listed(page):
    """A member of a listing, loaded with the other members' (views.prefetch_members_memberpage)."""
    return "portfolio_items" in getattr(page, "_prefetched_objects_cache", {})


def _member_image(page, attribute, context):
    """A member's logo or cover; on its own, with its portfolio's images and their renditions (MemberPage.media)."""
    if _listed(page):
        return getattr(page, attribute)
    return _media(page, context)[1].get(getattr(page, f"{attribute}_id"))


def _media(page, context):
    return page.media(context.get("request"), rendition_specs(sorted({*LOGO_WIDTHS, *IMAGE_WIDTHS})))


def _member_labels(name):
    def labels(page, context):
        language = language_of(page)
        return [label_json(item, language) for item in page.relations(context.get("request"))[name]]

    return labels


def _portfolio(page, context):
    items = page.portfolio_items.all() if _listed(page) else _media(page, context)[0]
    result = []
    for item in items:
        result.append(
            {
                "title": item.title,
                "media_type": item.media_type,
                "year": item.year,
                "client": item.client,
                "credits": item.credits,
                "caption": item.caption,
                "alt_text": item.alt_text,
                "image": image_json(item.image, context, item.alt_text or "") if item.image_id else None,
                "video_url": item.video_url or None,
                "document_url": (absolute_url(item.document.url) if item.document_id else None),
            }
        )
    return result


def _languages(page, context):
    from django.utils import translation

    with translation.override(language_of(page)):
        languages = page.relations(context.get("request"))["member_languages"]
        return [{"code": language.code, "label": str(language.label)} for language in languages]


def _social_links(page, context):
    return [
        {"platform": link.platform, "url": link.url} for link in page.relations(context.get("request"))["social_links"]
    ]


def _location(page, context):
    from django.utils import translation

    with translation.override(language_of(page)):
        return {
            "canton": choice_json(page, "canton"),
            "commune": page.commune,
            "country": choice_json(page, "country"),
            "label": page.location_label(),
        }


def _choice_in_language(attribute):
    def choice(page, context):
        from django.utils import translation

        with translation.override(language_of(page)):
            return choice_json(page, attribute)

    return choice


def _tags(page, context):
    if "tagged_items" in getattr(page, "_prefetched_objects_cache", {}):
        return sorted(item.tag.name for item in page.tagged_items.all())  # a listing: prefetched with the tags
    if hasattr(page, "relations"):
        return sorted(tag.name for tag in page.relations(context.get("request"))["member_tags"])
    return sorted(tag.name for tag in page.tags.all())


def _figures(page, context):
    return [
        {
            "label": figure.label,
            "indicator": figure.indicator,
            "value": str(figure.value.normalize()),
            "unit": figure.unit,
            "year": figure.year,
            "approximate": figure.approximate,
            "source_name": figure.source_name,
            "source_url": figure.source_url or None,
            "note": figure.note,
        }
        for figure in page.figures.all()
    ]


COMMON = [
    APIField("summary", serializer=Computed(_summary)),
    APIField("translations", serializer=Computed(translations_json)),
]


def fields_by_model():
    choice = _choice_in_language
    return {
        HomePage: [
            APIField("intro"),
            APIField("body"),
            APIField("featured", serializer=Computed(_members("featured_members"))),
        ],
        StandardPage: [APIField("body")],
        DirectoryPage: [APIField("intro")],
        BranchPage: [APIField("intro"), APIField("branch_label", serializer=Computed(_label("branch")))],
        MemberPage: [
            APIField("name", serializer=Computed(lambda page, context: page.title)),
            APIField("kind", serializer=Computed(choice("kind"))),
            APIField("tagline"),
            APIField("bio"),
            APIField("logo_image", serializer=Computed(_image("logo", widths=LOGO_WIDTHS))),
            APIField("cover", serializer=Computed(_image("cover_image"))),
            APIField("member_branches", serializer=Computed(_member_labels("member_branches"))),
            APIField("member_skills", serializer=Computed(_member_labels("member_skills"))),
            APIField("spoken_languages", serializer=Computed(_languages)),
            APIField("location", serializer=Computed(_location)),
            APIField("year_founded"),
            APIField("team_size", serializer=Computed(choice("team_size"))),
            APIField("website"),
            APIField("links", serializer=Computed(_social_links)),
            APIField("available_for_hire"),
            APIField("open_to_collaboration"),
            APIField("looking_for_clients"),
            APIField("looking_for_partners"),
            APIField("looking_for_talent"),
            APIField("keywords", serializer=Computed(_tags)),
            APIField("portfolio", serializer=Computed(_portfolio)),
            APIField("machine_translated"),
        ],
        NewsIndexPage: [APIField("intro")],
        NewsPage: [
            APIField("date"),
            APIField("intro"),
            APIField("body"),
            APIField("image", serializer=Computed(_image("featured_image", alt=lambda page: page.featured_image_alt))),
            APIField("news_categories", serializer=Computed(_labels("categories"))),
            APIField("keywords", serializer=Computed(_tags)),
            APIField("members", serializer=Computed(_members("related_members"))),
        ],
        AgendaPage: [APIField("intro")],
        EventPage: [
            APIField("starts_at", serializer=Computed(_datetime("start"))),
            APIField("ends_at", serializer=Computed(_datetime("end"))),
            APIField("all_day"),
            APIField("event_kind", serializer=Computed(choice("event_type"))),
            APIField("venue_name"),
            APIField("venue_address"),
            APIField("online_url"),
            APIField("registration_url"),
            APIField("organiser", serializer=Computed(_organiser)),
            APIField("branch_label", serializer=Computed(_label("branch"))),
            APIField("picture", serializer=Computed(_image("image"))),
            APIField("intro"),
            APIField("body"),
        ],
        JobIndexPage: [APIField("intro")],
        JobPage: [
            APIField("employer", serializer=Computed(_party)),
            APIField("contract", serializer=Computed(choice("contract_type"))),
            APIField("working_time", serializer=Computed(choice("workload"))),
            APIField("location"),
            APIField("remote_work", serializer=Computed(choice("remote"))),
            APIField("branch_label", serializer=Computed(_label("branch"))),
            APIField("start_date"),
            APIField("expiry_date"),
            APIField("description"),
            APIField("how_to_apply"),
            APIField("apply_url"),
            APIField("apply_by_email", serializer=Computed(lambda page, context: bool(page.apply_email))),
        ],
        CollaborationIndexPage: [APIField("intro")],
        CollaborationPage: [
            APIField("request_kind", serializer=Computed(choice("kind"))),
            APIField("author", serializer=Computed(_party)),
            APIField("branch_label", serializer=Computed(_label("branch"))),
            APIField("deadline"),
            APIField("budget"),
            APIField("summary_text"),
            APIField("description"),
            APIField("how_to_respond"),
        ],
        PortraitIndexPage: [APIField("intro")],
        PortraitEditionPage: [
            APIField("year"),
            APIField("cover", serializer=Computed(_image("cover_image"))),
            APIField("intro"),
            APIField("editorial"),
        ],
        PortraitStoryPage: [
            APIField("story_kind", serializer=Computed(choice("kind"))),
            APIField("subtitle"),
            APIField("lead"),
            APIField("hero", serializer=Computed(_image("hero_image", alt="hero_alt"))),
            APIField("hero_caption"),
            APIField("hero_credit"),
            APIField("body"),
            APIField("members", serializer=Computed(_members("related_members"))),
        ],
        StatisticsPage: [
            APIField("intro"),
            APIField("methodology"),
            APIField("statistics", serializer=Computed(_figures)),
        ],
    }


def register():
    """Set ``api_fields`` on every public page type (each also gets the common fields)."""
    for model, fields in fields_by_model().items():
        model.api_fields = COMMON + fields


def public_page_models():
    return [model for model in fields_by_model() if issubclass(model, Page)]
