"""Filters of the job and collaboration listings (built on ``core.listing.Listing``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import Listing
from taxonomy.models import Branch

from .choices import CollaborationKind, ContractType, Remote, Workload


def _with_blank(label, choices):
    return [("", label), *choices]


def branch_choices():
    """Every branch by code, labelled in the active language (one query)."""
    return _with_blank(_("All branches"), [(branch.code, branch.label) for branch in Branch.objects.all()])


class JobFilterForm(forms.Form):
    contract = forms.ChoiceField(
        label=_("Contract"), required=False, choices=_with_blank(_("All contracts"), ContractType.choices)
    )
    branch = forms.ChoiceField(label=_("Branch"), required=False)
    remote = forms.ChoiceField(
        label=_("Place of work"), required=False, choices=_with_blank(_("On site or remote"), Remote.choices)
    )
    workload = forms.ChoiceField(
        label=_("Working time"), required=False, choices=_with_blank(_("Full or part time"), Workload.choices)
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["branch"].choices = branch_choices()


class JobListing(Listing):
    form_class = JobFilterForm
    per_page = 10

    def apply(self, queryset, data):
        lookups = {"contract": "contract_type", "branch": "branch__code", "remote": "remote", "workload": "workload"}
        return queryset.filter(**{lookups[name]: value for name, value in data.items() if name in lookups})


class CollaborationFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=_with_blank(_("All types"), CollaborationKind.choices)
    )
    branch = forms.ChoiceField(label=_("Branch"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["branch"].choices = branch_choices()


class CollaborationListing(Listing):
    form_class = CollaborationFilterForm
    per_page = 10

    def apply(self, queryset, data):
        lookups = {"kind": "kind", "branch": "branch__code"}
        return queryset.filter(**{lookups[name]: value for name, value in data.items() if name in lookups})
