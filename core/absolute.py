"""Absolute URLs, all from one address: ``settings.BASE_URL`` (the ``BASE_URL`` environment variable).

Wagtail builds a page's full URL from its Site record (hostname and port: ``http://localhost`` on a fresh install,
and no way to say ``https`` on another port than 443), and ``request.build_absolute_uri`` from whatever Host header
the request came with (a proxy's internal name, ``testserver``). Neither is the address the site is served at. Every
absolute URL the portal writes (sitemap, feeds, iCal, canonical, Open Graph, JSON-LD, API, e-mails) comes from here,
and ``BasePage.get_url_parts`` gives Wagtail's ``full_url`` / ``get_full_url`` the same root, so the admin's links
and the API's ``html_url`` agree too. The portal is one site: BASE_URL is its address whatever the Site record says.

Wagtail still reads the Site record where it handles plain ``Page`` objects (the API's ``meta.parent``, admin
listings): ``sync_site`` gives the default Site BASE_URL's host and port after every ``migrate`` (each deployment
runs it) and in ``seed_demo``. Wagtail's Site can only say ``https`` on port 443; an address such as
``https://host:8443`` is then left to the override, which covers every page the portal itself renders.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site


def base_url():
    """The site's address without a trailing slash, e.g. ``https://portal.example.org``."""
    return settings.BASE_URL.rstrip("/")


def base_host():
    """The host name of the site's address (for identifiers such as iCal UIDs)."""
    return urlsplit(base_url()).hostname or "localhost"


def page_path(page, request=None):
    """The path of ``page`` on the site (``/fr/membres/…``), or None when it has no URL."""
    parts = Page.get_url_parts(page, request=request)
    if parts is None or parts[2] is None:
        return None
    return parts[2]


def absolute_url(target, request=None):
    """``target`` (a page, a path such as ``/fr/agenda/`` or ``/media/x.jpg``, or an absolute URL) as an absolute URL
    on BASE_URL. An absolute URL (media on another host, an external link) is returned as it is; a page without a
    URL gives an empty string."""
    if target is None:
        return ""
    if isinstance(target, Page):
        target = page_path(target, request)
        if target is None:
            return ""
    target = str(target)
    if target.startswith(("http://", "https://")):
        return target
    if target.startswith("//"):  # protocol-relative (a CDN's media): the site's scheme
        return f"{urlsplit(base_url()).scheme}:{target}"
    return base_url() + "/" + target.lstrip("/")


def with_base_url(parts):
    """Wagtail's ``(site_id, root_url, page_path)`` with the root replaced by BASE_URL."""
    if parts is None:
        return None
    site_id, _root_url, path = parts
    return site_id, base_url(), path


def site_address():
    """``{"hostname", "port"}`` of the Site record for BASE_URL, or None when Wagtail's Site cannot say it (Wagtail
    builds ``https://`` for port 443 only, ``http://`` for any other)."""
    address = urlsplit(base_url())
    https = address.scheme == "https"
    port = address.port or (443 if https else 80)
    if https != (port == 443):
        return None
    return {"hostname": address.hostname or "localhost", "port": port}


def sync_site(using="default", **kwargs):
    """Give the default Site BASE_URL's host and port (a ``post_migrate`` receiver; ``seed_demo`` calls it too)."""
    address = site_address()
    if address is None:
        return 0
    changed = Site.objects.using(using).filter(is_default_site=True).exclude(**address).update(**address)
    if changed:
        Site.clear_site_root_paths_cache()
    return changed
