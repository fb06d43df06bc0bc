"""The branches, skills and spoken languages the demo draws from: the taxonomy app's shipped data (reference
data that production gets from migration ``taxonomy.0002``, not demo content)."""

import functools

from taxonomy.loading import load_taxonomy, read_data
from taxonomy.models import Branch, Skill, SpokenLanguage


@functools.cache
def taxonomy():
    return read_data()


def ensure_taxonomy():
    """What the migration loads, loaded again where it is missing (a test database, a database emptied)."""
    load_taxonomy(Branch, Skill, SpokenLanguage, taxonomy())
