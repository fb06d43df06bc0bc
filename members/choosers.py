"""The admin's choice of members (portrait stories, news articles, the home page's featured members).

A member exists once per language; a plain multi-select offers each one three times with nothing to tell them
apart. ``MemberPicker`` offers each member once, under its branch, by its name in the editor's language: the
member's page in the editor's admin language, else its original (the version made first). What is stored is still
a member page (that version), so the relations and the pages that show them are unchanged; a member chosen before
in another language shows as chosen.
"""

from django.db.models import Min
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.widgets import ChoicePicker, folded

from .models import BranchPage, MemberPage


def member_entries(language):
    """({translation key: the version offered}, [(group label, [(pk, title, words)])]): one version per member,
    in ``language`` when there is one, else the original, grouped under its branch page's branch."""
    versions = MemberPage.objects.order_by().values_list(
        "pk", "translation_key", "locale__language_code", "title", "path"
    )
    originals = dict(
        MemberPage.objects.order_by()
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values_list("translation_key", "first")
    )
    chosen = {}
    for pk, key, code, title, path in versions:
        # The language's own version wins over the original, whichever comes first.
        if code == language or (pk == originals.get(key) and key not in chosen):
            chosen[key] = (pk, title, path)
    branch_pages = BranchPage.objects.select_related("branch").only("path", "branch")
    branches = {page.path: page.branch for page in branch_pages}
    groups = {}
    for pk, title, path in chosen.values():
        branch = branches.get(path[: -Page.steplen])
        groups.setdefault(branch, []).append((pk, title, ""))
    ordered = sorted(
        groups.items(), key=lambda pair: (pair[0] is None, pair[0].sort_order if pair[0] else 0, str(pair[0]))
    )
    return {key: entry[0] for key, entry in chosen.items()}, [
        (str(branch.label) if branch else str(_("Other members")), sorted(entries, key=lambda e: folded(e[1])))
        for branch, entries in ordered
    ]


class MemberPicker(ChoicePicker):
    """For a many-to-many field to ``MemberPage`` in the admin: ``FieldPanel("related_members", widget=MemberPicker)``."""

    texts = {
        "search-label": _("Find a member"),
        "search-hint": _("Type to filter, arrow keys to move, Enter to add or remove."),
        "chosen-label": _("Chosen members"),
        "none-chosen": _("No member chosen yet."),
        "remove": _("Remove %(member)s"),
        "added": _("%(member)s added."),
        "removed": _("%(member)s removed."),
        "no-match": _("No member matches"),
        "matches-one": _("1 member matches"),
        "matches": _("{count} members match"),
    }

    def get_context(self, name, value, attrs):
        keys, groups = member_entries((get_language() or "fr")[:2])
        self.set_groups(groups)
        # A member chosen in another language is the same member: its version offered here is shown as chosen.
        chosen = [str(pk) for pk in value or [] if str(pk).isdigit()]
        if chosen:
            key_of = dict(MemberPage.objects.filter(pk__in=chosen).values_list("pk", "translation_key"))
            value = [str(keys.get(key_of.get(int(pk)), pk)) for pk in chosen]
        return super().get_context(name, value, attrs)
