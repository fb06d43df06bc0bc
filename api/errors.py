"""The API's errors: JSON ``{"message": …}`` in the language the request asks for, whatever raised them.

The language of an answer is the request's ``lang`` (directory, suggestions, shortlist), else its ``locale``
(pages), else the visitor's (language cookie, ``Accept-Language``), else French. ``ApiMiddleware`` activates it
for the whole request, so that the rate limit, the views, Django REST framework and the error pages all speak it.
Wagtail's API writes its own errors in English without a catalogue: ``wagtail_message`` reads them into ours.
"""

import re

from django.conf import settings
from django.http import JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.views import exception_handler as rest_framework_exception_handler

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LANGUAGE_PARAMETERS = ("lang", "locale")


def requested_language(request):
    """The language an API answer is written in (see the module's description)."""
    for name in LANGUAGE_PARAMETERS:
        code = request.GET.get(name)
        if code in LANGUAGE_CODES:
            return code
    return translation.get_language_from_request(request)


def status_message(status):
    """What an error of this status says when nothing more precise is known."""
    if status == 413:
        return _("The request body is too large: %(size)s at most.") % {
            "size": filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        }
    messages = {
        404: _("Not found."),
        405: _("Method not allowed."),
        500: _("The server could not answer this request: please try again later."),
    }
    if status in messages:
        return messages[status]
    if status >= 500:
        return _("The service is unavailable for the moment: please try again later.")
    return _("The request was refused.")


def json_error(status, message=None, headers=None):
    """A JSON error of the API, in the active language; shared caches keep one per language."""
    response = JsonResponse({"message": str(message or status_message(status))}, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    patch_vary_headers(response, ["Accept-Language"])
    return response


def exception_handler(exc, context):
    """Django REST framework's errors (405, 406, 415…) as the API's: ``{"message"}`` rather than ``{"detail"}``
    (its texts come from its own catalogues, in the active language)."""
    response = rest_framework_exception_handler(exc, context)
    if response is not None and isinstance(response.data, dict) and set(response.data) == {"detail"}:
        response.data = {"message": str(response.data["detail"])}
    return response


# Wagtail API v2's messages (wagtail/api/v2/{views,filters,pagination,utils}.py, Wagtail 8.0), read into ours.
# A message that none of these reads (a new one after an upgrade) gets the generic one, never English.
PAGE_PARAMETERS = {
    "parent": "child_of",
    "descendant": "ancestor_of",
    "ancestor": "descendant_of",
    "translation_of": "translation_of",
}
WAGTAIL_MESSAGES = [
    (
        r"query parameter is not an operation or a recognised field: (?P<names>.+)",
        gettext_lazy("Unknown parameter: %(names)s."),
    ),
    (r"unknown fields: (?P<names>.+)", gettext_lazy("Unknown fields: %(names)s.")),
    (r"'(?P<name>.+)' does not support nested fields", gettext_lazy("The field %(name)s has no fields inside it.")),
    (
        r"fields error: unexpected char '(?P<char>.)' at position (?P<position>\d+)",
        gettext_lazy("fields: unexpected character “%(char)s” at position %(position)s."),
    ),
    (
        r"fields error: unexpected whitespace at position (?P<position>\d+)",
        gettext_lazy("fields: unexpected space at position %(position)s."),
    ),
    (r"fields error: unexpected end of input.*", gettext_lazy("fields: a closing bracket is missing.")),
    (r"fields error: .*", gettext_lazy("fields: see the documentation for how to write this parameter.")),
    (r"type doesn't exist", gettext_lazy("Unknown page type: see the documentation for the types.")),
    (
        r"random ordering (cannot be combined with other fields|with offset is not supported)",
        gettext_lazy("order=random cannot be combined with another order nor with offset."),
    ),
    (r"cannot order by '(?P<name>.+)' while searching.*", gettext_lazy("Cannot order by %(name)s while searching.")),
    (r"cannot filter by '(?P<name>.+)' while searching.*", gettext_lazy("Cannot filter by %(name)s while searching.")),
    (r"cannot order by '(?P<name>.+)' \(.*\)", gettext_lazy("Cannot order by %(name)s.")),
    (
        r"filtering by tag with a search query is not supported",
        gettext_lazy("A search cannot be combined with a tag filter."),
    ),
    (
        r"filtering by descendant_of with child_of is not supported",
        gettext_lazy("descendant_of cannot be combined with child_of."),
    ),
    (r"(?P<name>\w+) must be a positive integer", gettext_lazy("%(name)s must be a positive number")),
    (
        r"(?P<page>parent|descendant|ancestor|translation_of) page doesn't exist",
        gettext_lazy("%(name)s: there is no such page."),
    ),
    (
        r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<name>\w+) .*",
        gettext_lazy("“%(value)s” is not a valid value for %(name)s."),
    ),
    (r"field filter error\. null characters are not allowed.*", gettext_lazy("null characters are not allowed")),
    (r"limit cannot be higher than (?P<max>\d+)", gettext_lazy("limit cannot be higher than %(max)d")),
    (
        r"rich_text_format must be one of (?P<choices>.+), got .*",
        gettext_lazy("rich_text_format must be one of %(choices)s."),
    ),
    (r"search is disabled", gettext_lazy("Search is not available.")),
]
_WAGTAIL_MESSAGES = [(re.compile(pattern, re.DOTALL), message) for pattern, message in WAGTAIL_MESSAGES]
LONGEST_VALUE = 80  # a value repeated in a message is cut there


def wagtail_error(text):
    """The status and message of one of Wagtail API's English 400 messages, in the active language: a parameter
    naming a page that does not exist is a 404 (as the page's own address would be)."""
    for pattern, message in _WAGTAIL_MESSAGES:
        found = pattern.fullmatch(text)
        if found:
            values = {name: value[:LONGEST_VALUE] for name, value in found.groupdict().items()}
            if "max" in values:
                values["max"] = int(values["max"])
            if "page" in values:
                return 404, message % {"name": PAGE_PARAMETERS[values["page"]]}
            return 400, message % values
    return 400, _("A parameter is malformed or not allowed here.")
