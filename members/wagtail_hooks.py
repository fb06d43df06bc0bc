"""Membership in the Wagtail admin: applications to decide, and the record of deleted accounts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import ListingButton

from core.sitemaps import SITEMAPS_HOOK
from core.viewsets import RecordViewSet

from . import membership
from .models import AccountDeletion, MemberPage, MembershipApplication
from .review import review_machine_translation
from .sitemaps import work_sitemaps


class ApplicationViewSet(ModelViewSet):
    model = MembershipApplication
    icon = "user"
    menu_label = gettext_lazy("Applications")
    name = "applications"
    url_prefix = "membership/applications"
    list_display = ["business_name", "primary_branch", "created_at", "status"]
    list_filter = ["status"]
    search_fields = ["business_name", "contact_name"]
    inspect_view_enabled = True
    inspect_template_name = "members/admin/application_inspect.html"
    form_fields = [
        "business_name",
        "kind",
        "primary_branch",
        "other_branches",
        "canton",
        "country",
        "contact_name",
        "website",
        "description",
    ]

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name not in ("add", "copy")] + [
            path("decide/<int:pk>/", self.decide_view, name="decide")
        ]

    def decide_view(self, request, pk):
        return decide(request, pk, self)


@require_POST
def decide(request, pk, viewset):
    if not viewset.permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    application = get_object_or_404(MembershipApplication, pk=pk)
    reason = request.POST.get("reason", "")
    try:
        if request.POST.get("decision") == "approve":
            page = membership.approve(application, request.user, reason)
            messages.success(
                request,
                _(
                    "Application approved: the account and the draft page “%(title)s” are created; the applicant got a link to choose a password."
                )
                % {"title": page.title},
            )
        elif request.POST.get("decision") == "reject":
            membership.reject(application, request.user, reason)
            messages.success(request, _("Application rejected; the applicant got the reason by e-mail."))
        else:
            messages.error(request, _("Choose to approve or reject."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(viewset.get_url_name("inspect"), pk=pk)


class AccountDeletionViewSet(RecordViewSet):
    model = AccountDeletion
    icon = "bin"
    menu_label = gettext_lazy("Deleted accounts")
    name = "account_deletions"
    url_prefix = "membership/deleted-accounts"
    list_display = ["deleted_at", "user_id_hint", "unpublished", "messages_deleted"]


class MembershipGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Membership")
    menu_icon = "group"
    menu_order = 250
    items = (ApplicationViewSet, AccountDeletionViewSet)


@hooks.register("register_admin_viewset")
def register_membership_viewsets():
    return MembershipGroup()


hooks.register(SITEMAPS_HOOK, work_sitemaps)


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    return [
        path(
            "translations/review/<int:page_id>/",
            review_machine_translation,
            name="members_review_machine_translation",
        )
    ]


def review_button(page, user, view_name=None, next_url=None):
    """ "Review the machine translation" on a member page's translation that shows unreviewed machine texts."""
    if issubclass(page.specific_class or type(page), MemberPage) and MemberPage.has_unreviewed_machine_texts(page):
        yield ListingButton(
            _("Review the machine translation"),
            reverse("members_review_machine_translation", args=[page.pk]),
            priority=55,
            icon_name="tick",
        )


hooks.register("register_page_header_buttons", review_button)
hooks.register("register_page_listing_more_buttons", review_button)
