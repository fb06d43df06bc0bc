"""Demo posts of members (``data/posts.json``): job offers, calls and events written from My space, some published,
some waiting in moderation, through the same code as a member's (``space.posting``).

Idempotent and deterministic: a post is made once, found again by its member and its source title; dates are
counted from the day the demo is built, so the offers are open and the events to come.
"""

import datetime

from agenda.models import EVENT_TIME_ZONE
from jobs.dates import today
from members.models import MemberPage
from space import posting

from .data import load


def posts_data():
    return load("posts")


def ensure_demo(member_user, editor, members):
    """The posts of the demo account's page and of the first featured ``members`` (French pages)."""
    demo_page = MemberPage.objects.filter(owners=member_user).first() if member_user else None
    made = []
    for spec in posts_data()["posts"]:
        page = demo_page if spec["member"] == "demo_member" else _nth(members, spec["member"])
        if page is None:
            continue
        kind = posting.KINDS[spec["kind"]]
        texts = {lang: dict(values) for lang, values in spec["texts"].items()}
        source_title = next(iter(texts.values()))["title"]
        if any(post.title == source_title for post in posting.member_posts(page)):
            continue
        post = posting.create(kind, page, None, _facts(spec["facts"]), texts)
        if spec["published"]:
            task_state = post.source.current_workflow_state.current_task_state
            task_state.approve(user=editor)  # the workflow publishes, then every language (space.posting)
        made.append(post)
    return made


def _nth(members, number):
    return members[number] if number < len(members) else None


def _facts(spec):
    facts = {name: value for name, value in spec.items() if not name.endswith(("_days", "_time")) and name != "hours"}
    if "expiry_days" in spec:
        facts["expiry_date"] = today() + datetime.timedelta(days=spec["expiry_days"])
    if "deadline_days" in spec:
        facts["deadline"] = today() + datetime.timedelta(days=spec["deadline_days"])
    if "start_days" in spec:
        day = today() + datetime.timedelta(days=spec["start_days"])
        hour, minute = (int(part) for part in spec["start_time"].split(":"))
        start = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=EVENT_TIME_ZONE)
        facts["start"] = start
        facts["end"] = start + datetime.timedelta(hours=spec["hours"])
        facts.setdefault("all_day", False)
    return facts
