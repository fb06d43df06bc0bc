"""The form of a member's post: the page type's own fields and rules, the texts in one to three languages."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import fields_for_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda.models import EVENT_TIME_ZONE
from core.forms import HoneypotMixin, PortalForm
from jobs.dates import today
from jobs.models import new_post_date_errors

from . import posting

TEXT_LABELS = {
    "title": _("Title"),
    "description": _("Description"),
    "how_to_apply": _("How to apply"),
    "summary_text": _("Summary"),
    "how_to_respond": _("How to respond"),
    "intro": _("Introduction"),
    "body": _("Details"),
}
TEXT_HELP = {
    "description": _("Leave a blank line between paragraphs."),
    "body": _("Leave a blank line between paragraphs."),
    "summary_text": _("Two or three sentences for the listing."),
    "intro": _("One or two sentences shown in listings."),
}


class LuxembourgDateTimeField(forms.DateTimeField):
    """A date and time typed in Luxembourg time, whatever the server's or the visitor's time zone."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"])
        super().__init__(**kwargs)

    def to_python(self, value):
        with timezone.override(EVENT_TIME_ZONE):
            return super().to_python(value)

    def prepare_value(self, value):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            value = timezone.localtime(value, EVENT_TIME_ZONE)
        return super().prepare_value(value)


def _formfield(model_field, **kwargs):
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return model_field.formfield(**kwargs)


class PostForm(HoneypotMixin, PortalForm):
    """``kind`` (``posting.KINDS``) decides the fields; ``source_language`` is fixed once a post exists."""

    def __init__(self, *args, kind, member_page, source_language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.member_page = member_page
        self.source_language = source_language
        names = dict(settings.LANGUAGES)
        if source_language is None:
            self.fields["language"] = forms.ChoiceField(
                label=_("Language you write in first"),
                choices=list(settings.LANGUAGES),
                help_text=_("The other languages are optional: empty, they show the texts of this one."),
            )
            self.order_fields(["language"])
        for name, field in fields_for_model(kind.model, fields=kind.facts, formfield_callback=_formfield).items():
            self.fields[name] = self._fact_field(name, field)
        self.text_languages = []
        for lang, language_name in settings.LANGUAGES:
            for text in kind.texts:
                widget = (
                    forms.TextInput(attrs={"lang": lang})
                    if text.form == "line"
                    else forms.Textarea(attrs={"rows": 3 if text.form == "plain" else 6, "lang": lang})
                )
                self.fields[f"{text.name}_{lang}"] = forms.CharField(
                    label=f"{TEXT_LABELS[text.name]} ({language_name})",
                    max_length=text.max_length,
                    required=False,
                    widget=widget,
                    help_text=TEXT_HELP.get(text.name, ""),
                )
            self.text_languages.append((lang, names[lang]))

    def _fact_field(self, name, field):
        model_field = self.kind.model._meta.get_field(name)
        if isinstance(model_field, models.DateTimeField):
            return LuxembourgDateTimeField(label=field.label, required=field.required, help_text=field.help_text)
        if isinstance(field, forms.DateField):
            field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        if isinstance(field, forms.ModelChoiceField):
            field.label_from_instance = lambda branch: branch.label
        return field

    def fact_fields(self):
        texts = {f"{text.name}_{lang}" for lang, _n in self.text_languages for text in self.kind.texts}
        return [field for field in self.visible_fields() if field.name not in texts]

    def language_fields(self):
        """(language name, code, is the source, fields) for each language, the source's first."""
        source = self.chosen_language()
        ordered = sorted(self.text_languages, key=lambda pair: pair[0] != source)
        return [
            (name, lang, lang == source, [self[f"{text.name}_{lang}"] for text in self.kind.texts])
            for lang, name in ordered
        ]

    def chosen_language(self):
        if self.source_language:
            return self.source_language
        value = self.data.get(self.add_prefix("language")) if self.is_bound else self.initial.get("language")
        return value if value in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE[:2]

    def texts(self):
        """{lang: {name: text}} for the languages written, the source first."""
        data = self.cleaned_data
        source = self.chosen_language()
        result = {}
        for lang in [source, *(lang for lang, _n in self.text_languages if lang != source)]:
            values = {text.name: data.get(f"{text.name}_{lang}", "").strip() for text in self.kind.texts}
            if lang == source or any(values.values()):
                result[lang] = values
        return result

    def facts(self):
        return {name: self.cleaned_data.get(name) for name in self.kind.facts}

    def clean(self):
        data = super().clean()
        source = self.chosen_language()
        if not self.kind.index_model.objects.filter(locale__language_code=source).exists():
            self.add_error(
                "language" if "language" in self.fields else None,
                _("The site has no page for these posts in this language yet: choose another language."),
            )
        for text in self.kind.texts:
            if text.required and not data.get(f"{text.name}_{source}", "").strip():
                self.add_error(f"{text.name}_{source}", _("This field is required in the language you write first."))
        for lang, _name in self.text_languages:
            values = [data.get(f"{text.name}_{lang}", "").strip() for text in self.kind.texts]
            if lang != source and any(values) and not values[0]:
                self.add_error(f"title_{lang}", _("Give a title in this language, or leave all its texts empty."))
        self._check_dates(data)
        if not self.errors:
            self._check_page(data)
        return data

    def _check_dates(self, data):
        horizon = today() + datetime.timedelta(days=posting.limits()["days_ahead"])
        for name in ("expiry_date", "deadline"):
            value = data.get(name) if name in self.kind.facts else None
            if value:
                for message in new_post_date_errors(value):
                    self.add_error(name, message)
                if value > horizon:
                    self.add_error(
                        name,
                        _("At most %(days)d days ahead: post it again later if it is still open.")
                        % {"days": posting.limits()["days_ahead"]},
                    )
        if self.kind.code == "event" and data.get("end") and data["end"] < timezone.now():
            self.add_error("end", _("The event is over: the agenda lists events to come."))

    def _check_page(self, data):
        """The page type's own rules (``validate_content``), on a page made of what was typed."""
        page = self.kind.model()
        posting.apply_facts(page, self.kind, self.facts(), self.member_page)
        texts = self.texts()
        source = texts[self.chosen_language()]
        posting.apply_texts(page, self.kind, source, source)
        try:
            page.validate_content()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                field = name if name in self.fields else f"{name}_{self.chosen_language()}"
                for message in messages:
                    self.add_error(field if field in self.fields else None, message)
