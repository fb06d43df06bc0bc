from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

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
