from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api import shortlist as shortlist_api
from core import views as core_views
from figures import views as figures_views
from home.styleguide import styleguide
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("api.urls")),
    path("api/v1/directory/", search_views.DirectoryAPIView.as_view(), name="directory_api"),
    path("api/v1/directory/suggest/", search_views.SuggestAPIView.as_view(), name="directory_suggest"),
    path("api/v1/works/", search_views.WorksAPIView.as_view(), name="works_api"),
    path("api/v1/matchmaking/shortlist/", shortlist_api.ShortlistAPIView.as_view(), name="matchmaking_shortlist"),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("healthz", core_views.health, name="health"),
    path("readyz", core_views.readiness, name="readiness"),
    path("", core_views.root_redirect, name="root"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.site_search, name="site_search"),
    path("styleguide/", styleguide, name="styleguide"),
    path("", include("alerts.urls")),
    path(_("my-space/"), include("space.urls")),
    path("", include("space.public_urls")),
    path("", include("matchmaking.urls")),
    re_path(figures_views.DOWNLOAD_PATTERN, figures_views.download, name="figures_download"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
