"""The contact form every member page shows (the relay: see space.contact)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, PortalModelForm

from .models.space import ContactMessage  # the module: members.models imports this one while it loads


class ContactForm(HoneypotMixin, PortalModelForm):
    consent = forms.BooleanField(
        label=_("I agree that the cluster forwards my message to this member and keeps it in the member's inbox.")
    )

    class Meta:
        model = ContactMessage
        fields = ["sender_name", "sender_email", "subject", "body"]
        labels = {"sender_name": _("Your name"), "sender_email": _("Your e-mail address")}
        widgets = {"body": forms.Textarea(attrs={"rows": 6, "maxlength": 5000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sender_name"].widget.attrs.update(autocomplete="name")
        self.fields["sender_email"].widget.attrs.update(autocomplete="email")

    def clean_subject(self):
        # A subject goes into an e-mail header: one line only.
        return " ".join(self.cleaned_data["subject"].split())
