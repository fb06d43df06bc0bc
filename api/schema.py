"""The OpenAPI document (drf-spectacular): descriptions of the Wagtail endpoints and of the directory API.

Wagtail builds its serialisers per request (``fields=``), so the response shapes are declared here: the fields
every answer has are required, the fields a client asks for come as additional properties.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers

from search.facets import BOOLEAN, MULTI_VALUED
from search.query import MAX_PAGE_SIZE, SORTS
from search.views import DirectoryAPIView, SuggestAPIView

from .content import public_page_models
from .preview import PreviewAPIView
from .views import LIMIT_MAX, PortalDocumentsAPIViewSet, PortalImagesAPIViewSet, PortalPagesAPIViewSet

LANGUAGES = ["fr", "en", "de"]


def only_api_paths(endpoints, **kwargs):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]


def page_types():
    return sorted(model._meta.label for model in public_page_models())


# --- Shapes --------------------------------------------------------------------------------------------------


class Error(serializers.Serializer):
    message = serializers.CharField()


class ParameterErrors(serializers.Serializer):
    detail = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class PageParent(serializers.Serializer):
    id = serializers.IntegerField()
    meta = serializers.DictField()
    title = serializers.CharField()


class PageMeta(serializers.Serializer):
    type = serializers.CharField(help_text="app_label.ModelName, e.g. members.MemberPage")
    detail_url = serializers.URLField()
    html_url = serializers.URLField(allow_null=True)
    slug = serializers.CharField(required=False)
    first_published_at = serializers.DateTimeField(allow_null=True, required=False)
    locale = serializers.ChoiceField(choices=LANGUAGES, required=False)
    show_in_menus = serializers.BooleanField(required=False)
    seo_title = serializers.CharField(required=False, allow_blank=True)
    search_description = serializers.CharField(required=False, allow_blank=True)
    parent = PageParent(required=False, allow_null=True)
    alias_of = serializers.DictField(required=False, allow_null=True)


class Translation(serializers.Serializer):
    locale = serializers.ChoiceField(choices=LANGUAGES)
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.URLField()


class Page(serializers.Serializer):
    """A page: ``id`` and ``meta`` always, ``title`` unless left out, and the fields asked for with ``fields``
    (see each type's fields in the README, "Headless API")."""

    id = serializers.IntegerField()
    meta = PageMeta()
    title = serializers.CharField(required=False)


class PageDetail(Page):
    translations = Translation(many=True, required=False, help_text="The page's live translations.")


class ListingMeta(serializers.Serializer):
    total_count = serializers.IntegerField()


class PageListing(serializers.Serializer):
    meta = ListingMeta()
    items = Page(many=True)


class MediaMeta(serializers.Serializer):
    type = serializers.CharField()
    detail_url = serializers.URLField()
    tags = serializers.ListField(child=serializers.CharField(), required=False)
    download_url = serializers.CharField(required=False)


class Media(serializers.Serializer):
    id = serializers.IntegerField()
    meta = MediaMeta()
    title = serializers.CharField(required=False)
    width = serializers.IntegerField(required=False)
    height = serializers.IntegerField(required=False)


class MediaListing(serializers.Serializer):
    meta = ListingMeta()
    items = Media(many=True)


class DirectoryMember(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    url = serializers.URLField()
    tagline = serializers.CharField(allow_blank=True)
    kind = serializers.CharField()
    location = serializers.CharField(allow_blank=True)
    available_for_hire = serializers.BooleanField()
    open_to_collaboration = serializers.BooleanField()
    logo = serializers.URLField(allow_null=True)
    skills = serializers.ListField(
        child=serializers.CharField(), help_text="The member's skills, labelled in the request's language."
    )
    match = serializers.DictField(child=serializers.CharField(), allow_null=True)
    matched = serializers.ListField(
        child=serializers.DictField(child=serializers.CharField()),
        help_text='Why the member matched: [{"words": "photographe", "skills": "Photographie de produits"}].',
    )


class Understood(serializers.Serializer):
    words = serializers.CharField(help_text="Words of the query, as typed (folded).")
    labels = serializers.ListField(child=serializers.CharField(), help_text="Skills and branches they name.")
    more = serializers.IntegerField(help_text="How many more skills they name.")


class FacetValue(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class DirectoryResults(serializers.Serializer):
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    num_pages = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    degraded = serializers.BooleanField(help_text="True when the search engine was down and the database answered.")
    understood = Understood(many=True, help_text="What the query was read as, in the request's language.")
    corrected = serializers.CharField(allow_blank=True, help_text="The query with its typos corrected, if any.")
    relaxed = serializers.BooleanField(
        help_text="True when no member matched everything the query names: the results match part of it, closest first."
    )
    results = DirectoryMember(many=True)
    facets = serializers.DictField(child=FacetValue(many=True))


class Suggestion(serializers.Serializer):
    label = serializers.CharField()
    url = serializers.CharField(required=False)
    kind = serializers.CharField(required=False)


# --- Parameters ----------------------------------------------------------------------------------------------

Q = OpenApiParameter.QUERY
FIELDS = OpenApiParameter(
    "fields",
    str,
    Q,
    description="Comma-separated fields to add (``*`` for all, ``-name`` to leave one out, ``_`` for none first).",
)
LIMIT = OpenApiParameter(
    "limit", OpenApiTypes.INT, Q, description=f"Items per response, 1 to {LIMIT_MAX} (default 20)."
)
OFFSET = OpenApiParameter("offset", OpenApiTypes.INT, Q, description="Items to skip, from 0.")
ORDER = OpenApiParameter(
    "order",
    str,
    Q,
    description="A field to sort by (``-`` first for descending), or ``random``, e.g. ``-first_published_at``.",
)
SEARCH = OpenApiParameter("search", str, Q, description="Words to search for.")
SEARCH_OPERATOR = OpenApiParameter("search_operator", str, Q, enum=["and", "or"])
LISTING = [FIELDS, LIMIT, OFFSET, ORDER, SEARCH, SEARCH_OPERATOR]
ERRORS = {
    400: OpenApiResponse(Error, description="A parameter is malformed or unknown."),
    429: OpenApiResponse(Error, description="Too many requests from this address: see Retry-After."),
}
NOT_FOUND = {404: OpenApiResponse(Error, description="No such public item.")}


def page_parameters():
    return [
        OpenApiParameter("type", str, Q, enum=page_types(), description="Only pages of this type."),
        OpenApiParameter("locale", str, Q, enum=LANGUAGES, description="Only pages in this language."),
        OpenApiParameter("child_of", str, Q, description="Id of the parent page, or ``root``."),
        OpenApiParameter("descendant_of", str, Q, description="Id of an ancestor page, or ``root``."),
        OpenApiParameter("ancestor_of", OpenApiTypes.INT, Q, description="Id of a descendant page."),
        OpenApiParameter("translation_of", str, Q, description="Id of a page whose translations are wanted."),
        *LISTING,
    ]


def annotate(viewset, **schemas):
    """Attach schemas to a Wagtail viewset's actions (``listing_view`` …), which drf-spectacular's
    ``extend_schema_view`` does not know: each gets its own method, so the three viewsets don't share one."""
    for name, decorator in schemas.items():
        inherited = getattr(viewset, name)

        def action(self, request, *args, _inherited=inherited, **kwargs):
            return _inherited(self, request, *args, **kwargs)

        action.__name__ = name
        setattr(viewset, name, decorator(action))


annotate(
    PortalPagesAPIViewSet,
    listing_view=extend_schema(
        operation_id="pages_list",
        summary="List public pages",
        description="Live, public pages of every language (``locale`` for one), 20 at most per response. "
        "Expired job offers and closed collaboration requests are left out. Pass ``type`` to add a type's fields "
        "with ``fields``.",
        parameters=page_parameters(),
        responses={200: PageListing, **ERRORS},
        tags=["pages"],
    ),
    detail_view=extend_schema(
        operation_id="pages_read",
        summary="One page with its content and translations",
        parameters=[FIELDS],
        responses={200: PageDetail, **ERRORS, **NOT_FOUND},
        tags=["pages"],
    ),
    find_view=extend_schema(
        operation_id="pages_find",
        summary="Find a page by its address",
        description="Redirects (302) to the detail of the page at ``html_path`` (e.g. ``/de/mitglieder/``) or ``id``.",
        parameters=[
            OpenApiParameter("html_path", str, Q, description="A page's path on the site."),
            OpenApiParameter("id", OpenApiTypes.INT, Q),
        ],
        responses={302: OpenApiResponse(description="To the page's detail."), **ERRORS, **NOT_FOUND},
        tags=["pages"],
    ),
)

for viewset, tag in ((PortalImagesAPIViewSet, "images"), (PortalDocumentsAPIViewSet, "documents")):
    annotate(
        viewset,
        listing_view=extend_schema(
            operation_id=f"{tag}_list",
            summary=f"List public {tag}",
            description=f"The {tag} that live, public pages show.",
            parameters=LISTING,
            responses={200: MediaListing, **ERRORS},
            tags=[tag],
        ),
        detail_view=extend_schema(
            operation_id=f"{tag}_read",
            summary=f"One of the {tag}",
            parameters=[FIELDS],
            responses={200: Media, **ERRORS, **NOT_FOUND},
            tags=[tag],
        ),
        find_view=extend_schema(
            operation_id=f"{tag}_find",
            summary=f"Find one of the {tag} by id",
            parameters=[OpenApiParameter("id", OpenApiTypes.INT, Q)],
            responses={302: OpenApiResponse(description="To its detail."), **ERRORS, **NOT_FOUND},
            tags=[tag],
        ),
    )

extend_schema_view(
    get=extend_schema(
        operation_id="preview_read",
        summary="A draft, with an editor's preview token",
        description="Editors open it from a page's menu in the admin (“Preview in the API”). The token is signed and "
        "expires; without a valid one no draft is served.",
        parameters=[OpenApiParameter("token", str, Q, required=True)],
        responses={
            200: PageDetail,
            400: OpenApiResponse(Error, description="No token."),
            403: OpenApiResponse(Error, description="The token is expired or not valid."),
            404: OpenApiResponse(Error, description="The page no longer exists."),
            429: ERRORS[429],
        },
        tags=["preview"],
    )
)(PreviewAPIView)


def directory_parameters():
    parameters = [
        OpenApiParameter("lang", str, Q, enum=LANGUAGES, description="Language of the members and labels (fr)."),
        OpenApiParameter("q", str, Q, description="Words to search for in names, taglines, skills and portfolios."),
    ]
    for name in MULTI_VALUED:
        parameters.append(
            OpenApiParameter(
                name,
                {"type": "array", "items": {"type": "string"}},
                Q,
                explode=True,
                description=f"Codes of the {name} facet (repeat for several); see ``facets`` in answers.",
            )
        )
    for name in BOOLEAN:
        parameters.append(OpenApiParameter(name, str, Q, enum=["1", "0"], description="1: only these members."))
    parameters += [
        OpenApiParameter("sort", str, Q, enum=list(SORTS)),
        OpenApiParameter("page", OpenApiTypes.INT, Q, description="From 1."),
        OpenApiParameter("page_size", OpenApiTypes.INT, Q, description=f"1 to {MAX_PAGE_SIZE} (default 24)."),
    ]
    return parameters


DIRECTORY_ERRORS = {
    400: OpenApiResponse(ParameterErrors, description="Parameters refused, with a message for each."),
    429: ERRORS[429],
}

extend_schema_view(
    get=extend_schema(
        operation_id="directory_search",
        summary="Search the member directory",
        description="The directory's faceted search, as its page shows it: members, counts per facet value.",
        parameters=directory_parameters(),
        responses={200: DirectoryResults, **DIRECTORY_ERRORS},
        tags=["directory"],
    )
)(DirectoryAPIView)

extend_schema_view(
    get=extend_schema(
        operation_id="directory_suggest",
        summary="Autocomplete for the directory search",
        parameters=[
            OpenApiParameter("lang", str, Q, enum=LANGUAGES),
            OpenApiParameter("q", str, Q, description="The beginning of a name or skill."),
        ],
        responses={200: OpenApiTypes.OBJECT, **DIRECTORY_ERRORS},
        tags=["directory"],
    )
)(SuggestAPIView)
