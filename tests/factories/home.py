import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "fr"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"
    intro = "<p>Bienvenue</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")

    class Meta:
        model = StandardPage


def make_home(locale_code="fr"):
    """A French home page at the root of the default site (Wagtail's placeholder removed)."""
    locales = {code: LocaleFactory(language_code=code) for code in ("fr", "en", "de")}
    root = Page.get_first_root_node()
    for placeholder in root.get_children().filter(content_type__model="page"):
        placeholder.delete()
    home = HomePageFactory(parent=root, locale=locales[locale_code])
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    return home, locales


def translate_page(page, locale, **fields):
    """A published copy of ``page`` in ``locale`` with ``fields`` changed (what an editor's translation gives)."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific
