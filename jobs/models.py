"""Job offers and collaboration requests (calls for tender), with expiry and filters."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage


class JobIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["jobs.JobPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("job offers index")


class JobPage(BasePage):
    parent_page_types = ["jobs.JobIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("job offer")


class CollaborationIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["jobs.CollaborationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("collaboration requests index")


class CollaborationPage(BasePage):
    parent_page_types = ["jobs.CollaborationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("collaboration request")
