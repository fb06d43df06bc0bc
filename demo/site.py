"""The site's scaffolding: locales, home pages, standard pages, footer, social links, accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale, Page, Site

from core.absolute import sync_site
from core.models import FooterText, SiteSettings, SocialLinks
from home.models import HomePage, StandardPage

from .data import LANGS, load
from .localize import translate_tree_page


def site_data():
    return load("site")


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGS}


def ensure_home(locales):
    spec = site_data()["home"]
    home = HomePage.objects.filter(locale=locales["fr"]).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's install creates a placeholder "Welcome" page; the cluster's home replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title=spec["title"]["fr"], slug="accueil", intro=spec["intro"]["fr"], locale=locales["fr"]
            )
        )
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home, "site_name": "Creative Industries Cluster"},
        )
    # The Site record's address follows BASE_URL on every run (core.absolute: the portal's links come from BASE_URL
    # whatever the record says; Wagtail's admin and API read the record for plain pages).
    sync_site()
    translate_tree_page(home, spec, locales)
    return home


def ensure_standard_pages(home, locales):
    """About, membership, legal notice and privacy; the site settings and home page link to them."""
    pages = {}
    for spec in site_data()["standard_pages"]:
        page = StandardPage.objects.child_of(home).filter(slug=spec["slug"]["fr"]).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title=spec["title"]["fr"],
                    slug=spec["slug"]["fr"],
                    show_in_menus=spec["in_menu"],
                    body=[("paragraph", f"<p>{spec['body']['fr']}</p>")],
                    locale=locales["fr"],
                )
            )
            page.save_revision().publish()
        translate_tree_page(page, {**spec, "body": {k: f"<p>{v}</p>" for k, v in spec["body"].items()}}, locales)
        pages[spec["slug"]["en"]] = page
    settings = SiteSettings.load()
    if settings.legal_page_id is None or settings.privacy_page_id is None:
        settings.legal_page, settings.privacy_page = pages["legal-notice"], pages["privacy"]
        settings.save()
    if home.membership_page_id is None:
        # Synchronised to every language version of the home page.
        for version in home.get_translations(inclusive=True).specific():
            version.membership_page = pages["membership"]
            version.save_revision().publish()
    return pages


def ensure_footer(locales):
    footer = site_data()["footer"]
    source = FooterText.objects.filter(locale=locales["fr"]).first()
    if source is None:
        source = FooterText.objects.create(body=footer["fr"], locale=locales["fr"])
    for lang in LANGS[1:]:
        if not FooterText.objects.filter(translation_key=source.translation_key, locale=locales[lang]).exists():
            FooterText.objects.create(body=footer[lang], locale=locales[lang], translation_key=source.translation_key)
    social = SocialLinks.load()
    if not social.linkedin:
        social.linkedin = site_data()["social"]["linkedin"]
        social.save()


def _account(spec, **defaults):
    user, created = get_user_model().objects.get_or_create(
        username=spec["username"], defaults={"email": spec["email"], **defaults}
    )
    if created:
        user.set_password(spec["password"])
        user.save()
    return user


def ensure_accounts():
    """An editor (Wagtail "Editors" and "Moderators" groups) and a member account, with the README's passwords."""
    accounts = site_data()["accounts"]
    editor = _account(accounts["editor"])
    for name in ("Editors", "Moderators"):
        group = Group.objects.filter(name=name).first()
        if group:
            editor.groups.add(group)
    # Moderators decide membership applications and see the record of deleted accounts.
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators:
        moderators.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="members",
                codename__in=["view_membershipapplication", "change_membershipapplication", "view_accountdeletion"],
            )
        )
    member = _account(accounts["member"], first_name=accounts["member"]["first_name"])
    return editor, member
