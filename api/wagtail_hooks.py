from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import preview
from .viewsets import WebhooksGroup


class ApiPreviewMenuItem(PageMenuItem):
    label = _("Preview in the API")
    icon_name = "code"
    priority = 66

    @property
    def url(self):
        return reverse("api_preview_token", args=[self.page.pk])

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


@hooks.register("register_admin_urls")
def api_admin_urls():
    return [path("api-preview/<int:page_id>/", preview.api_preview_token, name="api_preview_token")]


@hooks.register("register_page_header_buttons")
def api_preview_button(page, user, view_name, next_url=None):
    if page.depth > 1 and view_name == "edit":
        item = ApiPreviewMenuItem(page=page)
        if item.is_shown(user):
            yield item


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return WebhooksGroup()
