"""Site-wide template tags: language switcher, navigation and footer in the current language."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

from home.models import FooterText, HomePage
from home.page_cache import remember

register = template.Library()


def _current_locale():
    def active():
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return None

    return remember("locale", [get_language()], active)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language: where the current page lives in that language.

    Pages link to their live translations; a language without a translation links
    to that language's home page. Non-page views (errors, forms) translate the URL.
    """
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    by_lang = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            by_lang[translation.locale.language_code] = translation
        # No ORDER BY: SQLite would otherwise walk every page by path to avoid a sort of three rows.
        homes = {h.locale.language_code: h for h in HomePage.objects.live().select_related("locale").order_by()}
        urls = {}
        for code, _name in settings.LANGUAGES:
            target = by_lang.get(code) or homes.get(code)
            urls[code] = (target.get_url(request=request), code in by_lang) if target else (f"/{code}/", False)
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
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
                "current": code == current,
                "same_page": same_page,
            }
        )
    return versions


@register.simple_tag
def home_page():
    locale = _current_locale()

    def find():
        homes = HomePage.objects.live().order_by()  # see language_versions: no path ordering
        home = homes.filter(locale=locale).first() if locale else None
        return home or homes.order_by("pk").first()

    return remember("home", [locale.pk if locale else ""], find)


@register.simple_tag
def menu_pages(home):
    if not home:
        return []
    return remember("menu", [home.pk], lambda: list(home.get_children().live().public().in_menu().specific()))


@register.simple_tag
def footer_text():
    """The footer in the current language, falling back to the default language."""
    locale = _current_locale()

    def find():
        footer = FooterText.objects.filter(locale=locale).first() if locale else None
        return footer or FooterText.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()

    return remember("footer", [locale.pk if locale else ""], find)


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
    page's social image, else the site's default one, else the bundled default.
    """
    from django.templatetags.static import static

    from home.models import SiteSettings

    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    path = request.path
    if isinstance(page, Page) and page.pk:
        page_url = page.get_url(request=request) or path
        full = page.get_full_url(request=request) or request.build_absolute_uri(page_url)
        canonical = full + path[len(page_url) :] if path.startswith(page_url) else full
        title = page.seo_title or page.title
        description = getattr(page, "summary", "") or page.search_description
        image = getattr(page, "social_image", None)
    else:
        canonical = request.build_absolute_uri(path)
        title = context.get("meta_title", "")
        description = ""
        image = None
    number = request.GET.get("page", "")
    if number.isdigit() and int(number) > 1:
        canonical += f"?page={int(number)}"
    image = image or SiteSettings.load(request_or_site=request).default_social_image
    if image:
        rendition = image.get_rendition("fill-1200x630|format-jpeg")
        image_url, image_alt = request.build_absolute_uri(rendition.url), image.default_alt_text
        width, height = rendition.width, rendition.height
    else:
        image_url, image_alt = request.build_absolute_uri(static("img/social-default.png")), ""
        width, height = 1200, 630
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    return {
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


@register.simple_tag(takes_context=True)
def policy_links(context):
    """The legal notice and privacy pages in the current language (any language version chosen)."""
    from home.blocks import localized
    from home.models import SiteSettings

    request = context.get("request")
    if request is None:
        return []
    locale = _current_locale()

    def find():
        chosen = SiteSettings.load(request_or_site=request)
        pages = [page for page in (chosen.legal_page, chosen.privacy_page) if page]
        return localized(pages, locale) if locale else pages

    return remember("policies", [request.get_host(), locale.pk if locale else ""], find)
