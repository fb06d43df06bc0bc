"""The OpenAPI document (drf-spectacular): descriptions of the Wagtail endpoints and of the directory API.

Wagtail builds its serialisers per request (``fields=``), so the response shapes are declared here: the fields
every answer has are required, the fields a client asks for come as additional properties.
"""

import re

from django.conf import settings
from django.db import DatabaseError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page as WagtailPage
from wagtail.search import index

from members.models import Canton, Kind, MediaType
from search.facets import BOOLEAN, MULTI_VALUED
from search.query import FALSE_VALUES, MAX_PAGE_SIZE, SORTS, TRUE_VALUES, max_page
from search.views import DirectoryAPIView, SuggestAPIView, WorksAPIView
from taxonomy.models import Branch, Skill, SpokenLanguage
from taxonomy.text import MAX_QUERY_LENGTH

from .content import public_page_models
from .preview import PreviewAPIView
from .views import (
    BIGGEST_ID,
    LIMIT_MAX,
    SEARCH_OPERATORS,
    PortalDocumentsAPIViewSet,
    PortalImagesAPIViewSet,
    PortalPagesAPIViewSet,
)

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
    """Every field comes unless ``fields`` leaves it out (``_`` first, or ``-name``)."""

    type = serializers.CharField(required=False, help_text="app_label.ModelName, e.g. members.MemberPage")
    detail_url = serializers.URLField(required=False)
    html_url = serializers.URLField(allow_null=True, required=False)
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
    """A page: ``id``, ``meta`` and ``title`` unless ``fields`` leaves them out, and the fields asked for with
    ``fields`` (see each type's fields in the README, "Headless API")."""

    id = serializers.IntegerField(required=False)
    meta = PageMeta(required=False)
    title = serializers.CharField(required=False)


class PageDetail(Page):
    translations = Translation(many=True, required=False, help_text="The page's live translations.")
    machine_translated = serializers.BooleanField(
        required=False,
        help_text="Member pages: true when some of the page's texts were machine-translated and nobody has "
        "reviewed them yet (the page shows them marked so).",
    )


class ListingMeta(serializers.Serializer):
    total_count = serializers.IntegerField()


class PageListing(serializers.Serializer):
    meta = ListingMeta()
    items = Page(many=True)


class MediaMeta(serializers.Serializer):
    """Every field comes unless ``fields`` leaves it out."""

    type = serializers.CharField(required=False)
    detail_url = serializers.URLField(required=False)
    tags = serializers.ListField(child=serializers.CharField(), required=False)
    download_url = serializers.CharField(required=False)


class Media(serializers.Serializer):
    """An image or a document: its fields unless ``fields`` leaves them out."""

    id = serializers.IntegerField(required=False)
    meta = MediaMeta(required=False)
    title = serializers.CharField(required=False)
    width = serializers.IntegerField(required=False)
    height = serializers.IntegerField(required=False)


class MediaListing(serializers.Serializer):
    meta = ListingMeta()
    items = Media(many=True)


