"""Headless preview: an editor's draft fetched through the API with a signed, short-lived token.

In the admin, a page's header menu has "Preview in the API" (``api_preview_token``): it signs the page's latest
revision with a timestamp and sends the editor to ``/api/v2/preview/?token=…`` (or to the headless front end named
by ``API_PREVIEW_CLIENT_URL``). The token expires after ``API_PREVIEW_SECONDS``; an expired, altered or missing
token is refused and never serves a draft.
"""

from urllib.parse import quote

from django.conf import settings
from django.contrib.admin.views.decorators import user_passes_test
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Page, Revision

from core.absolute import absolute_url
from core.performance import private

from .router import router
from .views import PortalPagesAPIViewSet

SALT = "api.preview"


def make_token(page):
    revision_id = page.latest_revision_id
    return signing.dumps({"page": page.pk, "revision": revision_id}, salt=SALT, compress=True)


def read_token(token):
    """(page id, revision id) of a valid token; raises signing.BadSignature (SignatureExpired when too old)."""
    data = signing.loads(token, salt=SALT, max_age=settings.API_PREVIEW_SECONDS)
    return int(data["page"]), data.get("revision")


def preview_url(request, page):
    token = make_token(page)
    client = settings.API_PREVIEW_CLIENT_URL
    if client:
        return client.replace("{token}", quote(token)).replace("{id}", str(page.pk))
    return absolute_url(f"/api/v2/preview/?token={quote(token)}")


def draft_of(page_id, revision_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if revision_id:
        revision = Revision.page_revisions.filter(pk=revision_id, object_id=str(page.pk)).first()
        if revision is None:
            raise Http404
        page = revision.as_object()
    return page


class PreviewAPIView(APIView):
    """``GET /api/v2/preview/?token=``: the draft a token was made for, shaped as a page detail."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    def get(self, request):
        token = request.GET.get("token", "")
        if not token:
            return self.refuse(400, _("A preview token is required."))
        try:
            page_id, revision_id = read_token(token)
        except signing.SignatureExpired:
            return self.refuse(403, _("This preview token has expired: open the preview again from the admin."))
        except (signing.BadSignature, ValueError, KeyError, TypeError):
            return self.refuse(403, _("This preview token is not valid."))
        try:
            page = draft_of(page_id, revision_id)
        except Http404:
            return self.refuse(404, _("The page of this preview no longer exists."))
        request.wagtailapi_router = router
        view = PortalPagesAPIViewSet(request=request, action="detail_view", format_kwarg=None, kwargs={})
        serializer_class = private.api_serializer_class(view, router, type(page))
        context = {"request": request, "view": view, "router": router, "base_queryset": view.get_base_queryset()}
        data = serializer_class(page, context=context).data
        data["meta"]["preview"] = {"revision": revision_id, "live": page.live}
        return self.no_store(Response(data))

    def refuse(self, status, message):
        return self.no_store(Response({"message": message}, status=status))

    @staticmethod
    def no_store(response):
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response


@user_passes_test(lambda user: user.is_active and user.is_authenticated, login_url="wagtailadmin_login")
def api_preview_token(request, page_id):
    """Admin view: sign the page's latest revision for the editor who may edit it, and open the preview."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise Http404
    return redirect(preview_url(request, page))
