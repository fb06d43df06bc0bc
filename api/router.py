"""The Wagtail API v2 endpoints of ``/api/v2/`` (read by the URLs and by the headless preview)."""

from wagtail.api.v2.router import WagtailAPIRouter

from .views import PortalDocumentsAPIViewSet, PortalImagesAPIViewSet, PortalPagesAPIViewSet

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PortalPagesAPIViewSet)
router.register_endpoint("images", PortalImagesAPIViewSet)
router.register_endpoint("documents", PortalDocumentsAPIViewSet)
