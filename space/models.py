"""My space has no models of its own: it works on the sections' pages. Imported when Django loads the apps, this
connects what must run whatever the request: an approved post publishes all its languages (``posting``)."""

from . import posting  # noqa: F401
