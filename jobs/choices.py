"""The vocabularies of job offers and collaboration requests (stored values are language-independent)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContractType(models.TextChoices):
    PERMANENT = "permanent", _("Permanent contract")
    FIXED_TERM = "fixed-term", _("Fixed-term contract")
    FREELANCE = "freelance", _("Freelance assignment")
    INTERNSHIP = "internship", _("Internship")
    APPRENTICESHIP = "apprenticeship", _("Apprenticeship")
    STUDENT_JOB = "student-job", _("Student job")


class Workload(models.TextChoices):
    FULL_TIME = "full-time", _("Full time")
    PART_TIME = "part-time", _("Part time")


class Remote(models.TextChoices):
    ON_SITE = "on-site", _("On site")
    HYBRID = "hybrid", _("Hybrid (on site and remote)")
    REMOTE = "remote", _("Fully remote")


class CollaborationKind(models.TextChoices):
    COLLABORATION = "collaboration", _("Collaboration request")
    TENDER = "tender", _("Call for tender")


# schema.org JobPosting employmentType values: the contract first, then the working time.
CONTRACT_EMPLOYMENT_TYPES = {
    ContractType.PERMANENT: [],
    ContractType.FIXED_TERM: ["TEMPORARY"],
    ContractType.FREELANCE: ["CONTRACTOR"],
    ContractType.INTERNSHIP: ["INTERN"],
    ContractType.APPRENTICESHIP: ["OTHER"],
    ContractType.STUDENT_JOB: ["TEMPORARY"],
}
WORKLOAD_EMPLOYMENT_TYPES = {Workload.FULL_TIME: "FULL_TIME", Workload.PART_TIME: "PART_TIME"}
