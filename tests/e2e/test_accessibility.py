"""axe-core (axe-playwright-python ships it) on the key pages, in three languages, desktop and mobile.

Zero violations tagged WCAG 2.0/2.1/2.2 A or AA of impact serious or critical. No rule is disabled.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from agenda.models import EventPage
from figures.models import StatisticsPage
from jobs.models import JobPage
from news.models import NewsPage
from portrait.models import PortraitStoryPage
from tests.factories import build_editorial_content, build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TAGS = {"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "tablet": {"width": 768, "height": 1024},
    "mobile": {"width": 390, "height": 844},
}
PASSWORD = "a-long-passphrase-42"


@pytest.fixture
def site(django_user_model):
    tree = build_site_tree(members_per_branch=1)
    build_editorial_content(tree)
    member = tree.members[0]["fr"]
    owner = django_user_model.objects.create_user("owner@example.lu", "owner@example.lu", PASSWORD)
    member.owners.add(owner)
    return tree


def first(model, lang):
    return model.objects.live().filter(locale__language_code=lang).first().url


def key_pages(tree, lang):
    return {
        "home": tree.home[lang].url,
        "directory with facets": tree.directory[lang].url + "?branch=design&kind=company",
        "branch": tree.branches["design"][lang].url,
        "member": tree.members[0][lang].url,
        "news": first(NewsPage, lang),
        "event": first(EventPage, lang),
        "job": first(JobPage, lang),
        "portrait story": first(PortraitStoryPage, lang),
        "statistics": first(StatisticsPage, lang),
        "application form": {"fr": "/fr/adhesion/", "en": "/en/apply/", "de": "/de/antrag/"}[lang],
        "matchmaking": {"fr": "/fr/mise-en-relation/", "en": "/en/matchmaking/", "de": "/de/matchmaking/"}[lang],
        "my space": {"fr": "/fr/mon-espace/", "en": "/en/my-space/", "de": "/de/mein-bereich/"}[lang],
    }


def serious(results):
    return [
        f"{rule['id']} ({rule['impact']}): {rule['help']} — {[node['target'] for node in rule['nodes']][:3]}"
        for rule in results.response["violations"]
        if rule["impact"] in ("serious", "critical") and TAGS & set(rule["tags"])
    ]


def sign_in(page, lang):
    path = {"fr": "/fr/mon-espace/connexion/", "en": "/en/my-space/sign-in/", "de": "/de/mein-bereich/anmelden/"}[lang]
    page.goto(path)
    page.fill("#id_username", "owner@example.lu")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def key_pages_have_no_serious_accessibility_violations(site, new_page, capsys):
    axe = Axe()
    checked, problems = 0, []
    for lang in ("fr", "en", "de"):
        for viewport_name, viewport in VIEWPORTS.items():
            page = new_page(viewport=viewport, locale={"fr": "fr-FR", "en": "en-GB", "de": "de-DE"}[lang])
            sign_in(page, lang)
            for name, path in key_pages(site, lang).items():
                page.goto(path)
                found = serious(axe.run(page))
                checked += 1
                problems += [f"{lang} {viewport_name} {name} {path}: {problem}" for problem in found]
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > viewport["width"]:
                    problems.append(f"{lang} {viewport_name} {name}: scrolls sideways ({width}px)")
                if page.evaluate("document.documentElement.lang") != lang:
                    problems.append(f"{lang} {viewport_name} {name}: <html lang> is not {lang}")
    # The check itself works: an image without a text alternative is reported.
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/none.png\">')")
    assert any(problem.startswith("image-alt") for problem in serious(axe.run(page)))
    with capsys.disabled():
        print(f"\naxe: {checked} page checks (12 pages × 3 languages × 3 viewports), {len(problems)} problems")
    assert not problems, "\n".join(problems)


def no_sideways_scrolling_at_320_pixels_or_at_200_percent_text(site, new_page):
    """WCAG 1.4.10 reflow: 320 CSS pixels wide; 1.4.4: text at 200 % (the root font size doubled) still fits."""
    page = new_page(viewport={"width": 320, "height": 640})
    problems = []
    for name, path in key_pages(site, "fr").items():
        if name == "my space":
            continue
        page.goto(path)
        for zoom in ("100%", "200%"):
            page.evaluate(f"document.documentElement.style.fontSize = '{zoom}'")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                problems.append(f"{name} at {zoom} text: {width}px wide")
    assert not problems, "\n".join(problems)


def test_key_pages_pass_axe_and_reflow_at_320_pixels_and_200_percent_text(site, new_page, capsys, subtests):
    """Both checks on one built site (about 20 s to build; a transactional test empties the database when it
    ends), each a subtest: one that fails is reported by name and the other still runs."""
    with subtests.test(msg="key pages have no serious accessibility violations"):
        key_pages_have_no_serious_accessibility_violations(site, new_page, capsys)
    with subtests.test(msg="no sideways scrolling at 320 pixels or at 200 percent text"):
        no_sideways_scrolling_at_320_pixels_or_at_200_percent_text(site, new_page)
