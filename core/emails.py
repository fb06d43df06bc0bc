"""Plain-text e-mails of the member space, each written in its recipient's language."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(template, to, context, language, reply_to=None):
    """Render ``members/emails/<template>.txt`` (or ``template`` if it is a path; first line: the subject)
    in ``language`` and send it."""
    path = template if "/" in template else f"members/emails/{template}.txt"
    with translation.override(language):
        subject, _blank, body = render_to_string(path, context).strip().partition("\n")
        message = EmailMessage(
            subject=" ".join(subject.split()),
            body=body.strip() + "\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=to,
            reply_to=reply_to,
        )
    return message.send()


def set_password_url(user, language):
    """A one-time link (Django's password reset token) to choose a password, in ``language``."""
    with translation.override(language):
        path = reverse(
            "space:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return absolute(path)


def space_url(name, language, **kwargs):
    with translation.override(language):
        return absolute(reverse(name, kwargs=kwargs))
