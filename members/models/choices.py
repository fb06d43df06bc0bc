"""The fixed vocabularies of member pages (kinds, cantons, countries, team sizes, membership, media)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    FREELANCER = "freelancer", _("Freelancer")
    COMPANY = "company", _("Company")
    COLLECTIVE = "collective", _("Collective")
    ASSOCIATION = "association", _("Association")
    INSTITUTION = "institution", _("Institution")


class Canton(models.TextChoices):
    CAPELLEN = "capellen", "Capellen"
    CLERVAUX = "clervaux", "Clervaux"
    DIEKIRCH = "diekirch", "Diekirch"
    ECHTERNACH = "echternach", "Echternach"
    ESCH = "esch-sur-alzette", "Esch-sur-Alzette"
    GREVENMACHER = "grevenmacher", "Grevenmacher"
    LUXEMBOURG = "luxembourg", "Luxembourg"
    MERSCH = "mersch", "Mersch"
    REDANGE = "redange", "Redange"
    REMICH = "remich", "Remich"
    VIANDEN = "vianden", "Vianden"
    WILTZ = "wiltz", "Wiltz"


class Country(models.TextChoices):
    LUXEMBOURG = "LU", _("Luxembourg")
    FRANCE = "FR", _("France")
    BELGIUM = "BE", _("Belgium")
    GERMANY = "DE", _("Germany")
    OTHER = "XX", _("Other country")


class TeamSize(models.TextChoices):
    SOLO = "1", _("1 person")
    SMALL = "2-5", _("2 to 5 people")
    MEDIUM = "6-10", _("6 to 10 people")
    LARGE = "11-50", _("11 to 50 people")
    XLARGE = "51+", _("more than 50 people")


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PENDING = "pending", _("Pending approval")
    SUSPENDED = "suspended", _("Suspended")
    FORMER = "former", _("Former member")


class MediaType(models.TextChoices):
    IMAGE = "image", _("Image")
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
    PDF = "pdf", _("PDF document")
