"""A bare Django WSGI app, the page benchmark's lower bound: no middleware, no app, no database, no template.

Settings, URLconf and WSGI application in one module (``DJANGO_SETTINGS_MODULE=bench.bare_app``), served by
``bench/pages.py`` with gunicorn next to the portal (same workers, same worker class), one view answering "ok".
Whatever the portal's ``/healthz`` costs above it is its middleware stack, its page cache and its settings.

gunicorn reads this module as its configuration too (``--config python:bench.bare_app``): it holds no gunicorn
setting (those are lower case), and the portal's ``gunicorn.conf.py`` (warm-up, garbage collection hooks, view
counts) is then not read from the working directory. Django is thus set up once in gunicorn's master, before
the workers are forked.
"""

import os

from django.http import HttpResponse
from django.urls import path

DEBUG = False
SECRET_KEY = "bench-bare-app-only-" + "x" * 40
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
TEMPLATES = []
ROOT_URLCONF = __name__
USE_I18N = False


def ok_view(request):
    return HttpResponse("ok")


urlpatterns = [path("", ok_view)]

if os.environ.get("DJANGO_SETTINGS_MODULE") == __name__:
    # Only in the bare app's own gunicorn workers (imported by gunicorn as its configuration, or as the app).
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
