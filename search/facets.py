"""The directory's facets: their URL parameters, their values and labels in each language."""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from members.models import Canton, Kind, MediaType
from taxonomy.models import Branch, Skill, SpokenLanguage

from .models import IndexState


@dataclass(frozen=True)
class Facet:
    name: str  # also the URL parameter
    label: str
    boolean: bool = False
    values: tuple = ()  # ((code, label), ...) in display order

    def codes(self):
        return {code for code, _label in self.values}


# Order of the facets on the page and in the JSON.
FACET_NAMES = ("branch", "kind", "canton", "language", "skill", "available", "collab", "media")
MULTI_VALUED = ("branch", "kind", "canton", "language", "skill", "media")
BOOLEAN = ("available", "collab")
# The works view (search.works): its member's facets plus the work's own year.
WORK_FACET_NAMES = (*FACET_NAMES, "year")
WORK_MULTI_VALUED = (*MULTI_VALUED, "year")


@dataclass
class Vocabulary:
    """Every facet with all of its values, labelled in one language."""

    language: str
    version: int
    facets: dict = field(default_factory=dict)

    def __getitem__(self, name):
        return self.facets[name]

    def __iter__(self):
        return iter(self.facets.values())

    labels: dict = field(default_factory=dict)  # facet name → {code: label}, filled on first use

    def label(self, facet, code):
        found = self.labels.get(facet)
        if found is None:
            found = self.labels[facet] = dict(self.facets[facet].values)
        return found.get(code, code)


def build_vocabulary(language, version):
    with translation.override(language):
        branches = [(b.code, b.label) for b in Branch.objects.all()]
        skills = sorted(((s.code, s.label) for s in Skill.objects.all()), key=lambda pair: pair[1].casefold())
        languages = sorted(
            ((lang.code, str(lang.label)) for lang in SpokenLanguage.objects.all()), key=lambda pair: pair[1].casefold()
        )
        facets = [
            Facet("branch", str(_("Branch")), values=tuple(branches)),
            Facet("kind", str(_("Kind")), values=tuple((c, str(label)) for c, label in Kind.choices)),
            Facet("canton", str(_("Canton")), values=tuple((c, str(label)) for c, label in Canton.choices)),
            Facet("language", str(_("Languages spoken")), values=tuple(languages)),
            Facet("skill", str(_("Skills and services")), values=tuple(skills)),
            Facet("available", str(_("Available for hire")), True, (("1", str(_("Available for hire"))),)),
            Facet("collab", str(_("Open to collaboration")), True, (("1", str(_("Open to collaboration"))),)),
            Facet("media", str(_("Portfolio media")), values=tuple((c, str(label)) for c, label in MediaType.choices)),
        ]
    return Vocabulary(language, version, {f.name: f for f in facets})


_vocabularies = {}


def vocabulary(language, version=None):
    """The vocabulary for ``language``, rebuilt in this process when the index version changes."""
    if version is None:
        version = IndexState.current()
    cached = _vocabularies.get(language)
    if cached is None or cached.version != version:
        cached = _vocabularies[language] = build_vocabulary(language, version)
    return cached
