"""sitemap.xml: every live public page in every language, each with its hreflang alternates.

Wagtail's own sitemap lists the default site's root page and its descendants, which is
one language only here (each language has its own home page); this one lists all of
them and links every URL to its translations (``<xhtml:link rel="alternate">``), plus
``x-default`` pointing to the French version.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from .absolute import absolute_url

# Apps above core add sitemaps of their own: a function ``(request) -> {name: Sitemap}`` registered as a Wagtail
# hook under this name.
SITEMAPS_HOOK = "core_sitemaps"


def alternates_of(versions):
    """hreflang alternates of one content's language versions, [(language code, absolute URL)] in site order:
    [] for a content in one language, else each version and ``x-default`` (the first, French)."""
    order = {code: n for n, (code, _name) in enumerate(settings.LANGUAGES)}
    versions = sorted(versions, key=lambda version: order.get(version[0], 99))
    if len(versions) < 2:
        return []
    alternates = [{"lang_code": code, "location": url} for code, url in versions]
    return alternates + [{"lang_code": "x-default", "location": versions[0][1]}]


class PageSitemap(Sitemap):
    limit = 50000

    def __init__(self, request=None):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request) or Site.objects.filter(is_default_site=True).first()
        if site is None:
            return Page.objects.none()
        # The site's root and its translations (one home page per language) and all below them.
        roots = site.root_page.get_translations(inclusive=True)
        query = Page.objects.none()
        for root in roots:
            query |= Page.objects.descendant_of(root, inclusive=True)
        return (
            Page.objects.filter(pk__in=query.values("pk"))
            .live()
            .public()
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "translation_key", "locale", "last_published_at")
            .order_by("translation_key", "locale__language_code")
        )

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in pages:
            url = absolute_url(item, self.request)
            if url:
                by_key[item.translation_key].append((item.locale.language_code, url, item))
        urls = []
        order = {code: n for n, (code, _name) in enumerate(settings.LANGUAGES)}
        for versions in by_key.values():
            versions.sort(key=lambda version: order.get(version[0], 99))
            alternates = [{"lang_code": code, "location": url} for code, url, _item in versions]
            if len(versions) > 1:
                alternates.append({"lang_code": "x-default", "location": versions[0][1]})
            for _code, url, item in versions:
                urls.append(
                    {
                        "item": item,
                        "location": url,
                        "lastmod": item.last_published_at,
                        "alternates": alternates if len(versions) > 1 else [],
                    }
                )
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls
