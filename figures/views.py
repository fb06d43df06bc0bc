"""``/<lang>/<page path>/figures.csv`` and ``figures.json``: the statistics downloads at file-like addresses.

Wagtail serves only paths made of ``[\\w-]`` segments ending in "/", so the page itself routes
its downloads at ``csv/`` and ``json/``; this view maps the dotted addresses onto those routes
(any page that has no such route answers 404). ``portal/urls.py`` adds it inside the
``i18n_patterns``, before Wagtail's catch-all.
"""

from wagtail.views import serve

DOWNLOAD_PATTERN = r"^(?P<page_path>(?:[\w\-]+/)*)figures\.(?P<extension>csv|json)$"


def download(request, page_path, extension):
    return serve(request, f"{page_path}{extension}/")
