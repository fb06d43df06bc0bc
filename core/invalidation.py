"""What renews the page cache: a registry each app fills with the models whose changes pages show.

The base layer knows only the framework's kinds of content (pages, images, documents, settings, snippets,
sites, locales, tags, view restrictions). An app whose own models appear on pages (a vocabulary, say)
registers them, at the import of its models module::

    from core.invalidation import renews_page_cache

    renews_page_cache(Branch, Skill)

Any save or delete of an instance of a registered model (or of a subclass) renews the page cache's generation
(``core.performance.page_cache.invalidate``), so every cached page and kept fragment is fresh at once.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import TagBase
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Locale, Page, Site
from wagtail.signals import post_page_move
from wagtail.snippets.models import get_snippet_models

from .performance.page_cache import invalidate

SETTINGS_TYPES = (BaseGenericSetting, BaseSiteSetting)
_registered = [Page, AbstractImage, AbstractDocument, BaseViewRestriction, *SETTINGS_TYPES, Site, Locale, TagBase]
_shown = None  # the registered types with the snippets, made on the first save


def renews_page_cache(*models):
    """Changes to instances of ``models`` (or their subclasses) renew the page cache."""
    global _shown
    _registered.extend(models)
    _shown = None


def registered_types():
    global _shown
    if _shown is None:
        _shown = (*_registered, *get_snippet_models())
    return _shown


@receiver(post_save)
@receiver(post_delete)
def invalidate_page_cache(sender, instance, **kwargs):
    """Any change to what pages show makes every cached page stale; publishing and unpublishing save the page."""
    if not isinstance(instance, registered_types()):
        return
    if kwargs.get("created") and isinstance(instance, SETTINGS_TYPES):
        return  # made with its defaults the first time a page reads it: nothing shown has changed
    if isinstance(instance, Page) and instance.depth == 2:
        # A new language version of a site's root page is a new site root. Wagtail caches the sites' root paths
        # and clears them only when a site's own root page changes, so a home page translated later would
        # otherwise 404 in its language until that cache expires.
        Site.clear_site_root_paths_cache()
    invalidate()


@receiver(post_page_move)
def invalidate_page_cache_on_move(sender, **kwargs):
    """A move rewrites tree paths without saving the page."""
    invalidate()
