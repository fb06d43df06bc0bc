from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import HomePage


@receiver(post_save, sender=HomePage)
@receiver(post_delete, sender=HomePage)
def refresh_site_root_paths(sender, **kwargs):
    """A new language version of the home page is a new site root: forget the cached root paths.

    Wagtail caches the site's root paths (one per translation of the root page) and only
    clears them when the site's own root page changes, so a home page translated later
    would otherwise 404 in its language until the cache expires.
    """
    Site.clear_site_root_paths_cache()


def _invalidating_types():
    """What pages show: pages, snippets, vocabularies, tags, settings, images, documents, sites, locales and
    view restrictions."""
    from taggit.models import TagBase
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Locale, Page
    from wagtail.snippets.models import get_snippet_models

    from members.models import SpokenLanguage
    from members.models.labels import LocalizedLabelMixin

    return (
        Page,
        AbstractImage,
        AbstractDocument,
        BaseViewRestriction,
        BaseGenericSetting,
        BaseSiteSetting,
        Site,
        Locale,
        LocalizedLabelMixin,
        SpokenLanguage,
        TagBase,
        *get_snippet_models(),
    )


_types = []


@receiver(post_save)
@receiver(post_delete)
def invalidate_page_cache(sender, instance, **kwargs):
    """Any change to what pages show makes every cached page stale (see home.page_cache)."""
    if not _types:
        _types.extend(_invalidating_types())
    if isinstance(instance, tuple(_types)):
        from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

        if kwargs.get("created") and isinstance(instance, BaseGenericSetting | BaseSiteSetting):
            return  # made with its defaults the first time a page reads it: nothing shown has changed
        from .page_cache import invalidate

        invalidate()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def invalidate_page_cache_on_page_event(sender, **kwargs):
    from .page_cache import invalidate

    invalidate()
