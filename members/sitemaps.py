"""sitemap.xml: the address of each portfolio item of a live, public member page, with its language versions."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap

from core.sitemaps import alternates_of

from .models import MemberPage, PortfolioItem


class WorkSitemap(Sitemap):
    limit = 50000

    def __init__(self, request=None):
        self.request = request

    def items(self):
        members = MemberPage.objects.live().public().order_by().values("pk")
        return (
            PortfolioItem.objects.filter(page_id__in=members)
            .select_related("page", "page__locale")
            .only(
                "pk",
                "translation_key",
                "page__path",
                "page__depth",
                "page__url_path",
                "page__locale__language_code",
                "page__last_published_at",
            )
            .order_by("translation_key", "page__locale__language_code", "pk")
        )

    def _urls(self, page, protocol, domain):
        by_key = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            member = item.page
            url = member.get_full_url(self.request)
            if url:
                language = member.locale.language_code
                by_key[item.translation_key].append(
                    (language, f"{url}{member.work_segment}/{item.pk}/", member.last_published_at)
                )
        urls = []
        for versions in by_key.values():
            alternates = alternates_of([(code, url) for code, url, _lastmod in versions])
            for _code, url, lastmod in versions:
                urls.append({"item": url, "location": url, "lastmod": lastmod, "alternates": alternates})
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls


def work_sitemaps(request):
    return {"works": WorkSitemap(request)}
