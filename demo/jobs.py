"""Demo job offers and collaboration requests (``data/jobs.json``), in French, English and German.

Idempotent: pages are found by their French slug and created only when missing;
translations are made once, through wagtail-localize, as an editor would. Dates
are relative to the day the demo is built, so a fresh demo always has open offers
(and, on purpose, two expired offers and one closed request whose pages say so).
"""

import datetime
from collections import defaultdict

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from jobs.dates import today
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage
from members.models import BranchPage
from taxonomy.models import Branch

from .data import LANGS, load
from .localize import translate_tree_page


def jobs_data():
    return load("jobs")


def ensure_demo(home, locales, members):
    """Create the job and collaboration indexes and their demo pages under the French ``home``."""
    data = jobs_data()
    by_branch = _members_by_branch(members)
    job_index = _ensure_index(home, locales, JobIndexPage, data["job_index"])
    for number, spec in enumerate(data["jobs"]):
        employer = None if spec["employer"] else _pick(by_branch, members, spec["branch"], number, employer=True)
        _ensure_job(job_index, locales, spec, employer)
    collab_index = _ensure_index(home, locales, CollaborationIndexPage, data["collaboration_index"])
    for number, spec in enumerate(data["collaborations"]):
        author = None if spec["author"] else _pick(by_branch, members, spec.get("author_branch"), number)
        _ensure_request(collab_index, locales, spec, author)
    return job_index, collab_index


def _members_by_branch(members):
    """Demo members grouped by the code of the branch page they sit under (one query)."""
    groups = defaultdict(list)
    if not members:
        return groups
    parents = {
        page.path: page.branch.code
        for page in BranchPage.objects.filter(locale_id=members[0].locale_id).select_related("branch")
    }
    for member in members:
        groups[parents.get(member.path[: -Page.steplen])].append(member)
    return groups


def _pick(by_branch, members, branch, number, employer=False):
    """A member of ``branch`` (a company rather than a freelancer for an employer), else any member, else None."""
    candidates = by_branch.get(branch) or list(members)
    if employer:
        candidates = [m for m in candidates if m.kind != "freelancer"] or candidates
    return candidates[number % len(candidates)] if candidates else None


def _branches():
    return {branch.code: branch for branch in Branch.objects.all()}


def _days(offset):
    return None if offset is None else today() + datetime.timedelta(days=offset)


def _ensure_index(home, locales, model, spec):
    index = model.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=model(
                title=spec["title"]["fr"],
                slug=spec["slug"]["fr"],
                intro=spec["intro"]["fr"],
                locale=locales["fr"],
                show_in_menus=True,
            )
        )
        index.save_revision().publish()
    _translate_once(index, spec, locales)
    return index


def _translate_once(page, fields, locales):
    """Translate through wagtail-localize unless every language already has its version."""
    existing = set(page.get_translations().values_list("locale__language_code", flat=True))
    if not set(LANGS[1:]) <= existing:
        translate_tree_page(page, fields, locales)
        return True
    return False


def _paragraph_fields(paragraphs):
    """One translatable field per paragraph: wagtail-localize segments rich text by paragraph."""
    return {
        f"paragraph_{n}": {lang: f"<p>{paragraphs[lang][n]}</p>" for lang in LANGS}
        for n in range(len(paragraphs["fr"]))
    }


def _create(index, locales, model, spec, **fields):
    slug = slugify(spec["title"]["fr"])[:80]
    page = model.objects.child_of(index).filter(slug=slug).first()
    translated = {"title": spec["title"], "slug": {lang: slugify(spec["title"][lang])[:80] for lang in LANGS}}
    translated.update(_paragraph_fields(spec["body"]))
    translated["how"] = spec["how"]
    if page is None:
        posted = timezone.now() - datetime.timedelta(days=spec["posted"])
        page = index.add_child(
            instance=model(
                title=spec["title"]["fr"],
                slug=slug,
                locale=locales["fr"],
                description=[("paragraph", f"<p>{text}</p>") for text in spec["body"]["fr"]],
                first_published_at=posted,
                **fields,
            )
        )
        page.save_revision().publish()
    return page, translated


def _finish(page, translated, locales):
    if _translate_once(page, translated, locales):
        # Translations of the demo appeared on the same day as the original offer.
        page.get_translations().update(first_published_at=page.first_published_at)


def _ensure_job(index, locales, spec, member):
    branch = _branches().get(spec["branch"])
    employer_name = "" if member else spec["employer"] or jobs_data()["fallback_names"][spec["branch"]]
    address_owner = slugify(member.title if member else employer_name)[:40]
    location = spec["location"] or dict.fromkeys(LANGS, "")
    page, translated = _create(
        index,
        locales,
        JobPage,
        spec,
        employer_member=member,
        employer_name=employer_name,
        contract_type=spec["contract"],
        workload=spec["workload"],
        location=location["fr"],
        remote=spec["remote"],
        branch=branch,
        start_date=_days(spec["start"]),
        expiry_date=_days(spec["expires"]),
        how_to_apply=spec["how"]["fr"],
        apply_url=f"https://{address_owner}.example.lu/jobs/{spec['key']}" if spec["apply"] == "url" else "",
        apply_email=f"jobs@{address_owner}.example.lu" if spec["apply"] == "email" else "",
    )
    if spec["location"]:
        translated["location"] = location
    _finish(page, translated, locales)
    return page


def _ensure_request(index, locales, spec, member):
    branch = _branches().get(spec["branch"])
    author_name = (
        "" if member else spec["author"] or jobs_data()["fallback_names"][spec.get("author_branch") or spec["branch"]]
    )
    budget = spec["budget"] or dict.fromkeys(LANGS, "")
    page, translated = _create(
        index,
        locales,
        CollaborationPage,
        spec,
        kind=spec["kind"],
        author_member=member,
        author_name=author_name,
        branch=branch,
        deadline=_days(spec["deadline"]),
        budget=budget["fr"],
        summary_text=spec["summary"]["fr"],
        how_to_respond=spec["how"]["fr"],
    )
    translated["summary"] = spec["summary"]
    if spec["budget"]:
        translated["budget"] = budget
    _finish(page, translated, locales)
    return page
