"""The skills picker of the profile form: 130-odd skills grouped by branch (see ``core.widgets.ChoicePicker``)."""

from django.utils.translation import gettext_lazy as _

from core.widgets import ChoicePicker, folded


class SkillPicker(ChoicePicker):
    texts = {
        "search-label": _("Find a skill"),
        "search-hint": _("Type to filter, arrow keys to move, Enter to add or remove."),
        "chosen-label": _("Chosen skills"),
        "none-chosen": _("No skill chosen yet."),
        "remove": _("Remove %(skill)s"),
        "added": _("%(skill)s added."),
        "removed": _("%(skill)s removed."),
        "no-match": _("No skill matches"),
        "matches-one": _("1 skill matches"),
        "matches": _("{count} skills match"),
    }

    def set_skills(self, skills):
        """Group ``skills`` (with their branches) by branch, in the branches' order, each by its label; the search
        knows every label and synonym in the three languages (a German word finds a skill on the French form)."""
        groups = {}
        for skill in skills:
            groups.setdefault(skill.branch, []).append(skill)
        self.set_groups(
            [
                (
                    branch.label,
                    [
                        (skill.pk, skill.label, _words(skill))
                        for skill in sorted(members, key=lambda skill: folded(skill.label))
                    ],
                )
                for branch, members in sorted(groups.items(), key=lambda pair: (pair[0].sort_order, pair[0].code))
            ]
        )


def _words(skill):
    names = ("label_fr", "label_en", "label_de", "synonyms_fr", "synonyms_en", "synonyms_de")
    return " ".join(getattr(skill, name) for name in names)
