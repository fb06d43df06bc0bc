"""URLs of the headless API: ``/api/v2/`` (Wagtail API), ``/api/schema/`` and ``/api/docs/``, the widget."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from . import embed, preview, schema  # noqa: F401  (schema: the OpenAPI descriptions of the Wagtail endpoints)
from .router import router

urlpatterns = [
    path("api/v2/preview/", preview.PreviewAPIView.as_view(), name="api_preview"),
    path("api/v2/", router.urls),
    path("api/schema/", SpectacularJSONAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
    path("embed/directory.js", embed.directory_js, name="embed_directory"),
]
