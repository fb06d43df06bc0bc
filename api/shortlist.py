"""``POST /api/v1/matchmaking/shortlist/``: the ranking of the brief form, as JSON, for partner sites.

Anonymous and CSRF-exempt (no session is read), rate limited per address, and nothing of
the request is stored.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from core.absolute import absolute_url
from matchmaking.forms import check_brief_text
from matchmaking.models import REMOTE
from matchmaking.ranking import Criteria, shortlist
from members.models import Canton
from search.views import LANGUAGE_CODES, PublicAPIView
from taxonomy.models import Branch, SpokenLanguage

from .middleware import over_limit
from .schema import ERRORS, ParameterErrors


class NestedTooDeeply(ParseError):
    pass


class JSONBodyParser(JSONParser):
    """Django REST framework's, except that a body nested deeper than Python's parser goes (``[[[[…]]]]``) is a
    malformed request, not a ``RecursionError``."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise NestedTooDeeply(_("The JSON body is nested too deeply.")) from None


class OneOrMany(serializers.ListField):
    """A code or a list of codes."""

    def to_internal_value(self, data):
        return super().to_internal_value([data] if isinstance(data, str) else data)


class CodeField(serializers.CharField):
    """A code from a vocabulary read when the request is validated (branches, languages)."""

    def __init__(self, codes, **kwargs):
        self.codes = codes
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if value not in self.codes():
            raise serializers.ValidationError(_("Unknown value: %(value)s") % {"value": value[:80]})
        return value


class ShortlistRequest(serializers.Serializer):
    text = serializers.CharField(
        allow_blank=True, trim_whitespace=False, help_text="The brief, in French, English or German (5,000 characters)."
    )
    lang = serializers.ChoiceField(
        choices=LANGUAGE_CODES, default="fr", help_text="Language of the results' URLs, labels and reasons."
    )
    branch = OneOrMany(
        child=CodeField(lambda: set(Branch.objects.values_list("code", flat=True))),
        required=False,
        max_length=12,
        help_text="A branch code or a list of them, if known.",
    )
    canton = serializers.ChoiceField(
        choices=[REMOTE, *Canton.values], required=False, allow_blank=True, help_text="A canton code, or remote."
    )
    languages = OneOrMany(
        child=CodeField(lambda: set(SpokenLanguage.objects.values_list("code", flat=True))),
        required=False,
        max_length=10,
        help_text="Languages the creative must speak (codes).",
    )
    limit = serializers.IntegerField(
        min_value=1, max_value=settings.MATCHMAKING_MAX_SHORTLIST, default=settings.MATCHMAKING_SHORTLIST_SIZE
    )

    def validate(self, attrs):
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError({name: [_("Unknown parameter.")] for name in unknown})
        try:
            attrs["detection"] = check_brief_text(attrs.get("text", ""), attrs["lang"])
        except ValidationError as error:
            raise serializers.ValidationError({"text": error.messages}) from None
        return attrs


class SkillOut(serializers.Serializer):
    id = serializers.CharField(help_text="The skill's code, the same in every language.")
    label = serializers.CharField()


class SuggestedSkillOut(SkillOut):
    words = serializers.CharField(help_text="The words of the brief it was read from.")


class ResultOut(serializers.Serializer):
    url = serializers.URLField()
    name = serializers.CharField()
    score = serializers.FloatField(help_text="From 0 to 1.")
    reasons = serializers.ListField(child=serializers.CharField(), help_text="Why this creative matched.")


class ShortlistResponse(serializers.Serializer):
    language = serializers.CharField(help_text="The language the brief is written in: fr, en or de.")
    skills = SkillOut(many=True, help_text="Taxonomy skills recognised surely in the brief: the shortlist's.")
    suggestions = SuggestedSkillOut(
        many=True,
        help_text="Skills read loosely (part of a compound, a short word, a typo, a shared stem): not used; "
        "a client may ask the company to confirm them.",
    )
    results = ResultOut(many=True)


def flatten(errors):
    """DRF's errors of a field as one list of messages (a list field nests them by item)."""
    if isinstance(errors, dict):
        return [message for found in errors.values() for message in flatten(found)]
    if isinstance(errors, list):
        return [message for found in errors for message in flatten(found)]
    return [str(errors)]


class ShortlistAPIView(PublicAPIView):
    parser_classes = [JSONBodyParser]

    @extend_schema(
        operation_id="matchmaking_shortlist",
        summary="Creatives for a brief",
        description="The ranked, explained shortlist the matchmaking form shows for this brief. Nothing is stored.",
        request=ShortlistRequest,
        responses={
            200: ShortlistResponse,
            400: OpenApiResponse(ParameterErrors, description="The brief or a parameter was refused."),
            429: ERRORS[429],
        },
        tags=["matchmaking"],
    )
    def post(self, request):
        refused = over_limit(request, "matchmaking-shortlist", settings.PORTAL_RATES["shortlist_api"])
        if refused:
            return refused
        # The messages are in the brief's language (``lang``), else in the request's (api.errors.requested_language).
        try:
            data, problem = request.data, _("Send a JSON object.")
        except NestedTooDeeply as error:
            data, problem = None, error.detail
        except ParseError:
            data, problem = None, _("Send a JSON object.")
        lang = data.get("lang") if isinstance(data, dict) else None
        with translation.override(lang if lang in LANGUAGE_CODES else translation.get_language()):
            if not isinstance(data, dict):
                return Response({"detail": _("Invalid parameters."), "errors": {"body": [str(problem)]}}, status=400)
            request_data = ShortlistRequest(data=data)
            if not request_data.is_valid():
                errors = {name: flatten(found) for name, found in request_data.errors.items()}
                return Response({"detail": _("Invalid parameters."), "errors": errors}, status=400)
            valid = request_data.validated_data
            criteria = Criteria(
                text=valid["text"],
                language=valid["lang"],
                brief_language=valid["detection"].language,
                branches=tuple(valid.get("branch", ())),
                canton=valid.get("canton", ""),
                languages=tuple(valid.get("languages", ())),
                limit=valid["limit"],
            )
            found = shortlist(criteria)
            return Response(
                {
                    "language": criteria.brief_language,
                    "skills": [{"id": code, "label": label} for code, label in found.skills],
                    "suggestions": [
                        {"id": code, "label": label, "words": words}
                        for words, labelled in found.suggestions
                        for code, label in labelled
                    ],
                    "results": [
                        {
                            "url": absolute_url(match.url),
                            "name": match.name,
                            "score": match.score,
                            "reasons": match.reasons,
                        }
                        for match in found.results
                    ],
                }
            )
