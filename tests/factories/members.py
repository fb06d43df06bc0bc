import factory
import wagtail_factories
from wagtail.images.tests.utils import get_test_image_file

from members.models import BranchPage, DirectoryPage, MemberPage, PortfolioItem
from taxonomy.models import Branch, Skill, SpokenLanguage


class BranchFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"branch-{n}")
    label_fr = factory.LazyAttribute(lambda o: f"Branche {o.code}")
    label_en = factory.LazyAttribute(lambda o: f"Branch {o.code}")
    label_de = factory.LazyAttribute(lambda o: f"Branche {o.code} (de)")

    class Meta:
        model = Branch
        django_get_or_create = ("code",)


class SkillFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"skill-{n}")
    branch = factory.SubFactory(BranchFactory)
    label_fr = factory.LazyAttribute(lambda o: f"compétence {o.code}")
    label_en = factory.LazyAttribute(lambda o: f"skill {o.code}")
    label_de = factory.LazyAttribute(lambda o: f"Fähigkeit {o.code}")

    class Meta:
        model = Skill
        django_get_or_create = ("code",)


class SpokenLanguageFactory(factory.django.DjangoModelFactory):
    code = "fr"

    class Meta:
        model = SpokenLanguage
        django_get_or_create = ("code",)


class ImageFactory(wagtail_factories.ImageFactory):
    file = factory.LazyFunction(get_test_image_file)


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Membres"
    slug = "membres"

    class Meta:
        model = DirectoryPage


class BranchPageFactory(wagtail_factories.PageFactory):
    branch = factory.SubFactory(BranchFactory)
    title = factory.LazyAttribute(lambda o: o.branch.label_fr)
    slug = factory.LazyAttribute(lambda o: o.branch.code)

    class Meta:
        model = BranchPage


class MemberPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Studio {n}")
    slug = factory.Sequence(lambda n: f"studio-{n}")
    kind = "company"
    tagline = "Identité visuelle et packaging"
    bio = "<p>Un studio créatif à Esch-sur-Alzette.</p>"
    canton = "esch-sur-alzette"
    commune = "Esch-sur-Alzette"
    contact_email = factory.Sequence(lambda n: f"secret-{n}@hidden.example.lu")

    class Meta:
        model = MemberPage


class PortfolioItemFactory(factory.django.DjangoModelFactory):
    page = None
    media_type = "image"
    title = factory.Sequence(lambda n: f"Projet {n}")
    year = 2024
    client = "Boulangerie Schmit"
    credits = "Photo : Anne Weber"
    caption = "Une identité pour une boulangerie."
    image = factory.SubFactory(ImageFactory)
    alt_text = factory.Sequence(lambda n: f"Affiche colorée numéro {n}")

    class Meta:
        model = PortfolioItem


class UserFactory(factory.django.DjangoModelFactory):
    """A member account: signs in with its e-mail address and ``password``."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.lu")
    first_name = "Alex"
    last_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.django.Password("correct-horse-battery-staple")

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
