"""Signing in with an e-mail address, signing out, forgotten passwords and first passwords.

Thin subclasses of Django's views: our templates, our accessible forms, rate limits on
failed sign-ins (``forms.RateLimitedLoginMixin``) and on reset requests.
"""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from core import limits

from . import forms


class LoginView(auth_views.LoginView):
    template_name = "space/login.html"
    authentication_form = forms.LoginForm
    redirect_authenticated_user = True

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.rate_limited:
            response.status_code = 429
        return response


class LogoutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You are signed out."))
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "space/password_reset.html"
    form_class = forms.PasswordResetForm
    email_template_name = "members/emails/password_reset.txt"
    subject_template_name = "members/emails/password_reset_subject.txt"
    success_url = reverse_lazy("space:password_reset_done")

    def form_valid(self, form):
        if limits.hit(self.request, "password_reset"):
            form.add_error(None, _("Too many requests from your connection. Try again in an hour."))
            return render(self.request, self.template_name, self.get_context_data(form=form), status=429)
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
