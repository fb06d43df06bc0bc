"""My space: the language the member's e-mails are written in (members.mail_language)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from members.mail_language import set_user_language, user_language

from .forms import EmailLanguageForm


@login_required
@require_http_methods(["GET", "POST"])
def email_language(request):
    form = EmailLanguageForm(request.POST or None, initial={"language": user_language(request.user)})
    if request.method == "POST" and form.is_valid():
        language = form.cleaned_data["language"]
        set_user_language(request.user, language)
        name = get_language_info(language)["name_local"]
        messages.success(request, _("Your e-mails will be written in %(language)s.") % {"language": name})
        return redirect("space:dashboard")
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "space_section": "language", "languages": settings.LANGUAGES}
    return render(request, "space/email_language.html", context, status=status)
