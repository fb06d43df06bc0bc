"""The brief form, the company's choice of creatives and its report of the outcome."""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, PortalForm, PortalModelForm
from taxonomy.models import Branch, SpokenLanguage

from .language import detect, language_name
from .models import Brief

MAX_BRIEF_LENGTH = 5000
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>|javascript:", re.IGNORECASE)


class LabelledChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.label


def has_words(text):
    """Whether ``text`` has at least one letter (emoji, digits and punctuation alone say nothing)."""
    return any(unicodedata.category(char).startswith("L") for char in text)


def check_brief_text(text, fallback):
    """The brief's language (a Detection) or a ValidationError with a message for the visitor."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Describe what you need in a few sentences."), code="required")
    if len(text) > MAX_BRIEF_LENGTH:
        raise ValidationError(
            _("A brief is limited to %(max)s characters; yours has %(count)s. Please shorten it."),
            code="max_length",
            params={"max": f"{MAX_BRIEF_LENGTH:,}".replace(",", "\u202f"), "count": len(text)},
        )
    if MARKUP.search(text):
        raise ValidationError(_("Please write your brief as plain text, without HTML or script."), code="markup")
    if not has_words(text):
        raise ValidationError(_("Please describe your need in words: we could not read any text."), code="no_words")
    detection = detect(text, fallback)
    if detection.other:
        raise ValidationError(
            _("Your brief seems to be written in %(language)s. Please write it in French, English or German."),
            code="language",
            params={"language": language_name(detection.other)},
        )
    return detection


class BriefForm(HoneypotMixin, PortalModelForm):
    text = forms.CharField(
        label=_("What do you need?"),
        help_text=_(
            "In your own words, in French, English or German: the project, what the creative should do, "
            "for whom. Up to 5,000 characters."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,  # checked by clean_text, with its own messages
    )
    languages = LabelledChoiceField(
        label=_("Languages the creative must speak"), queryset=SpokenLanguage.objects.all(), required=False
    )
    branches = LabelledChoiceField(label=_("Branches, if you know them"), queryset=Branch.objects.all(), required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the cluster keeps my brief for up to twelve months and sends it to the creatives I choose."
        )
    )
    nonce = forms.UUIDField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Brief
        fields = ["text", "company", "contact_name", "email", "budget", "deadline", "canton", "languages", "branches"]
        labels = {
            "company": _("Company"),
            "contact_name": _("Your name"),
            "email": _("Your e-mail address"),
            "budget": _("Budget"),
            "deadline": _("Deadline"),
            "canton": _("Where"),
        }
        help_texts = {
            "email": _("We send you a link to confirm it: nothing reaches a creative before you click it."),
        }
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, language="fr", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        self.detection = None
        self.fields["canton"].choices = [("", _("Anywhere in Luxembourg")), *self.fields["canton"].choices[1:]]
        self.fields["contact_name"].widget.attrs.update(autocomplete="name")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["company"].widget.attrs.update(autocomplete="organization")
        self.fields["text"].widget.attrs["aria-required"] = "true"

    def clean_text(self):
        text = self.cleaned_data.get("text", "")
        self.detection = check_brief_text(text, self.language)
        return text.strip()

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        if deadline and deadline < timezone.localdate():
            raise ValidationError(_("The deadline is in the past."), code="past")
        return deadline


class SelectionForm(PortalForm):
    """The creatives of the shortlist the company sends its brief to."""

    creatives = forms.TypedMultipleChoiceField(
        label=_("Send my brief to"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one creative.")},
    )

    def __init__(self, *args, matches=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["creatives"].choices = [(match.page_id, match.name) for match in matches]
        self.initial.setdefault("creatives", [match.page_id for match in matches])


class OutcomeForm(PortalForm):
    """What came of a brief, reported by the company from the follow-up e-mail."""

    outcome = forms.ChoiceField(
        label=_("Did you work with one of the creatives?"),
        choices=[(Brief.Outcome.WORKED_TOGETHER, _("Yes")), (Brief.Outcome.NO_DEAL, _("No"))],
        widget=forms.RadioSelect,
    )
    creatives = forms.TypedMultipleChoiceField(
        label=_("With whom?"), coerce=int, widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, recipients=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["creatives"].choices = [(r.pk, r.page.title) for r in recipients]

    def clean(self):
        data = super().clean()
        if data.get("outcome") == Brief.Outcome.WORKED_TOGETHER and not data.get("creatives"):
            self.add_error("creatives", _("Tick the creatives you worked with."))
        return data


class SkillsForm(PortalForm):
    """The skills the shortlist is made for: those read surely are ticked, loose readings are offered unticked."""

    skills = forms.MultipleChoiceField(
        label=_("Skills for your brief"), widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skills"].choices = list(choices)
