"""Security headers on real responses: a policy that allows no inline script, and the other headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

ROOT = Path(__file__).resolve().parent.parent


def policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/fr/", "/de/mitglieder/", "/en/members/design-en/", "/fr/mise-en-relation/", "/api/v1/directory/?lang=fr"],
)
def test_public_responses_carry_a_strict_policy(site_tree, path):
    response = Client().get(path)
    assert response.status_code == 200
    found = policy(response)
    assert found["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in found["style-src"] and "'unsafe-eval'" not in found["script-src"]
    assert found["object-src"] == ["'none'"]
    assert found["frame-ancestors"] == ["'self'"]
    assert found["form-action"] == ["'self'"] and found["base-uri"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    # The older header says what frame-ancestors says: framed by the portal itself only.
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_pages_served_from_the_cache_keep_their_headers(site_tree):
    client = Client()
    client.get("/fr/")
    cached = client.get("/fr/")
    assert cached["X-Page-Cache"] == "hit"
    assert policy(cached)["script-src"] == ["'self'"]


@pytest.mark.django_db
def test_a_member_page_has_no_inline_script(site_tree):
    member = site_tree.members[0]["fr"]
    html = Client().get(member.url).content.decode()
    from bs4 import BeautifulSoup

    scripts = BeautifulSoup(html, "html.parser").find_all("script")
    # A member page has no structured data (JSON-LD, the only inline script the policy would tolerate, as data):
    # its scripts (the site's menus, the video consent, the gallery's lightbox) are files from the static files,
    # with nothing written inline.
    found = [(script.get("src"), script.get("type"), script.string) for script in scripts]
    assert ("/static/js/video-consent.js", None, None) in found
    assert all(src and src.startswith("/static/js/") and not string for src, _type, string in found), found


def test_the_admin_keeps_its_own_headers():
    assert "/admin/" in settings.CONTENT_SECURITY_POLICY["EXCLUDE_URL_PREFIXES"]


def test_production_settings_pass_the_deploy_check_and_set_https_headers():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "check-deploy-" + "x" * 60,
        "ALLOWED_HOSTS": "portal.example.org",
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests in this process; refused in deployment
    check = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    probe = (
        "from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.X_FRAME_OPTIONS, *s.CONTENT_SECURITY_POLICY['DIRECTIVES']['frame-ancestors'])"
    )
    shown = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "shell", "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    hsts, session_secure, csrf_secure, redirect, frame_options, frame_ancestors = shown.stdout.split()[-6:]
    assert int(hsts) >= 31536000 and session_secure == csrf_secure == redirect == "True"
    # Framing: X-Frame-Options and the policy's frame-ancestors agree (the widget is a script, never framed).
    assert (frame_options, frame_ancestors) == ("SAMEORIGIN", "'self'")


def test_production_refuses_to_start_without_a_secret_key():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production", "ALLOWED_HOSTS": "x.org"}
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr
