"""Similar members: the members of the page's language who share the most skills and branches with a member.

Two queries per member page, served and then kept with it in the page cache (any publish renews the cache, so
the cards follow the members they show): one ranks the members of the same language by a score (two points per
shared skill, one per shared branch) with a correlated count on each relation table, the other reads which of
the page's skills and branches each chosen member shares, for the cards' "shares" line. Labels come from the page's own
vocabulary entries, in the visitor's language (the page's).
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from core.performance.restrictions import private_q

SIMILAR_LIMIT = 4
SKILL_POINTS = 2
BRANCH_POINTS = 1


@dataclass
class SimilarMember:
    page: object
    skills: list = field(default_factory=list)
    branches: list = field(default_factory=list)

    @property
    def shared(self):
        """The labels of what the member shares with the page: skills first, then branches."""
        return [entry.label for entry in (*self.skills, *self.branches)]


def _shared_count(model, name, ids):
    """A subquery counting the rows of relation ``name`` of the outer member that point at ``ids``."""
    relation = model._meta.get_field(name)
    through = relation.remote_field.through
    owner, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    counted = (
        through.objects.filter(**{owner: OuterRef("pk"), f"{target}__in": ids})
        .order_by()
        .values(owner)
        .annotate(shared=Count("pk"))
        .values("shared")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def similar_members(page, branches, skills, limit=SIMILAR_LIMIT):
    """Up to ``limit`` live, public members in ``page``'s language sharing skills or branches with it (``branches``
    and ``skills``: its vocabulary entries), the closest first, each with what it shares."""
    if not branches and not skills:
        return []
    model = type(page)
    branch_ids = [branch.pk for branch in branches]
    skill_ids = [skill.pk for skill in skills]
    queryset = model.objects.live().filter(locale_id=page.locale_id).exclude(translation_key=page.translation_key)
    queryset = queryset.exclude(private_q(queryset))
    candidates = list(
        queryset.annotate(
            shared_skills=_shared_count(model, "skills", skill_ids),
            shared_branches=_shared_count(model, "branches", branch_ids),
        )
        .annotate(score=SKILL_POINTS * F("shared_skills") + BRANCH_POINTS * F("shared_branches"))
        .filter(score__gt=0)
        .select_related("locale")
        .only("id", "path", "depth", "url_path", "title", "tagline", "kind", "locale", "translation_key", "live")
        .order_by("-score", "title", "pk")[:limit]
    )
    if not candidates:
        return []
    chosen = [member.pk for member in candidates]
    shared = _shared_rows(model, "skills", chosen, skill_ids, 0).union(
        _shared_rows(model, "branches", chosen, branch_ids, 1), all=True
    )
    found = {}
    for member_id, entry_id, kind in shared:
        found.setdefault((member_id, kind), set()).add(entry_id)
    return [
        SimilarMember(
            page=member,
            skills=[skill for skill in skills if skill.pk in found.get((member.pk, 0), ())],
            branches=[branch for branch in branches if branch.pk in found.get((member.pk, 1), ())],
        )
        for member in candidates
    ]


def _shared_rows(model, name, members, ids, kind):
    """(member id, entry id, ``kind``) rows of relation ``name`` between ``members`` and the entries ``ids``."""
    relation = model._meta.get_field(name)
    through = relation.remote_field.through
    owner, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    return (
        through.objects.filter(**{f"{owner}_id__in": members, f"{target}_id__in": ids})
        .order_by()
        .annotate(kind=Value(kind, output_field=IntegerField()))
        .values_list(f"{owner}_id", f"{target}_id", "kind")
    )
