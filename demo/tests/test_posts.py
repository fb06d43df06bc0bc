"""Demo posts of members: some published in every language, some waiting in moderation; deterministic and made once."""

import pytest

from demo.posts import ensure_demo, posts_data
from jobs.models import CollaborationPage, JobPage
from space import posting
from space.tests.helpers import moderator
from space.tests.test_space_posts import posts_site  # noqa: F401  (the fixture: the tree with the indexes)
from tests.factories.members import UserFactory

pytestmark = pytest.mark.django_db


def test_demo_posts_are_published_or_in_moderation_and_made_once(posts_site):  # noqa: F811
    member_user = UserFactory(username="demo-member")
    posts_site.members[0]["fr"].owners.add(member_user)
    members = [versions["fr"] for versions in posts_site.members]
    editor = moderator(is_superuser=True)
    made = ensure_demo(member_user, editor, members)
    specs = posts_data()["posts"]
    assert len(made) == len(specs)
    fresh = [post for versions in posts_site.members for post in posting.member_posts(versions["fr"])]
    states = sorted(post.state().code for post in fresh)
    assert states.count("published") == sum(spec["published"] for spec in specs)
    assert states.count("moderation") == sum(not spec["published"] for spec in specs)

    demo_posts = posting.member_posts(posts_site.members[0]["fr"])
    assert {post.kind.code for post in demo_posts} == {"job", "event", "call"}  # its own and the first featured
    published_job = JobPage.objects.live().get(title="Motion designer à mi-temps", locale__language_code="fr")
    german = JobPage.objects.get(translation_key=published_job.translation_key, locale__language_code="de")
    assert german.live and german.title == "Motion Designer·in in Teilzeit"
    assert CollaborationPage.objects.filter(title__startswith="Appel d'offres", live=False).exists()

    assert ensure_demo(member_user, editor, members) == []
