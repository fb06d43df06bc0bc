"""The project's URLs plus the dotted download addresses: what portal/urls.py serves once merged."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import re_path
from django.urls.resolvers import LocalePrefixPattern

from figures.views import DOWNLOAD_PATTERN, download
from portal.urls import urlpatterns as portal_patterns

plain = [p for p in portal_patterns if not isinstance(p.pattern, LocalePrefixPattern)]
localized = next(p for p in portal_patterns if isinstance(p.pattern, LocalePrefixPattern))

urlpatterns = plain + i18n_patterns(
    re_path(DOWNLOAD_PATTERN, download, name="figures_download"),
    *localized.url_patterns,
    prefix_default_language=True,
)
