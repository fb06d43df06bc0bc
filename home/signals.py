import functools

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import post_page_move

from .models import HomePage
from .page_cache import invalidate


@receiver(post_save, sender=HomePage)
@receiver(post_delete, sender=HomePage)
def refresh_site_root_paths(sender, **kwargs):
    """A new language version of the home page is a new site root: forget the cached root paths.

    Wagtail caches the site's root paths (one per translation of the root page) and only
    clears them when the site's own root page changes, so a home page translated later
    would otherwise 404 in its language until the cache expires.
    """
    Site.clear_site_root_paths_cache()


@functools.cache
def _invalidating_types():
    """What pages show: pages, snippets, vocabularies, tags, settings, images, documents, sites, locales and
    view restrictions; and, among them, the settings."""
    from taggit.models import TagBase
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Locale, Page
    from wagtail.snippets.models import get_snippet_models

    from members.models import SpokenLanguage
    from members.models.labels import LocalizedLabelMixin

    settings_types = (BaseGenericSetting, BaseSiteSetting)
    shown = (Page, AbstractImage, AbstractDocument, BaseViewRestriction, *settings_types, Site, Locale)
    return (*shown, LocalizedLabelMixin, SpokenLanguage, TagBase, *get_snippet_models()), settings_types


@receiver(post_save)
@receiver(post_delete)
def invalidate_page_cache(sender, instance, **kwargs):
    """Any change to what pages show makes every cached page stale (see home.page_cache); publishing and
    unpublishing save the page."""
    shown, settings_types = _invalidating_types()
    if not isinstance(instance, shown):
        return
    if kwargs.get("created") and isinstance(instance, settings_types):
        return  # made with its defaults the first time a page reads it: nothing shown has changed
    invalidate()


@receiver(post_page_move)
def invalidate_page_cache_on_move(sender, **kwargs):
    """A move rewrites tree paths without saving the page."""
    invalidate()
