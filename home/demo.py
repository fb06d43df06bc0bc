"""The site's scaffolding for the demo: locales, home pages, standard pages, footer, accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale, Page, Site

from core.models import FooterText, SiteSettings, SocialLinks
from core.translations import translate_with_localize

from .models import HomePage, StandardPage

LANGS = ("fr", "en", "de")
EDITOR = {"username": "editor", "email": "editor@example.lu", "password": "demo-editor-2026"}
MEMBER = {"username": "member", "email": "member@example.lu", "password": "demo-member-2026"}

HOME = {
    "title": {
        "fr": "Les industries créatives du Luxembourg",
        "en": "Luxembourg's creative industries",
        "de": "Die Kreativwirtschaft Luxemburgs",
    },
    "intro": {
        "fr": "<p>Le cluster réunit architectes, designers, studios de jeux, musiciens, artisans d'art et éditeurs : "
        "trouvez le bon partenaire créatif pour votre projet parmi nos membres.</p>",
        "en": "<p>The cluster brings together architects, designers, game studios, musicians, craftspeople and publishers: "
        "find the right creative partner for your project among our members.</p>",
        "de": "<p>Der Cluster vereint Architekturbüros, Designer, Spielestudios, Musiker, Kunsthandwerker und Verlage: "
        "Finden Sie unter unseren Mitgliedern den passenden kreativen Partner für Ihr Projekt.</p>",
    },
}

DIRECTORY = {
    "title": {"fr": "Membres", "en": "Members", "de": "Mitglieder"},
    "slug": {"fr": "membres", "en": "members", "de": "mitglieder"},
    "intro": {
        "fr": "<p>Parcourez l'annuaire des entreprises et indépendants créatifs par branche.</p>",
        "en": "<p>Browse the directory of creative businesses and freelancers by branch.</p>",
        "de": "<p>Durchsuchen Sie das Verzeichnis der kreativen Unternehmen und Selbstständigen nach Branche.</p>",
    },
}

STANDARD_PAGES = [
    {
        "in_menu": True,
        "title": {"fr": "À propos", "en": "About", "de": "Über uns"},
        "slug": {"fr": "a-propos", "en": "about", "de": "ueber-uns"},
        "body": {
            "fr": "Créé en 2016, le cluster soutient le développement économique des industries créatives. "
            "Le secteur compte environ 2 300 entreprises et 7 100 emplois au Luxembourg.",
            "en": "Founded in 2016, the cluster supports the economic development of the creative industries. "
            "The sector counts about 2,300 companies and 7,100 jobs in Luxembourg.",
            "de": "Der 2016 gegründete Cluster fördert die wirtschaftliche Entwicklung der Kreativwirtschaft. "
            "Die Branche zählt in Luxemburg rund 2.300 Unternehmen und 7.100 Arbeitsplätze.",
        },
    },
    {
        "in_menu": True,
        "title": {"fr": "Devenir membre", "en": "Membership", "de": "Mitglied werden"},
        "slug": {"fr": "devenir-membre", "en": "membership", "de": "mitglied-werden"},
        "body": {
            "fr": "L'adhésion est gratuite pour les professionnels des industries créatives établis au Luxembourg "
            "ou dans la Grande Région.",
            "en": "Membership is free for creative-industry professionals based in Luxembourg or the Greater Region.",
            "de": "Die Mitgliedschaft ist für Fachleute der Kreativwirtschaft mit Sitz in Luxemburg oder der "
            "Großregion kostenlos.",
        },
    },
    {
        "in_menu": False,
        "title": {"fr": "Mentions légales", "en": "Legal notice", "de": "Impressum"},
        "slug": {"fr": "mentions-legales", "en": "legal-notice", "de": "impressum"},
        "body": {
            "fr": "Ce site est édité par l'agence de gestion du cluster des industries créatives.",
            "en": "This site is published by the agency that manages the creative industries cluster.",
            "de": "Diese Website wird von der Agentur herausgegeben, die den Cluster der Kreativwirtschaft betreut.",
        },
    },
    {
        "in_menu": False,
        "title": {"fr": "Protection des données", "en": "Privacy", "de": "Datenschutz"},
        "slug": {"fr": "protection-des-donnees", "en": "privacy", "de": "datenschutz"},
        "body": {
            "fr": "Nous ne publions jamais l'adresse e-mail des membres : les visiteurs leur écrivent par un "
            "formulaire de contact. Aucun traceur tiers n'est utilisé.",
            "en": "We never publish members' e-mail addresses: visitors write to them through a contact form. "
            "No third-party tracker is used.",
            "de": "Wir veröffentlichen niemals die E-Mail-Adressen der Mitglieder: Besucher schreiben ihnen über "
            "ein Kontaktformular. Es werden keine Tracker von Drittanbietern verwendet.",
        },
    },
]

FOOTER = {
    "fr": "<p>Cluster des industries créatives · Luxembourg</p>",
    "en": "<p>Creative Industries Cluster · Luxembourg</p>",
    "de": "<p>Cluster der Kreativwirtschaft · Luxemburg</p>",
}


def strings_for(fields, lang):
    """The "French text → text in ``lang``" mapping of a dict of per-language fields."""
    mapping = {}
    for values in fields.values():
        if isinstance(values, dict) and "fr" in values:
            mapping[values["fr"]] = values[lang]
            # Rich text is segmented by paragraph: map the inner text too.
            if values["fr"].startswith("<p>"):
                mapping[values["fr"][3:-4]] = values[lang][3:-4]
    return mapping


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGS}


def translate_tree_page(page, fields, locales):
    """Translate a French page into English and German through wagtail-localize."""
    targets = {locales[lang]: strings_for(fields, lang) for lang in LANGS[1:]}
    return translate_with_localize(page, targets)


def ensure_home(locales):
    home = HomePage.objects.filter(locale=locales["fr"]).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's install creates a placeholder "Welcome" page; the cluster's home replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title=HOME["title"]["fr"], slug="accueil", intro=HOME["intro"]["fr"], locale=locales["fr"]
            )
        )
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "Creative Industries Cluster",
            },
        )
    translate_tree_page(home, HOME, locales)
    return home


def ensure_standard_pages(home, locales):
    """About, membership, legal notice and privacy; the site settings and home page link to them."""
    pages = {}
    for spec in STANDARD_PAGES:
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
    source = FooterText.objects.filter(locale=locales["fr"]).first()
    if source is None:
        source = FooterText.objects.create(body=FOOTER["fr"], locale=locales["fr"])
    for lang in LANGS[1:]:
        if not FooterText.objects.filter(translation_key=source.translation_key, locale=locales[lang]).exists():
            FooterText.objects.create(body=FOOTER[lang], locale=locales[lang], translation_key=source.translation_key)
    social = SocialLinks.load()
    if not social.linkedin:
        social.linkedin = "https://www.linkedin.com/company/example-creative-cluster"
        social.save()


def ensure_accounts():
    """An editor (Wagtail "Editors" group) and a member account, with the passwords from the README."""
    users = get_user_model()
    editor, created = users.objects.get_or_create(username=EDITOR["username"], defaults={"email": EDITOR["email"]})
    if created:
        editor.set_password(EDITOR["password"])
        editor.save()
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
    member, created = users.objects.get_or_create(
        username=MEMBER["username"], defaults={"email": MEMBER["email"], "first_name": "Marie"}
    )
    if created:
        member.set_password(MEMBER["password"])
        member.save()
    return editor, member
