"""The Wagtail API v2 endpoints of the portal: public, read-only, JSON only, strict about their parameters."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import DataError, connection
from django.db.models import BigIntegerField, CharField, Prefetch, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.http import Http404
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalKey
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.search.backends import get_search_backend

from core.performance import private
from core.performance.page_cache import remember
from jobs.dates import today
from jobs.models import CollaborationPage, JobPage
from members.models import PortfolioItem

from .content import public_page_models
from .errors import wagtail_error
from .fields import IMAGE_WIDTHS, LOGO_WIDTHS, rendition_specs

logger = logging.getLogger(__name__)
LIMIT_MAX = 20
BIGGEST_ID = 2**63 - 1  # ids and numbers beyond a 64-bit integer are refused before any query
TEXT_PARAMETERS = {"search", "html_path", "fields", "order", "type", "locale", "search_operator"}  # never numbers


class ParameterError(BadRequestError):
    """A 400 whose message is ours, already in the request's language (Wagtail's own are read by
    ``api.errors.wagtail_message``)."""


def check_id(request):
    """``?id=`` of a find: a whole number, else a 400 (an id no row has is a 404 later)."""
    if "id" not in request.GET:
        return
    value = request.GET["id"]
    if not value.isascii() or not value.isdigit():
        raise ParameterError(_("%(name)s must be a whole number") % {"name": "id"})
    if int(value) > BIGGEST_ID:
        raise ParameterError(_("%(name)s is out of range") % {"name": "id"})


class StrictMixin:
    """JSON only; malformed parameters of any kind are a 400 with a message in the request's language, never a
    500."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for name in ("limit", "offset"):
            if name in self.request.GET:
                try:
                    value = int(self.request.GET[name])
                except ValueError:
                    raise ParameterError(_("%(name)s must be a whole number") % {"name": name}) from None
                if value < 0 or (name == "limit" and value == 0):
                    raise ParameterError(_("%(name)s must be a positive number") % {"name": name})
                if name == "limit" and value > LIMIT_MAX:
                    raise ParameterError(_("limit cannot be higher than %(max)d") % {"max": LIMIT_MAX})
        if any("\x00" in value for values in self.request.GET.lists() for value in values[1]):
            raise ParameterError(_("null characters are not allowed"))
        for name, values in self.request.GET.lists():
            if name in TEXT_PARAMETERS:
                continue
            for value in values:
                digits = value.removeprefix("-")
                if digits.isascii() and digits.isdigit() and int(digits) > BIGGEST_ID:
                    raise ParameterError(_("%(name)s is out of range") % {"name": name[:40]})

    def find_object(self, queryset, request):
        check_id(request)
        return super().find_object(queryset, request)

    def get_object(self):
        if int(self.kwargs.get("pk", 0)) > BIGGEST_ID:  # no such row, and PostgreSQL would refuse the number
            raise Http404(_("not found"))
        return super().get_object()

    def handle_exception(self, exc):
        if isinstance(exc, ParameterError):
            return Response({"message": str(exc)}, status=400)
        if isinstance(exc, BadRequestError):
            status, message = wagtail_error(str(exc))
            return Response({"message": message}, status=status)
        if isinstance(exc, Http404):
            return Response({"message": _("Not found.")}, status=404)
        if isinstance(exc, ValidationError):  # Django's messages, translated
            return Response({"message": "; ".join(exc.messages)}, status=400)
        if isinstance(exc, (ValueError, OverflowError, DataError)):  # Python's and the database's, in English
            return Response({"message": _("A parameter is malformed or not allowed here.")}, status=400)
        return super().handle_exception(exc)


class LocaleFilter:
    """``?locale=fr|en|de``; any other value is a 400 (Wagtail's own filter answers 404)."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        code = request.GET["locale"]
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            codes = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
            raise ParameterError(
                _("unknown locale %(code)s: use one of %(codes)s") % {"code": code[:20], "codes": codes}
            )
        return private.keep_child_of_marker(queryset.filter(locale=locale), private.child_of_marker(queryset))


SEARCH_OPERATORS = ("and", "or")


class PortalSearchFilter(SearchFilter):
    """Wagtail's ``?search=``, with its operator checked, and from the database (titles) when the search engine
    does not answer: the API then answers less precisely rather than with a 500, as the site's search does."""

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise ParameterError(_("search_operator must be “and” or “or”."))
        if "search" not in request.GET:
            return queryset
        if request.GET.get("order") == "random":  # a search engine cannot order at random
            raise ParameterError(_("order=random cannot be combined with search."))
        results = super().filter_queryset(request, queryset, view)
        if isinstance(get_search_backend(), ElasticsearchBaseSearchBackend):
            try:
                results.count()  # the engine's first answer; the count is kept for the paginator
            except Exception:
                logger.warning("API search failed, falling back to titles", exc_info=True)
                results = queryset.filter(title__icontains=request.GET["search"])
        return results


def expired_content():
    """Job offers past their expiry date and collaboration requests past their deadline: never served."""
    day = today()
    return Q(pk__in=JobPage.objects.filter(expiry_date__lt=day).values("pk")) | Q(
        pk__in=CollaborationPage.objects.filter(deadline__lt=day).values("pk")
    )


