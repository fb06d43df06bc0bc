"""Sign in with an e-mail address (members) or a user name (editors)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailOrUsernameBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        users = get_user_model()
        if "@" in username:
            matches = list(users.objects.filter(email__iexact=username.strip())[:2])
            if len(matches) != 1:  # unknown, or an ambiguous address: never guess
                users().set_password(password)  # same time as a real check
                return None
            username = matches[0].get_username()
        return super().authenticate(request, username=username, password=password, **kwargs)