class Picture(serializers.Serializer):
    src = serializers.URLField(help_text="The picture at its smallest width.")
    srcset = serializers.CharField(help_text="Each width of the picture: ``address width`` pairs, comma-separated.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()


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
    picture = Picture(allow_null=True, help_text="The member's cover, else its first portfolio image; null: none.")
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


class WorkMember(serializers.Serializer):
    name = serializers.CharField()
    url = serializers.URLField()


class Work(serializers.Serializer):
    id = serializers.IntegerField(help_text="The portfolio item's id in the request's language.")
    title = serializers.CharField()
    url = serializers.URLField(allow_null=True, help_text="The work's own page.")
    member = WorkMember()
    year = serializers.IntegerField(allow_null=True)
    media_type = serializers.ChoiceField(choices=MediaType.values)
    alt = serializers.CharField(allow_blank=True, help_text="What the picture shows.")
    picture = Picture(allow_null=True, help_text="The work's picture (an image, or the poster of another medium).")
    matched = serializers.ListField(
        child=serializers.DictField(child=serializers.CharField()),
        help_text='Skills of its member the query named: [{"words": "photographe", "skills": "Photographie"}].',
    )


class WorksResults(serializers.Serializer):
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    num_pages = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    degraded = serializers.BooleanField(help_text="True when the search engine was down and the database answered.")
    understood = Understood(many=True, help_text="What the query was read as, in the request's language.")
    corrected = serializers.CharField(allow_blank=True, help_text="The query with its typos corrected, if any.")
    relaxed = serializers.BooleanField(
        help_text="True when no work matched everything the query names: the results match part of it, closest first."
    )
    results = Work(many=True)
    facets = serializers.DictField(
        child=FacetValue(many=True),
        help_text="The directory's facets (of each work's member) plus media (the work's own) and year.",
    )


class Suggestion(serializers.Serializer):
    label = serializers.CharField()
    url = serializers.CharField(required=False)
    kind = serializers.CharField(required=False)


# --- Parameters ----------------------------------------------------------------------------------------------

Q = OpenApiParameter.QUERY
TEXT = r"^[^\x00]*$"  # any text but the null character, which every endpoint refuses
ID = {"type": "integer", "minimum": 1, "maximum": BIGGEST_ID}


def text(name, description="", **kwargs):
    return OpenApiParameter(name, {"type": "string", "pattern": TEXT}, Q, description=description, **kwargs)


def field_names(viewset, models):
    """The fields ``fields`` may name for these models (Wagtail's body and meta fields)."""
    return sorted({name for model in models for name in viewset.get_available_fields(model)})


def orderable(viewset, model):
    """The fields ``order`` may name: columns of the model that its search index can sort too (so that an order
    holds with ``search``)."""
    indexed = {field.field_name for field in model.get_search_fields() if isinstance(field, index.FilterField)}
    columns = viewset.get_available_fields(model, db_fields_only=True)
    return [name for name in columns if name in indexed and not model._meta.get_field(name).many_to_many]


def fields_parameter(viewset, model, extra="", listing=False):
    # A listing refuses the fields only a detail has (a page's ``parent``): "Unknown fields".
    hidden = set(getattr(viewset, "detail_only_fields", ())) if listing else set()
    names = "|".join(re.escape(name) for name in field_names(viewset, [model]) if name not in hidden)
    return OpenApiParameter(
        "fields",
        {"type": "string", "pattern": rf"^(\*(,-({names}))*|_(,({names}))*|-?({names})(,-?({names}))*)?$"},
        Q,
        description="Comma-separated fields to add (``*`` first for all, ``-name`` to leave one out, ``_`` first for "
        f"none but those named).{extra}",
    )


def listing_parameters(viewset, model, extra_fields=""):
    names = orderable(viewset, model)
    return [
        fields_parameter(viewset, model, extra_fields, listing=True),
        OpenApiParameter(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": LIMIT_MAX},
            Q,
            description=f"Items per response, 1 to {LIMIT_MAX} (default 20).",
        ),
        OpenApiParameter(
            "offset", {"type": "integer", "minimum": 0, "maximum": BIGGEST_ID}, Q, description="Items to skip."
        ),
        OpenApiParameter(
            "order",
            str,
            Q,
            enum=[*names, *(f"-{name}" for name in names), "random"],
            description="A field to sort by (``-`` first for descending), or ``random`` (without ``offset`` nor "
            "``search``).",
        ),
        text("search", "Words to search for."),
        OpenApiParameter("search_operator", str, Q, enum=list(SEARCH_OPERATORS), description="With ``search``."),
    ]


ERRORS = {
    400: OpenApiResponse(Error, description="A parameter is malformed or unknown."),
    429: OpenApiResponse(Error, description="Too many requests from this address: see Retry-After."),
}
NOT_FOUND = {404: OpenApiResponse(Error, description="No such public item.")}
LISTING_NOT_FOUND = {404: OpenApiResponse(Error, description="A page named by a parameter does not exist.")}
FOUND = {
    302: OpenApiResponse(
        description="Found: ``Location`` is the item's detail in the API (``GET`` it for the item itself)."
    )
}
LOCATION = OpenApiParameter(
    "Location",
    {"type": "string", "format": "uri-reference"},
    OpenApiParameter.HEADER,
    required=True,
    response=[302],
    description="The item's detail in the API.",
)


def page_parameters():
    page_or_root = {"type": "string", "pattern": r"^(root|[1-9][0-9]{0,17})$"}
    return [
        OpenApiParameter("type", str, Q, enum=page_types(), description="Only pages of this type."),
        OpenApiParameter("locale", str, Q, enum=LANGUAGES, description="Only pages in this language."),
        OpenApiParameter("child_of", page_or_root, Q, description="Id of the parent page, or ``root``."),
        OpenApiParameter(
            "descendant_of", page_or_root, Q, description="Id of an ancestor page, or ``root`` (not with child_of)."
        ),
        OpenApiParameter("ancestor_of", ID, Q, description="Id of a descendant page."),
        OpenApiParameter("translation_of", ID, Q, description="Id of a page whose translations are wanted."),
        *listing_parameters(
            PortalPagesAPIViewSet, WagtailPage, " With ``type``, the fields of that type too (see the README)."
        ),
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
        responses={200: PageListing, **ERRORS, **LISTING_NOT_FOUND},
        tags=["pages"],
    ),
    detail_view=extend_schema(
        operation_id="pages_read",
        summary="One page with its content and translations",
        parameters=[fields_parameter(PortalPagesAPIViewSet, WagtailPage, " The fields of the page's type too.")],
        responses={200: PageDetail, **ERRORS, **NOT_FOUND},
        tags=["pages"],
    ),
    find_view=extend_schema(
        operation_id="pages_find",
        summary="Find a page by its address",
        description="Redirects (302) to the API detail of the page at ``html_path`` (e.g. ``/de/mitglieder/``; "
        "``/`` is the home page) or with ``id``; 404 if there is none. ``html_path`` wins when both are given.",
        parameters=[
            text("html_path", "A page's path on the site."),
            OpenApiParameter("id", ID, Q),
            LOCATION,
        ],
        responses={**FOUND, **ERRORS, **NOT_FOUND},
        tags=["pages"],
    ),
)

