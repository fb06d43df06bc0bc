import datetime

import factory
import wagtail_factories

from jobs.dates import today
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage


class JobIndexPageFactory(wagtail_factories.PageFactory):
    title = "Offres d'emploi"
    slug = "offres-emploi"
    intro = "<p>Les offres d'emploi des industries créatives.</p>"

    class Meta:
        model = JobIndexPage


class JobPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Graphiste {n}")
    slug = factory.Sequence(lambda n: f"graphiste-{n}")
    employer_name = "Studio Moselle"
    contract_type = "permanent"
    workload = "full-time"
    location = "Esch-sur-Alzette"
    remote = "hybrid"
    expiry_date = factory.LazyFunction(lambda: today() + datetime.timedelta(days=30))
    description = factory.LazyFunction(
        lambda: [("paragraph", "<p>Vous concevez des identités visuelles pour nos clients culturels.</p>")]
    )
    how_to_apply = "<p>Envoyez un CV et un portfolio.</p>"
    apply_email = "jobs@studio-moselle.example.lu"

    class Meta:
        model = JobPage


class CollaborationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Collaborations et appels d'offres"
    slug = "collaborations"
    intro = "<p>Les demandes de collaboration et appels d'offres.</p>"

    class Meta:
        model = CollaborationIndexPage


class CollaborationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Recherche illustrateur {n}")
    slug = factory.Sequence(lambda n: f"recherche-illustrateur-{n}")
    kind = "collaboration"
    author_name = "Éditions du Nord"
    deadline = factory.LazyFunction(lambda: today() + datetime.timedelta(days=20))
    budget = "5 000 € HT"
    summary_text = "Nous cherchons un illustrateur pour un album jeunesse."
    description = factory.LazyFunction(lambda: [("paragraph", "<p>Un album de 32 pages, parution au printemps.</p>")])
    how_to_respond = "<p>Écrivez-nous avec trois exemples de travaux.</p>"

    class Meta:
        model = CollaborationPage
