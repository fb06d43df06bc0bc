import factory
from django.utils import timezone

from matchmaking.models import Brief, BriefRecipient


class BriefFactory(factory.django.DjangoModelFactory):
    """A confirmed brief (``confirmed_at=None`` for one waiting for its e-mail confirmation)."""

    text = "Logo und Verpackung für unsere Bäckerei"
    language = "de"
    page_language = factory.LazyAttribute(lambda o: o.language)
    contact_name = "Jana Becker"
    email = factory.Sequence(lambda n: f"company-{n}@example.lu")
    consent_at = factory.LazyFunction(timezone.now)
    created_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyAttribute(lambda o: o.created_at)

    class Meta:
        model = Brief


class BriefRecipientFactory(factory.django.DjangoModelFactory):
    brief = factory.SubFactory(BriefFactory, sent_at=factory.LazyFunction(timezone.now))
    rank = factory.Sequence(lambda n: n + 1)
    score = 0.5

    class Meta:
        model = BriefRecipient
