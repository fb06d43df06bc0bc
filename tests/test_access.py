"""The Wagtail admin is out of reach of anonymous visitors: every admin address sends them to sign in."""

import re

import pytest
from django.test import Client
from django.urls import get_resolver
from django.urls.resolvers import URLResolver

pytestmark = pytest.mark.django_db

# Admin addresses that are public by design: signing in and recovering a password, and the
# JavaScript catalogue and icons that the sign-in page itself needs.
PUBLIC = re.compile(r"^admin/(login/|password_reset/|jsi18n/|sprite/)")


def admin_routes():
    """Every admin route without a parameter, e.g. ``admin/pages/search/``."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif not re.search(r"[<(^$\\[]", route):
                yield route

    (admin,) = [p for p in get_resolver().url_patterns if str(p.pattern) == "admin/"]
    return sorted(set(walk(admin.url_patterns, "admin/")))


def test_every_admin_address_sends_anonymous_visitors_to_sign_in():
    routes = [route for route in admin_routes() if not PUBLIC.match(route)]
    assert len(routes) > 60
    client = Client()
    answers = {}
    for route in routes:
        response = client.get(f"/{route}")
        answers[route] = (response.status_code, response.get("Location"))
    # Every one of them, without exception: a redirect to the sign-in page, which brings the visitor back after.
    assert answers == {route: (302, f"/admin/login/?next=/{route}") for route in routes}


def test_admin_sign_in_refuses_a_forged_post():
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403
