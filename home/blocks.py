"""The home page's sections, composed by editors; each reads the section it shows."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from agenda.models import AgendaPage, EventPage
from core.blocks import localized
from figures.models import StatisticsPage
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage
from members.models import DirectoryPage, MemberPage
from members.models.pages import with_pictures
from members.text_language import mark_taglines
from news.models import NewsIndexPage, NewsPage

# --- The home page, composed by editors -------------------------------------------------
#
# Every block works without curation: an empty list or heading falls back to automatic
# content (recent members, latest news, next events, open offers, headline figures), so
# a home page created with no body at all still shows every section.


def child_section(home, model):
    """The live section page of type ``model`` right below ``home`` (the directory, the news index...)."""
    return model.objects.live().child_of(home).first()


class HomeSectionBlock(blocks.StructBlock):
    """A home section with an optional heading; subclasses add ``items()``."""

    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=120, help_text=_("Leave empty for the default heading.")
    )
    default_heading = ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        context["home"] = page
        context["heading"] = value.get("heading") or self.default_heading
        # The stream passes each child's id, so that two sections of a kind never share an anchor.
        context["section_id"] = f"home-{(parent_context or {}).get('section_id') or self.name}"
        if page is not None:
            context.update(self.section_context(value, page))
        return context

    def section_context(self, value, home):
        return {}


class HeroBlock(HomeSectionBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"], required=False)
    image = ImageBlock(label=_("Image"), required=False)
    link_label = blocks.CharBlock(label=_("Button text"), required=False, max_length=60)
    link_page = blocks.PageChooserBlock(label=_("Button target"), required=False)

    class Meta:
        icon = "pick"
        label = _("Hero")
        template = "home/blocks/home_hero.html"
        description = _(
            "The opening banner. Empty fields fall back to the page title, its introduction and a link to the directory."
        )
        preview_value = {"heading": "Creative minds for business", "link_label": "Browse the directory"}

    def section_context(self, value, home):

        target = value.get("link_page")
        if target:
            target = (localized([target.specific], home.locale) or [None])[0]
        directory = target or child_section(home, DirectoryPage)
        return {
            "heading": value.get("heading") or home.title,
            "text": value.get("text") or home.intro,
            "target": directory,
            "link_label": value.get("link_label") or (_("Browse the directory") if not target else target.title),
        }


class BranchesBlock(HomeSectionBlock):
    default_heading = _("The twelve branches")

    class Meta:
        icon = "list-ul"
        label = _("Branches")
        template = "home/blocks/home_branches.html"
        description = _("The directory's branches with their number of members.")
        preview_value = {}

    def section_context(self, value, home):

        directory = child_section(home, DirectoryPage)
        return {"directory": directory, "branch_pages": directory.branch_pages() if directory else []}


class FeaturedMembersBlock(HomeSectionBlock):
    members = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="members.MemberPage"),
        label=_("Members"),
        required=False,
        help_text=_("Leave empty to show the members featured on the home page, else the latest members with a logo."),
    )
    count = blocks.IntegerBlock(label=_("How many"), default=6, min_value=1, max_value=12)
    default_heading = _("Featured members")

    class Meta:
        icon = "group"
        label = _("Featured members")
        template = "home/blocks/home_members.html"
        description = _("Member cards, chosen or automatic.")
        preview_value = {"count": 3}

    def section_context(self, value, home):

        count = value.get("count") or 6
        chosen = [member for member in value.get("members") or [] if member]
        if chosen:
            members = with_pictures(localized(chosen, home.locale)[:count])
        else:
            members = MemberPage.objects.featured_for(home, limit=count)

        return {"members": mark_taglines(members)}


class LatestItemsBlock(HomeSectionBlock):
    """A few pages of one section (news, events) with a link to the section's index."""

    count = blocks.IntegerBlock(label=_("How many"), default=3, min_value=1, max_value=9)

    def items(self, home, count):
        raise NotImplementedError

    def index_model(self):
        raise NotImplementedError

    def section_context(self, value, home):
        return {
            "items": list(self.items(home, value.get("count") or 3)),
            "index": child_section(home, self.index_model()),
        }


