"""Matchmaking in the Wagtail admin: the dashboard, the briefs, and the skill taxonomy editors curate."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from core.viewsets import RecordViewSet
from taxonomy.models import Skill

from .dashboard import DashboardView
from .models import Brief

briefs_policy = ModelPermissionPolicy(Brief)


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return briefs_policy.user_has_permission(request.user, "view")


class DashboardViewSet(ViewSet):
    name = "matchmaking_dashboard"
    url_prefix = "matchmaking/dashboard"
    icon = "table"
    menu_label = _("Dashboard")
    menu_item_class = DashboardMenuItem

    def get_urlpatterns(self):
        view = DashboardView.as_view()

        def dashboard(request):
            if not briefs_policy.user_has_permission(request.user, "view"):
                raise PermissionDenied
            return view(request)

        return [path("", dashboard, name="index")]


class BriefViewSet(RecordViewSet):
    model = Brief
    icon = "mail"
    menu_label = _("Briefs")
    name = "briefs"
    url_prefix = "matchmaking/briefs"
    list_display = ["__str__", "created_at", "language", "confirmed_at", "sent_at", "outcome"]
    list_filter = ["language", "outcome"]
    inspect_template_name = "matchmaking/admin/brief_inspect.html"
    inspect_view_fields = [
        "text",
        "language",
        "company",
        "budget",
        "deadline",
        "canton",
        "languages",
        "branches",
        "skills",
        "created_at",
        "confirmed_at",
        "sent_at",
        "outcome",
        "outcome_at",
    ]


class SkillViewSet(ModelViewSet):
    model = Skill
    icon = "tag"
    menu_label = _("Skills")
    name = "skills"
    url_prefix = "matchmaking/skills"
    list_display = ["label_fr", "label_en", "label_de", "branch"]
    list_filter = ["branch"]
    search_fields = ["code", "label_fr", "label_en", "label_de", "synonyms_fr", "synonyms_en", "synonyms_de"]
    list_per_page = 50
    copy_view_enabled = False


class MatchmakingGroup(ModelViewSetGroup):
    menu_label = _("Matchmaking")
    menu_icon = "group"
    menu_order = 260
    items = (DashboardViewSet, BriefViewSet, SkillViewSet)


@hooks.register("register_admin_viewset")
def register_matchmaking_viewsets():
    return MatchmakingGroup()
