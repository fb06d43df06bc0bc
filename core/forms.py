"""Forms of the public site: accessible markup shared by every form a visitor or member fills in.

``PortalForm`` and ``PortalModelForm`` render with ``includes/forms/fields.html``: a label
for every control, a fieldset and legend for groups of checkboxes, help and error texts
tied to the control with ``aria-describedby``, ``aria-invalid`` on fields in error. Put
``{% include "includes/forms/error_summary.html" %}`` above the form: the summary links
each error to its field and takes the focus when the page loads.
"""

from django import forms
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _


class PortalBoundField(BoundField):
    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        described_by = []
        if self.help_text:
            described_by.append(f"{self.auto_id}_helptext")
        if self.errors:
            described_by.append(f"{self.auto_id}_error")
            attrs["aria-invalid"] = "true"
        if described_by and self.auto_id:
            attrs["aria-describedby"] = " ".join(described_by)
        return attrs


class AccessibleFormMixin:
    bound_field_class = PortalBoundField
    template_name = "includes/forms/fields.html"


class PortalForm(AccessibleFormMixin, forms.Form):
    pass


class PortalModelForm(AccessibleFormMixin, forms.ModelForm):
    pass


class HoneypotMixin:
    """A field people never see (hidden by CSS, out of the tab order) that robots fill in.

    A form whose honeypot is filled in is treated as sent but nothing is done with it.
    """

    honeypot_name = "website_url"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_name] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix(self.honeypot_name), "").strip())
