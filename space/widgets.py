"""The skills picker of the profile form: 130-odd skills grouped by branch.

Without JavaScript, each branch is a ``<details>`` of checkboxes, open when one of its skills is chosen (the form
stays short: twelve lines, not 130 checkboxes). ``static/js/skill-picker.js`` turns it into a searchable
multi-select (an ARIA 1.2 combobox with a listbox and chips) that ticks the same checkboxes, so the form sends the
same values either way.
"""

import unicodedata

from django import forms


def folded(text):
    """Lower case without accents: what the picker's search compares (the script folds the typed text alike)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class SkillPicker(forms.CheckboxSelectMultiple):
    template_name = "space/widgets/skill_picker.html"
    use_fieldset = True

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.search_terms = {}

    def set_skills(self, skills):
        """Group ``skills`` (with their branches) by branch, in the branches' order, each by its label."""
        groups = {}
        for skill in skills:
            groups.setdefault(skill.branch, []).append(skill)
        self.choices = [
            (branch.label, [(skill.pk, skill.label) for skill in sorted(members, key=lambda s: folded(s.label))])
            for branch, members in sorted(groups.items(), key=lambda pair: (pair[0].sort_order, pair[0].code))
        ]
        # Every label and synonym in the three languages: a German word finds a skill on the French form.
        self.search_terms = {
            skill.pk: folded(
                " ".join(
                    [skill.label_fr, skill.label_en, skill.label_de, skill.synonyms_fr, skill.synonyms_en]
                    + [skill.synonyms_de]
                ).replace("\n", " ")
            )
            for skill in skills
        }

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["search"] = self.search_terms.get(value, folded(str(label)))
        return option

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["groups"] = [
            {
                "label": group_name,
                "options": options,
                "chosen": sum(1 for option in options if option["selected"]),
            }
            for group_name, options, _index in context["widget"]["optgroups"]
        ]
        return context