for viewset, tag, model in (
    (PortalImagesAPIViewSet, "images", get_image_model()),
    (PortalDocumentsAPIViewSet, "documents", get_document_model()),
):
    annotate(
        viewset,
        listing_view=extend_schema(
            operation_id=f"{tag}_list",
            summary=f"List public {tag}",
            description=f"The {tag} that live, public pages show.",
            parameters=listing_parameters(viewset, model),
            responses={200: MediaListing, **ERRORS},
            tags=[tag],
        ),
        detail_view=extend_schema(
            operation_id=f"{tag}_read",
            summary=f"One of the {tag}",
            parameters=[fields_parameter(viewset, model)],
            responses={200: Media, **ERRORS, **NOT_FOUND},
            tags=[tag],
        ),
        find_view=extend_schema(
            operation_id=f"{tag}_find",
            summary=f"Find one of the {tag} by id",
            description="Redirects (302) to its API detail; 404 if there is none.",
            parameters=[OpenApiParameter("id", ID, Q), LOCATION],
            responses={**FOUND, **ERRORS, **NOT_FOUND},
            tags=[tag],
        ),
    )

extend_schema_view(
    get=extend_schema(
        operation_id="preview_read",
        summary="A draft, with an editor's preview token",
        description="Editors open it from a page's menu in the admin (“Preview in the API”). The token is signed and "
        "expires; without a valid one no draft is served.",
        parameters=[OpenApiParameter("token", {"type": "string", "minLength": 1, "pattern": TEXT}, Q, required=True)],
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


def either_case(word):
    return "".join(f"[{letter.upper()}{letter}]" for letter in word)


# The values search.query reads as yes or no, in any case.
BOOLEAN_PATTERN = "^({})?$".format("|".join(either_case(value) for value in (*TRUE_VALUES, *FALSE_VALUES) if value))


def directory_parameters():
    parameters = [
        OpenApiParameter("lang", str, Q, enum=LANGUAGES, description="Language of the members and labels (fr)."),
        OpenApiParameter(
            "q",
            {"type": "string", "maxLength": MAX_QUERY_LENGTH},
            Q,
            description="Words to search for in names, taglines, skills and portfolios.",
        ),
    ]
    fixed = {"kind": Kind.values, "canton": Canton.values, "media": MediaType.values}
    for name in MULTI_VALUED:
        # An empty value is left out (a form's empty choice).
        codes = {"type": "string", "enum": ["", *fixed[name]]} if name in fixed else {"type": "string"}
        parameters.append(
            OpenApiParameter(
                name,
                {"type": "array", "items": codes},
                Q,
                explode=True,
                description=f"Codes of the {name} facet (repeat for several); see ``facets`` in answers.",
            )
        )
    for name in BOOLEAN:
        parameters.append(
            OpenApiParameter(
                name,
                {"type": "string", "pattern": BOOLEAN_PATTERN},
                Q,
                description="1 (or true, yes, on): only these members; 0 (false, no, off) or empty: all.",
            )
        )
    last = max_page(MAX_PAGE_SIZE)
    parameters += [
        OpenApiParameter("sort", str, Q, enum=list(SORTS)),
        OpenApiParameter(
            "page",
            {"type": "integer", "minimum": 1, "maximum": last},
            Q,
            description=f"From 1 (to {last} at most); past the last page of results: 404.",
        ),
        OpenApiParameter(
            "page_size",
            {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            Q,
            description=f"1 to {MAX_PAGE_SIZE} (default 24).",
        ),
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
        responses={
            200: DirectoryResults,
            **DIRECTORY_ERRORS,
            404: OpenApiResponse(Error, description="There is no such page of results."),
        },
        tags=["directory"],
    )
)(DirectoryAPIView)


def works_parameters():
    parameters = directory_parameters()
    parameters.insert(
        2 + len(MULTI_VALUED),
        OpenApiParameter(
            "year",
            {"type": "array", "items": {"type": "string", "pattern": "^([0-9]{4})?$"}},
            Q,
            explode=True,
            description="Years of the works (repeat for several); a year no work has finds nothing.",
        ),
    )
    for parameter in parameters:
        if parameter.name == "media":
            parameter.description = "Media types of the works (repeat for several)."
    return parameters


extend_schema_view(
    get=extend_schema(
        operation_id="works_search",
        summary="Search the members' works",
        description="The directory's works view: the same query and facets over the members' portfolio items, plus "
        "media type and year; each work links to its own page.",
        parameters=works_parameters(),
        responses={
            200: WorksResults,
            **DIRECTORY_ERRORS,
            404: OpenApiResponse(Error, description="There is no such page of results."),
        },
        tags=["directory"],
    )
)(WorksAPIView)

extend_schema_view(
    get=extend_schema(
        operation_id="directory_suggest",
        summary="Autocomplete for the directory search",
        parameters=[
            OpenApiParameter("lang", str, Q, enum=LANGUAGES),
            OpenApiParameter(
                "q",
                {"type": "string", "maxLength": MAX_QUERY_LENGTH},
                Q,
                description="The beginning of a name or skill.",
            ),
        ],
        responses={200: OpenApiTypes.OBJECT, **DIRECTORY_ERRORS},
        tags=["directory"],
    )
)(SuggestAPIView)


# --- What the document cannot know when the code is loaded, and what every operation may answer -----------------

ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
VOCABULARIES = {"branch": Branch, "language": SpokenLanguage, "skill": Skill, "languages": SpokenLanguage}


def codes(model):
    return sorted(model.objects.values_list("code", flat=True))


def taxonomy_codes(result, generator, request, public):
    """The branch, skill and spoken language codes the directory and the shortlist accept, read when the document
    is made (editors add to the taxonomy); the shortlist refuses any other field of its body. Without a database
    (the system checks, ``manage.py spectacular`` while building), the codes are left open."""
    try:
        vocabularies = {name: codes(model) for name, model in VOCABULARIES.items()}
    except DatabaseError:
        vocabularies = {}
    for path in ("/api/v1/directory/", "/api/v1/works/"):
        for parameter in result["paths"][path]["get"]["parameters"]:
            if parameter["name"] in vocabularies:
                parameter["schema"]["items"]["enum"] = ["", *vocabularies[parameter["name"]]]  # empty: left out
    body = result["components"]["schemas"]["ShortlistRequestRequest"]
    body["additionalProperties"] = False
    for name in ("branch", "languages"):
        field = body["properties"][name]
        code = field.pop("items")
        if name in vocabularies:  # none at all: no code is valid
            code = {**code, "enum": vocabularies[name]} if vocabularies[name] else {"not": {}}
        field["oneOf"] = [code, {"type": "array", "items": code, "maxItems": field.pop("maxItems")}]
        field.pop("type")
    return result


def common_responses(result, generator, request, public):
    """What any operation may answer besides its own: 304 to a conditional read, 429 with ``Retry-After``, 500
    (in JSON, in the request's language); and, where a body is sent, 413 for a body too large and 415 for one
    that is not JSON."""
    for operations in result["paths"].values():
        for method, operation in operations.items():
            responses = operation["responses"]
            responses["429"] = {
                "description": "Too many requests from this address: come back after ``Retry-After`` seconds.",
                "headers": {
                    "Retry-After": {"schema": {"type": "integer", "minimum": 1}, "required": True},
                },
                "content": ERROR,
            }
            responses["500"] = {"description": "The server could not answer (a message, no detail).", "content": ERROR}
            if method == "get":
                responses["304"] = {
                    "description": "Not modified: the client's copy (``If-None-Match``, ``If-Modified-Since``) is "
                    "current."
                }
            if "requestBody" in operation:
                responses["413"] = {
                    "description": f"The body is larger than {settings.DATA_UPLOAD_MAX_MEMORY_SIZE} bytes.",
                    "content": ERROR,
                }
                responses["415"] = {"description": "The body is not sent as JSON.", "content": ERROR}
    return result
