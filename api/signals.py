"""Page events that become webhook deliveries."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .models import Event
from .webhooks import enqueue


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    enqueue(Event.PUBLISH, instance)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    enqueue(Event.UNPUBLISH, instance)


@receiver(pre_delete, sender=Page)
def on_delete(sender, instance, **kwargs):
    # Once per page (the Page row; a specific page's own row sends the signal too, with its class as sender).
    if instance.depth > 2:
        enqueue(Event.DELETE, instance)
