import pytest

from .builders import build_portrait


@pytest.fixture
def portrait(site_tree):
    """The site tree plus a portrait index, a 2026 edition and three stories, each in fr, en and de."""
    return build_portrait(site_tree, stories=3)
