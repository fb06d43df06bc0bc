"""The public membership application form."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import emails, limits
from core.models import privacy_page

from .forms import ApplicationForm


def apply(request):
    form = ApplicationForm(request.POST or None)
    wait = 0
    if request.method == "POST":
        if form.is_spam:
            return redirect("members:apply_sent")
        if form.is_valid():
            wait = limits.hit(request, "application")
            if wait:
                form.add_error(None, _("Too many applications from your connection. Try again in an hour."))
            else:
                application = form.save(commit=False)
                application.language = get_language()[:2]
                application.consent_at = timezone.now()
                application.save()
                form.save_m2m()
                _notify(request, application)
                return redirect("members:apply_sent")
    context = {"form": form, "privacy_page": privacy_page(request)}
    response = render(request, "space/apply.html", context)
    return limits.too_many(response, wait) if wait else response


def _notify(request, application):
    emails.send("application_received", [application.email], {"application": application}, application.language)
    editors = (
        get_user_model()
        .objects.filter(Q(groups__name="Moderators") | Q(is_superuser=True), is_active=True)
        .exclude(email="")
    )
    addresses = sorted({user.email for user in editors})
    if addresses:
        link = emails.absolute(reverse("applications:inspect", args=[application.pk]))
        emails.send("application_new", addresses, {"application": application, "link": link}, "fr")


def apply_sent(request):
    return render(request, "space/apply_sent.html")
