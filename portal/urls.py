from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from figures import views as figures_views
from home import views as home_views
from matchmaking import api as matchmaking_api
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("api.urls")),
    path("api/v1/directory/", search_views.DirectoryAPIView.as_view(), name="directory_api"),
    path("api/v1/directory/suggest/", search_views.SuggestAPIView.as_view(), name="directory_suggest"),
    path("api/v1/matchmaking/shortlist/", matchmaking_api.ShortlistAPIView.as_view(), name="matchmaking_shortlist"),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", home_views.health, name="health"),
    path("", home_views.root_redirect, name="root"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.site_search, name="site_search"),
    path(_("my-space/"), include("members.space.urls")),
    path("", include("members.space.public_urls")),
    path("", include("matchmaking.urls")),
    re_path(figures_views.DOWNLOAD_PATTERN, figures_views.download, name="figures_download"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
