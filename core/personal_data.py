"""Personal data other apps hold about an account: the data export and the account deletion (in My space) ask
every app through Wagtail hooks, so that the app that runs them imports none of the others.

- ``personal_data_export``: ``(user) -> {name: JSON-ready data}``, merged into the member's data export;
- ``personal_data_delete``: ``(user) -> None``, called in the account deletion's transaction, before the account
  is deleted.
"""

from wagtail import hooks

EXPORT = "personal_data_export"
DELETE = "personal_data_delete"


def export(user):
    data = {}
    for function in hooks.get_hooks(EXPORT):
        data.update(function(user))
    return data


def delete(user):
    for function in hooks.get_hooks(DELETE):
        function(user)
