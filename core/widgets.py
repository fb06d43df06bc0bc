"""A long list of checkboxes made short and searchable (the skills of My space, the members an editor links).

Without JavaScript, each group is a ``<details>`` of checkboxes, open when one of its choices is ticked.
``static/js/choice-picker.js`` turns it into a searchable multi-select (an ARIA 1.2 combobox with a listbox grouped
like the checkboxes, chips with a remove button, announcements in a live region) that ticks the same checkboxes,
so the form sends the same values either way.
"""

import unicodedata

from django import forms


def folded(text):
    """Lower case without accents: what the picker's search compares (the script folds the typed text alike)."""
    decomposed = unicodedata.normalize("NFD", str(text).lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class ChoicePicker(forms.CheckboxSelectMultiple):
    """Checkboxes grouped in ``<details>``; ``texts`` are the script's words (see ``TEXT_NAMES``)."""

    template_name = "core/widgets/choice_picker.html"
    use_fieldset = True
    # search_label, search_hint, chosen_label, none_chosen, remove (%(item)s), added (%(item)s), removed (%(item)s),
    # no_match, matches_one, matches ({count})
    texts = {}

    class Media:
        css = {"all": ["css/choice-picker.css"]}
        js = ["js/choice-picker.js"]

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.search_terms = {}

    def set_groups(self, groups):
        """``groups``: [(group label, [(value, label, more words the search finds it by)])], shown in that order."""
        self.choices = [(group, [(value, label) for value, label, _words in options]) for group, options in groups]
        self.search_terms = {
            value: folded(f"{label} {words}".replace("\n", " "))
            for _group, options in groups
            for value, label, words in options
        }

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["search"] = self.search_terms.get(value, folded(label))
        return option

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["texts"] = {key: str(text) for key, text in self.texts.items()}
        context["widget"]["groups"] = [
            {"label": group, "options": options, "chosen": sum(1 for option in options if option["selected"])}
            for group, options, _index in context["widget"]["optgroups"]
        ]
        return context
