"""URLs of the headless API: ``/api/v2/`` (Wagtail API), ``/api/schema/`` and ``/api/docs/``, the widget."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView
from wagtail.api.v2.router import WagtailAPIRouter

from . import embed, preview, schema  # noqa: F401  (schema: the OpenAPI descriptions of the Wagtail endpoints)
from .views import PortalDocumentsAPIViewSet, PortalImagesAPIViewSet, PortalPagesAPIViewSet

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PortalPagesAPIViewSet)
router.register_endpoint("images", PortalImagesAPIViewSet)
router.register_endpoint("documents", PortalDocumentsAPIViewSet)

urlpatterns = [
    path("api/v2/preview/", preview.PreviewAPIView.as_view(), name="api_preview"),
    path("api/v2/", router.urls),
    path("api/schema/", SpectacularJSONAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
    path("embed/directory.js", embed.directory_js, name="embed_directory"),
]