class LatestNewsBlock(LatestItemsBlock):
    default_heading = _("Latest news")

    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "home/blocks/home_news.html"
        description = _("The most recent news articles in the visitor's language.")
        preview_value = {"count": 3}

    def items(self, home, count):

        return NewsPage.latest(home.locale, limit=count)

    def index_model(self):

        return NewsIndexPage


class UpcomingEventsBlock(LatestItemsBlock):
    default_heading = _("Upcoming events")

    class Meta:
        icon = "date"
        label = _("Upcoming events")
        template = "home/blocks/home_events.html"
        description = _("The next events of the agenda.")
        preview_value = {"count": 3}

    def items(self, home, count):

        return EventPage.upcoming(home.locale, limit=count)

    def index_model(self):

        return AgendaPage


class OpenJobsBlock(HomeSectionBlock):
    text = blocks.TextBlock(label=_("Text"), required=False)
    default_heading = _("Jobs and collaborations")

    class Meta:
        icon = "tasks"
        label = _("Open jobs")
        template = "home/blocks/home_jobs.html"
        description = _("How many job offers and collaboration requests are open, with links.")
        preview_value = {}

    def section_context(self, value, home):

        return {
            "job_count": JobPage.open_offers(home.locale).count(),
            "request_count": CollaborationPage.open_requests(home.locale).count(),
            "job_index": child_section(home, JobIndexPage),
            "request_index": child_section(home, CollaborationIndexPage),
        }


class StatisticsTeaserBlock(HomeSectionBlock):
    count = blocks.IntegerBlock(label=_("How many figures"), default=3, min_value=1, max_value=6)
    default_heading = _("The sector in figures")

    class Meta:
        icon = "order"
        label = _("Statistics teaser")
        template = "home/blocks/home_figures.html"
        description = _("Headline figures of the statistics page.")
        preview_value = {"count": 3}

    def section_context(self, value, home):

        return {
            "figures": StatisticsPage.teaser(home.locale, limit=value.get("count") or 3),
            "index": StatisticsPage.for_locale(home.locale),
        }


class MembershipCallBlock(HomeSectionBlock):
    text = blocks.TextBlock(label=_("Text"), required=False)
    link_label = blocks.CharBlock(label=_("Button text"), required=False, max_length=60)
    link_page = blocks.PageChooserBlock(label=_("Button target"), required=False)
    default_heading = _("Join the cluster")

    class Meta:
        icon = "user"
        label = _("Call to action: membership")
        template = "home/blocks/home_membership.html"
        description = _(
            "Invites creatives to join. Without a target, it links to the page chosen as the membership page."
        )
        preview_value = {}

    def section_context(self, value, home):
        target = value.get("link_page") or home.membership_page
        if target:
            target = (localized([target.specific], home.locale) or [None])[0]
        return {
            "text": value.get("text")
            or _("Membership is free for creative professionals based in Luxembourg and the Greater Region."),
            "target": target,
            "link_label": value.get("link_label") or _("Become a member"),
        }


class HomeBlock(blocks.StreamBlock):
    hero = HeroBlock()
    branches = BranchesBlock()
    featured_members = FeaturedMembersBlock()
    latest_news = LatestNewsBlock()
    upcoming_events = UpcomingEventsBlock()
    open_jobs = OpenJobsBlock()
    statistics = StatisticsTeaserBlock()
    membership = MembershipCallBlock()

    class Meta:
        block_counts = {"hero": {"max_num": 1}}


# The home page's sections when editors have not composed it.
DEFAULT_HOME_SECTIONS = [
    "hero",
    "branches",
    "featured_members",
    "latest_news",
    "upcoming_events",
    "open_jobs",
    "statistics",
    "membership",
]
