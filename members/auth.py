"""Sign in with an e-mail address (members) or a user name (editors), or with a one-time link sent by e-mail.

The link is for an owner whose account is being guessed at: when the failed sign-ins on an account
pass a limit, its password is no longer tried (that would let the guessing go on), and the sign-in
form offers a link e-mailed to the account instead. The link's token is signed and expires after
``settings.LOGIN_LINK_MAX_AGE`` seconds; it carries a fingerprint of the account's password and last
sign-in, so it works once (signing in changes the last sign-in) and no longer after a password change.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

LINK_SALT = "members.auth.login_link"


def find_account(identifier):
    """The one user an e-mail address (in any case) or a user name designates, else None."""
    identifier = (identifier or "").strip()
    if not identifier:
        return None
    users = get_user_model()
    if "@" in identifier:
        matches = list(users.objects.filter(email__iexact=identifier)[:2])
        return matches[0] if len(matches) == 1 else None  # unknown, or an ambiguous address: never guess
    return users.objects.filter(username=identifier).first()


def account_key(identifier):
    """What failed sign-ins are counted against: the account typed (by address or name), or the text typed."""
    user = find_account(identifier)
    return f"user:{user.pk}" if user else f"name:{(identifier or '').strip().lower()}"


class EmailOrUsernameBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        if "@" in username:
            user = find_account(username)
            if user is None:
                get_user_model()().set_password(password)  # same time as a real check
                return None
            username = user.get_username()
        return super().authenticate(request, username=username, password=password, **kwargs)


def _fingerprint(user):
    state = f"{user.pk}|{user.password}|{user.last_login and user.last_login.isoformat()}|{user.email}"
    return salted_hmac(LINK_SALT, state).hexdigest()[:32]


def login_link_token(user):
    """A signed token that signs ``user`` in once, within ``settings.LOGIN_LINK_MAX_AGE`` seconds."""
    return signing.TimestampSigner(salt=LINK_SALT).sign_object({"u": user.pk, "f": _fingerprint(user)})


def user_for_login_link(token):
    """The active user a login link's token signs in, or None if it is forged, expired, used or outdated."""
    try:
        payload = signing.TimestampSigner(salt=LINK_SALT).unsign_object(token, max_age=settings.LOGIN_LINK_MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(payload, dict):
        return None
    user = get_user_model().objects.filter(pk=payload.get("u"), is_active=True).first()
    if user is None or not constant_time_compare(str(payload.get("f")), _fingerprint(user)):
        return None
    return user