def is_closed(page):
    """An expired job offer or a collaboration request past its deadline (what ``expired_content`` leaves out)."""
    for attribute in ("expiry_date", "deadline"):
        day = getattr(page, attribute, None)
        if day is not None and day < today():
            return True
    return False


class PortalPagesAPIViewSet(StrictMixin, PagesAPIViewSet):
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        PortalSearchFilter,  # last: search results cannot be filtered further
    ]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "translations"]

    def get_base_queryset(self):
        if not hasattr(self, "_base_queryset"):  # asked for by the object lookup and the serialiser context
            self._base_queryset = super().get_base_queryset().exclude(expired_content())
        return self._base_queryset.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        prefetch = getattr(self, f"prefetch_{queryset.model._meta.label_lower.replace('.', '_')}", None)
        return prefetch(queryset) if prefetch else queryset

    def prefetch_members_memberpage(self, queryset):
        """Everything a member in a listing with ``fields=*`` shows, in a fixed number of queries."""
        images = get_image_model().objects
        return queryset.select_related("locale").prefetch_related(
            Prefetch("logo", queryset=images.prefetch_renditions(*rendition_specs(LOGO_WIDTHS))),
            Prefetch("cover_image", queryset=images.prefetch_renditions(*rendition_specs(IMAGE_WIDTHS))),
            Prefetch(
                "portfolio_items",
                queryset=PortfolioItem.objects.select_related("document")
                .prefetch_related(
                    Prefetch("image", queryset=images.prefetch_renditions(*rendition_specs(IMAGE_WIDTHS)))
                )
                .order_by("sort_order"),
            ),
            "branches",
            "skills",
            "languages",
            "social_links",
            "tagged_items__tag",
        )

    def find_object(self, queryset, request):
        """``html_path`` as the site shows it, with its language prefix (``/de/mitglieder/``)."""
        check_id(request)
        path = request.GET.get("html_path")
        site = Site.find_for_request(request)
        if path is None or site is None:
            return super().find_object(queryset, request)
        components = [component for component in path.split("/") if component]
        root = site.root_page
        if components and components[0] in dict(settings.LANGUAGES):
            locale = Locale.objects.filter(language_code=components.pop(0)).first()
            root = (locale and root.get_translation_or_none(locale)) or root
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None

    def get_object(self):
        page = super().get_object()
        if is_closed(page):
            raise Http404(_("not found"))
        return page


def shown_media(target_model):
    """The images (or documents) that live, public pages show: through their own fields and their inline
    objects' (portfolio items), and, for pages without unpublished changes, through the references Wagtail
    indexed from their content (images in a body). Uploads of drafts and of private pages stay out."""
    condition = Q(pk__in=[])
    # One read of the view restrictions for all page types (``public()`` reads them on each call).
    shown_pages = Page.objects.live().public().values("pk")
    for page_model in public_page_models():
        live = page_model.objects.filter(pk__in=shown_pages)
        for field in page_model._meta.get_fields():
            if field.many_to_one and field.related_model is target_model:
                condition |= Q(pk__in=live.values(field.name))
            elif field.one_to_many and isinstance(getattr(field, "field", None), ParentalKey):
                child = field.related_model
                for child_field in child._meta.get_fields():
                    if child_field.many_to_one and child_field.related_model is target_model:
                        owned = child.objects.filter(**{f"{field.field.name}__in": live.values("pk")})
                        condition |= Q(pk__in=owned.values(child_field.name))
    settled = Page.objects.filter(pk__in=shown_pages, has_unpublished_changes=False)
    referenced = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=settled.annotate(key=Cast("pk", CharField())).values("key"),
        to_content_type=ContentType.objects.get_for_model(target_model),
    )
    condition |= Q(pk__in=referenced.annotate(target=Cast("to_object_id", BigIntegerField())).values("target"))
    return condition


def shown_media_subquery(target_model):
    """``shown_media`` as one SQL subquery of ids, compiled once per content generation.

    Building the condition takes the ORM ~40 ms (a subquery per page type and field); the compiled
    SQL and its parameters are kept with the page cache's fragments, which any change of pages,
    images, documents or view restrictions renews."""

    def compile_sql():
        return private.compiled_sql(target_model.objects.filter(shown_media(target_model)).values("pk"))

    sql, params = remember("api-shown-media", [target_model._meta.label, connection.vendor], compile_sql)
    return RawSQL(sql, params)  # noqa: S611 (SQL the ORM compiled from our query; values stay parameters)


def shown_media_ids(target_model):
    """``shown_media_subquery`` as a queryset of ids: the database nests it; a search engine (Wagtail's
    Elasticsearch and OpenSearch backends) runs it and filters by the ids it gives, where it cannot read raw SQL."""
    return target_model.objects.filter(pk__in=shown_media_subquery(target_model)).values("pk")


class PortalImagesAPIViewSet(StrictMixin, ImagesAPIViewSet):
    filter_backends = [FieldsFilter, OrderingFilter, PortalSearchFilter]

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=shown_media_ids(get_image_model()))


class PortalDocumentsAPIViewSet(StrictMixin, DocumentsAPIViewSet):
    filter_backends = [FieldsFilter, OrderingFilter, PortalSearchFilter]

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=shown_media_ids(get_document_model()))
