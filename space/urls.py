"""My space, under /fr/mon-espace/, /en/my-space/, /de/mein-bereich/ (namespace "space")."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import account, briefs, contact, language, portfolio, posts, privacy, profile, stats

app_name = "space"


def page_path(segment=""):
    """A path below one of the member's pages: ``<page_id>/`` then a translated segment."""
    return format_lazy("<int:page_id>/{}", segment)


urlpatterns = [
    path("", profile.dashboard, name="dashboard"),
    # Signing in and out, forgotten passwords, first password of an approved applicant.
    path(_("sign-in/"), account.LoginView.as_view(), name="login"),
    path(_("sign-out/"), account.LogoutView.as_view(), name="logout"),
    path(_("sign-in/link/"), account.send_login_link, name="login_link"),
    path(_("sign-in/link/sent/"), account.login_link_sent, name="login_link_sent"),
    path(format_lazy("{}<str:token>/", _("sign-in/link/")), account.login_with_link, name="login_link_confirm"),
    path(_("password/"), account.PasswordResetView.as_view(), name="password_reset"),
    path(_("password/sent/"), account.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        format_lazy("{}<uidb64>/<token>/", _("password/")),
        account.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(_("password/done/"), account.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    # The member page: text, facts, images, owners, preview of the draft.
    path(page_path(), profile.edit, name="edit"),
    path(page_path(_("preview/")), profile.preview, name="preview"),
    path(page_path(_("owners/")), profile.owners, name="owners"),
    # Portfolio items, by the id of the item on the page in the member's main language.
    path(page_path(_("portfolio/")), portfolio.index, name="portfolio"),
    path(page_path(_("portfolio/add/")), portfolio.edit, name="portfolio_add"),
    path(page_path(format_lazy("{}<uuid:item_key>/", _("portfolio/"))), portfolio.edit, name="portfolio_edit"),
    path(
        page_path(format_lazy("{}<uuid:item_key>/{}", _("portfolio/"), _("delete/"))),
        portfolio.delete,
        name="portfolio_delete",
    ),
    path(
        page_path(format_lazy("{}<uuid:item_key>/{}", _("portfolio/"), _("move/"))),
        portfolio.move,
        name="portfolio_move",
    ),
    # The member's job offers, calls and events (posts), by the id of the post's first language version.
    path(page_path(_("posts/")), posts.index, name="posts"),
    path(page_path(format_lazy("{}<str:kind>/", _("posts/new/"))), posts.add, name="post_add"),
    path(page_path(format_lazy("{}<int:post_id>/", _("posts/"))), posts.edit, name="post_edit"),
    path(page_path(format_lazy("{}<int:post_id>/{}", _("posts/"), _("close/"))), posts.close, name="post_close"),
    path(page_path(format_lazy("{}<int:post_id>/{}", _("posts/"), _("delete/"))), posts.delete, name="post_delete"),
    # The contact relay's inbox and the statistics.
    path(page_path(_("inbox/")), contact.inbox, name="inbox"),
    path(page_path(format_lazy("{}<int:message_id>/", _("inbox/"))), contact.message, name="message"),
    path(page_path(_("statistics/")), stats.stats, name="stats"),
    # Matchmaking briefs companies sent to the member, and the member's answers.
    path(page_path(_("briefs/")), briefs.briefs, name="briefs"),
    path(page_path(format_lazy("{}<int:recipient_id>/", _("briefs/"))), briefs.brief, name="brief"),
    path(
        page_path(format_lazy("{}<int:recipient_id>/{}", _("briefs/"), _("answer/"))),
        briefs.answer,
        name="brief_answer",
    ),
    # The member's data: download all of it, delete the account.
    path(_("e-mail-language/"), language.email_language, name="email_language"),
    path(_("my-data/"), privacy.export, name="export"),
    path(_("delete-account/"), privacy.delete_account, name="delete_account"),
]
