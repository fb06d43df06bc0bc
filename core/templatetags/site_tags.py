"""Site-wide template tags: language switcher, navigation and footer in the current language."""

import json
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, pgettext
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from core.absolute import absolute_url
from core.blocks import localized
from core.descriptions import page_description, site_description
from core.models import FooterText, SiteSettings, SocialLinks
from core.performance.page_cache import remember
from core.performance.routing import live_homes

register = template.Library()


def _current_locale():
    def active():
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return None

    return remember("locale", [get_language()], active)


# A value longer than this is not carried to another language (a search is at most 200 characters).
KEPT_VALUE_LENGTH = 200


def kept_query(names, request):
    """``?…`` with the GET parameters of ``request`` named in ``names`` (a page's ``kept_on_language_switch``), in
    that order, repeated values kept, empty ones left out; ``""`` when there are none."""
    if not names or request is None:
        return ""
    pairs = [
        (name, value)
        for name in names
        for value in request.GET.getlist(name)
        if value and len(value) <= KEPT_VALUE_LENGTH
    ]
    return "?" + urlencode(pairs) if pairs else ""


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language: where the current page lives in that language.

    Pages link to their live translations; a language without a translation links
    to that language's home page. Non-page views (errors, forms) translate the URL.

    ``url`` is the switcher's link: to the same page in another language it carries the
    parameters the page keeps on a language switch (a directory search and its filters).
    ``page_url`` and ``absolute_url`` (for the ``hreflang`` alternates) never carry a query;
    ``kept`` names the parameters ``url`` may carry, for a script that changes the search in place.
    """
    request = context.get("request")
    page = context.get("page")
    kept = tuple(getattr(page, "kept_on_language_switch", ())) if isinstance(page, Page) and page.pk else ()
    query = kept_query(kept, request)
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    if isinstance(page, Page) and page.pk:

        def page_urls():
            """({language code: address of the page's live version}, {language code: address of its home})."""
            # A page that reads its language versions for itself (a member page) shares them.
            versions = getattr(page, "all_language_versions", None)
            if versions is None:
                versions = page.get_translations(inclusive=True).live().select_related("locale")
            pages = {
                translation.locale.language_code: translation.get_url(request=request)
                for translation in versions
                if translation.live
            }
            homes = {code: home.get_url(request=request) for code, home in live_homes().items()}
            return pages, homes

        # The same for every visitor of the page (kept until content changes): a directory page rendered for each
        # new search does not read its translations again.
        pages, homes = remember("language-urls", (page.pk, request.get_host() if request else ""), page_urls)
        # A sub-page of the page (a member's portfolio item) names its own versions: {language code: address}.
        own = context.get("language_urls")
        urls = {}
        for code, _name in settings.LANGUAGES:
            url = (own if own is not None else pages).get(code)
            if url:
                urls[code] = (url, True)
            else:
                urls[code] = (homes[code], False) if homes.get(code) else (f"/{code}/", False)
    else:
        path = request.path if request else "/"
        urls = {code: (translate_url(path, code), True) for code, _name in settings.LANGUAGES}
    versions = []
    for code, name in settings.LANGUAGES:
        url, same_page = urls[code]
        versions.append(
            {
                "code": code,
                "name": name,
                "name_local": get_language_info(code)["name_local"],
                "url": url + query if same_page and url else url,
                "page_url": url,
                "absolute_url": absolute_url(url),
                "current": code == current,
                "same_page": same_page,
                "kept": kept if same_page else (),
            }
        )
    return versions


class KeptNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist, self.name, self.keys = nodelist, name, keys

    def render(self, context):
        request = context.get("request")
        parts = [get_language(), request.get_host() if request else ""]
        parts += [key.resolve(context) for key in self.keys]
        return remember(f"kept-{self.name}", parts, lambda: mark_safe(self.nodelist.render(context)))  # noqa: S308


@register.tag
def kept(parser, token):
    """``{% kept "footer" %}…{% endkept %}``: HTML that depends only on the language, the site and content (not
    on the page or the visitor), rendered once and kept with the page cache's fragments. Values after the name
    (``{% kept "header" header_key %}``) are part of the key: the block is kept once per value, for HTML that
    also depends on a little of the page or the visitor (the header's current section, signed in or not)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "'\"" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('Usage: {% kept "name" [key …] %}…{% endkept %}')
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]])


@register.simple_tag(takes_context=True)
def header_key(context, home):
    """Everything the site header shows besides the language and content (see base.html): the menu section the
    page is in and whether it is that section's own page, whether the visitor is signed in, and which of the
    site's non-page areas (matchmaking, My space, search) the view belongs to."""
    page, request, user = context.get("page"), context.get("request"), context.get("user")
    section = next((item for item in menu_pages(home) if is_within(page, item)), None)
    match = getattr(request, "resolver_match", None)
    area = match.url_name if match and match.url_name == "site_search" else (match.namespace if match else "")
    return "|".join(
        [
            str(section.pk) if section else "",
            "page" if section and page.pk == section.pk else "",
            "in" if user is not None and user.is_authenticated else "",
            area if area in ("matchmaking", "space", "site_search") else "",
        ]
    )


@register.simple_tag
def home_page():
    """The live home page of the current language, else the first one made."""
    homes, locale = live_homes(), _current_locale()
    home = homes.get(locale.language_code) if locale else None
    return home or min(homes.values(), key=lambda page: page.pk, default=None)


@register.simple_tag
def menu_pages(home):
    if not home:
        return []
    return remember("menu", [home.pk], lambda: list(home.get_children().live().public().in_menu().specific()))


# The header at 1024 px and more is one line: the menu pages that fit beside the logo and the tools are shown,
# the others go under "More". Which fit is estimated from the titles' lengths (Inter semibold at 15 px averages
# under 8.6 px a character, capitals and spaces included) for each width where the header gains room, with the
# sizes of site.css (the header's container at most 90rem, the logo's name from 1280 px at most 11rem, the
# space and search links as icons); CSS shows each page in the line from its width on, under "More" below it.
MENU_CHAR_PX = 8.6
MENU_ITEM_GAP = 14
MENU_WIDTHS = (1024, 1280, 1440, 1680)


def _menu_room(width, find_label, more_label):
    gap = min(32, max(16, 0.03 * width))
    container = min(1440, width - 2 * gap)
    logo = 36 if width < 1280 else 36 + 10 + 176
    tools = len(find_label) * MENU_CHAR_PX + 28 + 44 + 44 + 3 * 40 + 3 * 12 + 17
    more = len(more_label) * MENU_CHAR_PX + 40 + MENU_ITEM_GAP
    return container - logo - tools - 2 * 16 - more


@register.simple_tag
def menu_tiers(menu):
    """[(page, tier)]: tier is the narrowest width (1024, 1280, 1440, 1680) from which the page fits on the
    header's line, or "more" when it is under "More" at every width."""
    rooms = [(width, _menu_room(width, _("Find a creative"), _("More"))) for width in MENU_WIDTHS]
    tiers, used = [], 0
    for item in menu:
        used += len(item.title) * MENU_CHAR_PX + MENU_ITEM_GAP
        tier = next((str(width) for width, room in rooms if used <= room), "more")
        tiers.append((item, tier))
    return tiers


@register.filter
def quoted(text):
    """``text`` between the quotation marks of the current language: “…” in English, « … » in French, „…“ in
    German (the catalogues say which), escaped."""
    return format_html(pgettext("quotation marks around a text", "“{}”"), text)


@register.simple_tag
def footer_text():
    """The footer in the current language, falling back to the default language."""
    locale = _current_locale()

    def find():
        footer = FooterText.objects.filter(locale=locale).first() if locale else None
        return footer or FooterText.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()

    return remember("footer", [locale.pk if locale else ""], find)


@register.simple_tag
def breadcrumb_pages(page):
    """The pages above ``page``, the tree's root left out (for the breadcrumb); kept with the fragments by
    parent, which many pages share (a branch's members, a news index's articles)."""
    if not isinstance(page, Page):
        return []
    if not page.pk or not page.path:
        return list(page.get_ancestors()[1:])
    parent = page.path[: -Page.steplen]
    paths = [parent[:end] for end in range(2 * Page.steplen, len(parent) + 1, Page.steplen)]
    return remember("breadcrumb", [parent], lambda: list(Page.objects.filter(path__in=paths).order_by("path")))


@register.filter
def is_within(page, section):
    """True when ``page`` is ``section`` or one of its descendants (for aria-current in menus)."""
    return isinstance(page, Page) and bool(page.path) and page.path.startswith(section.path)


_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A schema.org block. ``<``, ``>`` and ``&`` are escaped so that no text can end the script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


OG_LOCALES = {"fr": "fr_LU", "en": "en_GB", "de": "de_LU"}


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Canonical URL and the Open Graph / Twitter card of the current page.

    The canonical URL is the page's URL on its site (sub-routes such as an agenda's
    ``past/`` kept, query strings dropped except a page number); the image is the
    page's social image, else the site's default one, else the bundled default; the
    description is the page's (``core.descriptions``), a view's ``meta_description``
    or what the portal is.
    """

    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    path = request.path
    if isinstance(page, Page) and page.pk:
        page_url = page.get_url(request=request) or path
        full = absolute_url(page_url)
        canonical = full + path[len(page_url) :] if path.startswith(page_url) else full
        title = page.seo_title or page.title
        description = page_description(page, context.get("text_languages"))
        image = getattr(page, "social_image", None)
    else:
        canonical = absolute_url(path)
        title = context.get("meta_title", "")
        description = context.get("meta_description") or site_description()
        image = None
    number = request.GET.get("page", "")
    if number.isdigit() and int(number) > 1:
        canonical += f"?page={int(number)}"
    if image:
        shared = _social_image(image)
    else:
        shared = remember(
            "default-social-image",
            [],
            lambda: _social_image(SiteSettings.load(request_or_site=request).default_social_image),
        )
    image_url, image_alt, width, height = shared or (static("img/social-default.png"), "", 1200, 630)
    image_url = absolute_url(image_url)
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    meta = {
        "canonical": canonical,
        "title": title,
        "description": description,
        "type": "article" if page is not None and getattr(page, "og_type", "") == "article" else "website",
        "image": image_url,
        "image_alt": image_alt,
        "image_width": width,
        "image_height": height,
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [OG_LOCALES[code] for code, _name in settings.LANGUAGES if code != language],
    }
    # A sub-page of the page (a member's portfolio item) gives its own title, description and image.
    meta.update(context.get("meta_overrides") or {})
    return meta


def _social_image(image):
    """(address, alt text, width, height) of the image shared on social networks, or None."""
    if not image:
        return None
    rendition = image.get_rendition("fill-1200x630|format-jpeg")
    return rendition.url, image.default_alt_text, rendition.width, rendition.height


@register.simple_tag
def social_links():
    """The cluster's accounts: [(network, address)], kept with the fragments."""

    return remember("social-links", [], lambda: SocialLinks.load().links())


@register.simple_tag(takes_context=True)
def policy_links(context):
    """The legal notice and privacy pages in the current language (any language version chosen)."""

    request = context.get("request")
    if request is None:
        return []
    locale = _current_locale()

    def find():
        chosen = SiteSettings.load(request_or_site=request)
        pages = [page for page in (chosen.legal_page, chosen.privacy_page) if page]
        return localized(pages, locale) if locale else pages

    return remember("policies", [request.get_host(), locale.pk if locale else ""], find)
