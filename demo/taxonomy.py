"""Branches, skills and spoken languages, from ``taxonomy/data/taxonomy.json``.

They are reference data that production needs too, not demo content: the taxonomy app will load
that file in a data migration, and ``ensure_taxonomy`` will then go. Until then the demo loads it.
"""

import functools
import json

from django.conf import settings

from members.models import Branch, Skill, SpokenLanguage

from .data import LANGS

TAXONOMY_FILE = settings.BASE_DIR / "taxonomy" / "data" / "taxonomy.json"


@functools.cache
def taxonomy():
    with open(TAXONOMY_FILE, encoding="utf-8") as file:
        return json.load(file)


def ensure_taxonomy():
    """Create or update the branches, skills and spoken languages by code (only what differs is saved)."""
    data = taxonomy()
    branches = {branch.code: branch for branch in Branch.objects.all()}
    for spec in data["branches"]:
        values = {"sort_order": spec["sort_order"], **{f"label_{lang}": spec["label"][lang] for lang in LANGS}}
        _save_if_changed(Branch, branches.get(spec["code"]), spec["code"], values)
    branches = {branch.code: branch for branch in Branch.objects.all()}
    skills = {skill.code: skill for skill in Skill.objects.all()}
    for spec in data["skills"]:
        values = {
            "branch_id": branches[spec["branch"]].pk,
            **{f"label_{lang}": spec["label"][lang] for lang in LANGS},
            **{f"synonyms_{lang}": "\n".join(spec["synonyms"][lang]) for lang in LANGS},
        }
        _save_if_changed(Skill, skills.get(spec["code"]), spec["code"], values)
    existing = set(SpokenLanguage.objects.values_list("code", flat=True))
    for code in data["spoken_languages"]:
        if code not in existing:
            SpokenLanguage.objects.create(code=code)


def _save_if_changed(model, obj, code, values):
    if obj is None:
        model.objects.create(code=code, **values)
    elif any(getattr(obj, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(obj, name, value)
        obj.save()
