"""The cluster's vocabulary: branches, skills (labels, synonyms and role nouns in three languages), spoken languages.

Real data, not demo data: migration 0002 loads ``taxonomy/data/taxonomy.json`` into a fresh database, and
editors keep them in the admin. Language-independent: facets count them by id, the same in every locale."""

from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.invalidation import renews_page_cache
from core.models import LocalizedLabelMixin


class Branch(LocalizedLabelMixin):
    """One of the cluster's twelve branches (architecture, design, music...)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("label_fr"),
        FieldPanel("label_en"),
        FieldPanel("label_de"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        db_table = "members_branch"  # made by the members app, before taxonomy existed
        ordering = ["sort_order", "code"]
        verbose_name = _("branch")
        verbose_name_plural = _("branches")


class Skill(index.Indexed, LocalizedLabelMixin):
    """A skill or service from the controlled vocabulary, grouped by branch."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="skills", verbose_name=_("branch"))
    synonyms_fr = models.TextField(_("synonyms (French)"), blank=True, help_text=_("One per line."))
    synonyms_en = models.TextField(_("synonyms (English)"), blank=True, help_text=_("One per line."))
    synonyms_de = models.TextField(_("synonyms (German)"), blank=True, help_text=_("One per line."))
    roles_fr = models.TextField(
        _("role nouns (French)"),
        blank=True,
        help_text=_(
            "Who does this work, one per line, masculine and feminine: graphiste, illustrateur, illustratrice."
        ),
    )
    roles_en = models.TextField(
        _("role nouns (English)"), blank=True, help_text=_("Who does this work, one per line: illustrator.")
    )
    roles_de = models.TextField(
        _("role nouns (German)"),
        blank=True,
        help_text=_("Who does this work, one per line, masculine and feminine: Illustrator, Illustratorin."),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("branch"),
        FieldPanel("label_fr"),
        FieldPanel("label_en"),
        FieldPanel("label_de"),
        FieldPanel("synonyms_fr"),
        FieldPanel("synonyms_en"),
        FieldPanel("synonyms_de"),
        FieldPanel("roles_fr"),
        FieldPanel("roles_en"),
        FieldPanel("roles_de"),
    ]
    search_fields = [
        index.SearchField("label_fr"),
        index.SearchField("label_en"),
        index.SearchField("label_de"),
        index.AutocompleteField("label_fr"),
        index.AutocompleteField("label_en"),
        index.AutocompleteField("label_de"),
        index.FilterField("branch"),
    ]

    class Meta:
        db_table = "members_skill"  # made by the members app, before taxonomy existed
        ordering = ["branch__sort_order", "code"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")


class SpokenLanguage(models.Model):
    """A language a member works in; its name comes from Django's catalogues."""

    code = models.CharField(_("code"), max_length=8, unique=True)

    class Meta:
        db_table = "members_spokenlanguage"  # made by the members app, before taxonomy existed
        ordering = ["code"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    @property
    def label(self):
        try:
            return get_language_info(self.code)["name_translated"]
        except KeyError:
            return self.code

    def __str__(self):
        return str(self.label)


renews_page_cache(SpokenLanguage)  # Branch and Skill through LocalizedLabelMixin
