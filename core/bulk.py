"""Bulk creation helpers: index once at the end instead of on every save."""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred_indexing(*models):
    """Create many objects of ``models`` without per-save search and reference indexing.

    On exit the new objects collected with ``track`` are added to the search backends in bulk and
    to Wagtail's reference index (which the admin's "usage" views rely on).
    """
    created = []
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield created.append
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    by_model = {}
    for obj in created:
        by_model.setdefault(type(obj), []).append(obj)
    for model, objects in by_model.items():
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)
    for obj in created:
        ReferenceIndex.create_or_update_for_object(obj)
