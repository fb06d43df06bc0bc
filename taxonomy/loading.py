"""The cluster's vocabulary as shipped in ``taxonomy/data/taxonomy.json``: loaded into a fresh database by
migration 0002, and by anyone who needs it on an empty one (the demo site, tests)."""

import json
from pathlib import Path

LANGS = ("fr", "en", "de")
DATA_FILE = Path(__file__).resolve().parent / "data" / "taxonomy.json"


def read_data():
    with DATA_FILE.open(encoding="utf-8") as file:
        return json.load(file)


def role_fields(spec):
    """The role-noun fields of a skill's entry in the file: {"roles_fr": "graphiste\\n...", ...}."""
    roles = spec.get("roles", {})
    return {f"roles_{lang}": "\n".join(roles.get(lang, [])) for lang in LANGS}


def has_roles(skill_model):
    """Whether this (maybe historical, in a migration before 0003) Skill model has role nouns."""
    return any(field.name == "roles_fr" for field in skill_model._meta.get_fields())


def fill_roles(skill_model, data=None):
    """Give the skills that have no role noun yet in any language those of the file; returns how many changed.

    A skill an editor already gave role nouns keeps them."""
    data = data or read_data()
    specs = {spec["code"]: spec for spec in data["skills"]}
    changed = []
    for skill in skill_model.objects.filter(roles_fr="", roles_en="", roles_de="", code__in=list(specs)):
        for name, value in role_fields(specs[skill.code]).items():
            setattr(skill, name, value)
        changed.append(skill)
    skill_model.objects.bulk_update(changed, [f"roles_{lang}" for lang in LANGS])
    return len(changed)


def load_taxonomy(branch_model, skill_model, language_model, data=None):
    """Create the branches, skills and spoken languages that are missing (by code); returns how many were made.

    What exists is left as it is: editors may have renamed a label or added a synonym in the admin, and loading
    again (a new release of the file) never overwrites their work. Takes the model classes, so that a migration
    can pass its historical models."""
    data = data or read_data()
    made = 0
    branches = {branch.code: branch for branch in branch_model.objects.all()}
    for spec in data["branches"]:
        if spec["code"] not in branches:
            labels = {f"label_{lang}": spec["label"][lang] for lang in LANGS}
            branches[spec["code"]] = branch_model.objects.create(
                code=spec["code"], sort_order=spec["sort_order"], **labels
            )
            made += 1
    known = set(skill_model.objects.values_list("code", flat=True))
    new_skills = [
        skill_model(
            code=spec["code"],
            branch=branches[spec["branch"]],
            **{f"label_{lang}": spec["label"][lang] for lang in LANGS},
            **{f"synonyms_{lang}": "\n".join(spec["synonyms"][lang]) for lang in LANGS},
            **(role_fields(spec) if has_roles(skill_model) else {}),
        )
        for spec in data["skills"]
        if spec["code"] not in known
    ]
    skill_model.objects.bulk_create(new_skills)
    known_languages = set(language_model.objects.values_list("code", flat=True))
    new_languages = [language_model(code=code) for code in data["spoken_languages"] if code not in known_languages]
    language_model.objects.bulk_create(new_languages)
    return made + len(new_skills) + len(new_languages)


def add_lines(skill_model, additions):
    """Add ``additions`` ({code: {"roles"|"synonyms": {lang: [lines]}}}) to the skills' fields, each line only when
    the field does not have it yet: a release's new words reach existing sites, and editors' own lines stay."""
    changed = {}
    for skill in skill_model.objects.filter(code__in=list(additions)):
        for field, by_language in additions[skill.code].items():
            for lang, lines in by_language.items():
                name = f"{field}_{lang}"
                present = [line for line in getattr(skill, name).splitlines() if line.strip()]
                missing = [line for line in lines if line not in present]
                if missing:
                    setattr(skill, name, "\n".join(present + missing))
                    changed.setdefault(skill.pk, (skill, set()))[1].add(name)
    for skill, names in changed.values():
        skill.save(update_fields=sorted(names))
    return len(changed)


def remove_lines(skill_model, removals):
    """Take ``removals`` (shaped like ``add_lines``' additions) out of the skills' fields: lines a release no longer
    ships ("Karten" for level design read every restaurant's menu card); other lines stay."""
    changed = 0
    for skill in skill_model.objects.filter(code__in=list(removals)):
        names = []
        for field, by_language in removals[skill.code].items():
            for lang, lines in by_language.items():
                name = f"{field}_{lang}"
                present = [line for line in getattr(skill, name).splitlines() if line.strip()]
                kept = [line for line in present if line not in lines]
                if kept != present:
                    setattr(skill, name, "\n".join(kept))
                    names.append(name)
        if names:
            skill.save(update_fields=names)
            changed += 1
    return changed
