"""Screenshots of the key pages at a phone's and a laptop's width, in the three languages (``make screenshots``).

Against a running site (``make run`` in another terminal, with the demo data): the home page, the directory,
the first member page of the directory and My space's edit form (signed in as the demo member), each at
390 and 1280 px wide, in fr, en and de, as full-page PNG files in screenshots/ (not committed). Playwright
drives Debian's chromium, as the browser tests do.

    .venv/bin/python tools/screenshots.py [--base-url http://127.0.0.1:8000] [--out screenshots]
"""

import argparse
import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
WIDTHS = {"390": {"width": 390, "height": 844}, "1280": {"width": 1280, "height": 800}}
LANGS = ("fr", "en", "de")
DIRECTORY = {"fr": "/fr/membres/", "en": "/en/members/", "de": "/de/mitglieder/"}
SIGN_IN = {"fr": "/fr/mon-espace/connexion/", "en": "/en/my-space/sign-in/", "de": "/de/mein-bereich/anmelden/"}
SPACE = {"fr": "/fr/mon-espace/", "en": "/en/my-space/", "de": "/de/mein-bereich/"}
MEMBER = {"username": "member@example.lu", "password": "demo-member-2026"}  # the README's demo member


def sign_in(page, base, lang):
    page.goto(base + SIGN_IN[lang])
    page.fill("#id_username", MEMBER["username"])
    page.fill("#id_password", MEMBER["password"])
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def pages(page, base, lang):
    """{name: path}: the member page is the directory's first result, the form the demo member's first page."""
    page.goto(base + DIRECTORY[lang])
    member = page.locator(".directory__list .member-card a").first.get_attribute("href")
    page.goto(base + SPACE[lang])
    links = page.locator("main a").evaluate_all("links => links.map(link => link.getAttribute('href') || '')")
    form = next((href for href in links if re.fullmatch(re.escape(SPACE[lang]) + r"\d+/", href)), None)
    found = {"home": f"/{lang}/", "directory": DIRECTORY[lang], "member": member}
    if form:
        found["my-space-edit"] = form
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default="screenshots")
    args = parser.parse_args(argv)
    base, out = args.base_url.rstrip("/"), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for lang in LANGS:
            for width_name, viewport in WIDTHS.items():
                context = browser.new_context(viewport=viewport, locale=lang)
                page = context.new_page()
                sign_in(page, base, lang)
                for name, path in pages(page, base, lang).items():
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    # Lazy images load when they come near the screen: scroll the whole page once, as a visitor.
                    page.evaluate(
                        "async () => { for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {"
                        " scrollTo(0, y); await new Promise((done) => setTimeout(done, 50)); } scrollTo(0, 0); }"
                    )
                    page.wait_for_load_state("networkidle")
                    target = out / f"{name}-{lang}-{width_name}.png"
                    page.screenshot(path=str(target), full_page=True)
                    written += 1
                    print(f"{target}  ({base + path})")
                context.close()
        browser.close()
    print(f"{written} screenshots in {out}/")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
