"""Webhooks in the Wagtail admin: endpoints editors configure, and the log of every delivery."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from core.viewsets import RecordViewSet

from .content import public_page_models
from .models import WebhookDelivery, WebhookEndpoint


class EndpointForm(WagtailAdminModelForm):
    page_types = forms.ModelMultipleChoiceField(
        queryset=ContentType.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Page types"),
        help_text=gettext_lazy("Leave all unticked for every page type."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        types = ContentType.objects.get_for_models(*public_page_models())
        self.fields["page_types"].queryset = ContentType.objects.filter(pk__in=[ct.pk for ct in types.values()])
        self.fields["page_types"].label_from_instance = lambda ct: str(ct.model_class()._meta.verbose_name).capitalize()


class EndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    form_class = EndpointForm
    icon = "link-external"
    menu_label = gettext_lazy("Endpoints")
    name = "webhook_endpoints"
    url_prefix = "webhooks/endpoints"
    list_display = ["name", "url", "active", "on_publish", "on_unpublish", "on_delete"]
    form_fields = ["name", "url", "secret", "on_publish", "on_unpublish", "on_delete", "page_types", "active"]
    inspect_view_enabled = True


class DeliveryViewSet(RecordViewSet):
    model = WebhookDelivery
    icon = "list-ul"
    menu_label = gettext_lazy("Delivery log")
    name = "webhook_deliveries"
    url_prefix = "webhooks/deliveries"
    list_display = ["created_at", "endpoint", "event", "status", "attempts", "last_status_code", "next_attempt_at"]
    list_filter = ["status", "event", "endpoint"]


class WebhooksGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Webhooks")
    menu_icon = "link-external"
    menu_order = 260
    items = (EndpointViewSet, DeliveryViewSet)
