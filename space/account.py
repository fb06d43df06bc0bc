"""Signing in with an e-mail address or a one-time link, signing out, forgotten passwords and first passwords.

Thin subclasses of Django's views: our templates, our accessible forms, rate limits on
failed sign-ins (``forms.RateLimitedLoginMixin``) and on reset requests. Past the limits
on failed sign-ins the sign-in form offers a link that signs the account's owner in once
(``members.auth``), sent to the account's address: guessing is stopped, the owner is not.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from core import emails, limits
from members import auth
from members.mail_language import user_language

from . import forms


class LoginView(auth_views.LoginView):
    template_name = "space/login.html"
    authentication_form = forms.LoginForm
    redirect_authenticated_user = True

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.rate_limited:
            limits.too_many(response, form.rate_limited)
        return response


@never_cache
@require_POST
def send_login_link(request):
    """E-mails a one-time sign-in link to the account typed, if there is one; the answer is the same if not."""
    form = forms.LoginLinkForm(request.POST)
    if not form.is_valid():
        return redirect("space:login")
    identifier = form.cleaned_data["username"]
    wait = limits.hit(request, "login_link") or limits.hit(request, "login_link_account", auth.account_key(identifier))
    if wait:
        response = render(request, "space/login_link.html", {"state": "refused"})
        return limits.too_many(response, wait)
    user = auth.find_account(identifier)
    if user is not None and user.is_active and user.email:
        # The member's, whatever the language of the sign-in page (that one only for an account without a member page).
        language = user_language(user, fallback=(get_language() or settings.LANGUAGE_CODE)[:2])
        context = {
            "link": emails.space_url("space:login_link_confirm", language, token=auth.login_link_token(user)),
            "minutes": settings.LOGIN_LINK_MAX_AGE // 60,
        }
        emails.send("login_link", [user.email], context, language)
    return redirect("space:login_link_sent")


def login_link_sent(request):
    return render(request, "space/login_link.html", {"state": "sent", "minutes": settings.LOGIN_LINK_MAX_AGE // 60})


@never_cache
@require_http_methods(["GET", "POST"])
def login_with_link(request, token):
    """Opening the link shows a button (mail scanners that follow links do not use it up); the button signs in."""
    user = auth.user_for_login_link(token)
    if user is None:
        return render(request, "space/login_link.html", {"state": "invalid"}, status=400)
    if request.method == "POST":
        login(request, user, backend="members.auth.EmailOrUsernameBackend")
        messages.success(
            request,
            _("You are signed in. If you did not make the failed attempts, someone may be guessing your password."),
        )
        return redirect("space:dashboard")
    return render(request, "space/login_link.html", {"state": "confirm"})


class LogoutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You are signed out."))
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "space/password_reset.html"
    form_class = forms.PasswordResetForm
    success_url = reverse_lazy("space:password_reset_done")

    def form_valid(self, form):
        wait = limits.hit(self.request, "password_reset")
        if wait:
            form.add_error(None, _("Too many requests from your connection. Try again in an hour."))
            return limits.too_many(render(self.request, self.template_name, self.get_context_data(form=form)), wait)
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "space/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "space/password_reset_confirm.html"
    form_class = forms.SetPasswordForm
    post_reset_login = True
    post_reset_login_backend = "members.auth.EmailOrUsernameBackend"
    success_url = reverse_lazy("space:dashboard")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is saved and you are signed in."))
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "space/password_reset_done.html"
