import datetime

import factory
import wagtail_factories

from news.models import NewsCategory, NewsIndexPage, NewsPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"category-{n}")
    label_fr = factory.LazyAttribute(lambda o: f"Catégorie {o.code}")
    label_en = factory.LazyAttribute(lambda o: f"Category {o.code}")
    label_de = factory.LazyAttribute(lambda o: f"Kategorie {o.code}")

    class Meta:
        model = NewsCategory
        django_get_or_create = ("code",)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actualités"
    slug = "actualites"
    intro = "<p>Les nouvelles du cluster.</p>"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 10, 1) - datetime.timedelta(days=n))
    intro = "Le cluster accueille de nouveaux membres."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Un texte d'article.</p>")])

    class Meta:
        model = NewsPage
