"""The portal's transactional e-mails (member space, applications, contact relay, briefs, moderation): each in its
recipient's language, in one layout (plain text and HTML), with links on the site's address (BASE_URL)."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .absolute import absolute_url


def absolute(path):
    """``path`` (or a page) on the site's address, BASE_URL."""
    return absolute_url(path)


def send(template, to, context, language, reply_to=None, headers=None, connection=None):
    """Render ``members/emails/<template>.txt`` (or ``template`` if it is a path; first line: the subject) in
    ``language`` and send it in the portal's one layout, as plain text with an HTML alternative.

    ``language`` is the recipient's (a member's chosen language, an applicant's or a visitor's), never the
    language of the request that triggered the e-mail. ``headers`` adds headers (``List-Unsubscribe``);
    ``connection`` reuses one mail connection for many e-mails (a digest run)."""
    path = template if "/" in template else f"members/emails/{template}.txt"
    with translation.override(language):
        subject, _blank, body = render_to_string(path, context).strip().partition("\n")
        subject = " ".join(subject.split())
        layout = {"subject": subject, "body": body.strip(), "language": language, "home": absolute_url(f"/{language}/")}
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("core/emails/layout.txt", layout).strip() + "\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=to,
            reply_to=reply_to,
            headers=headers,
            connection=connection,
        )
        message.attach_alternative(render_to_string("core/emails/layout.html", layout), "text/html")
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
