from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, PortalForm

from .models import Kind


class SubscribeForm(HoneypotMixin, PortalForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("At most one e-mail a day, only when something is new. Every e-mail has a link to unsubscribe."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, such as name@example.lu."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    kind = forms.ChoiceField(choices=Kind.choices, widget=forms.HiddenInput)
    params = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "alerts-%s")
        super().__init__(*args, **kwargs)
