"""What a process otherwise builds on its first request of a kind, built before it serves anyone."""


def warm_up():
    """Load the directory's search documents of every language, the matchmaking's skill matcher and vocabulary,
    and the brief language detector: a few seconds at 10,000 members, paid by the first visitor of each language
    otherwise. Anything that fails here is built again on first use."""
    from django.conf import settings

    from matchmaking.language import detector
    from matchmaking.ranking import Criteria, shortlist

    for code, _name in settings.LANGUAGES:
        shortlist(Criteria(text="design", language=code, brief_language=code))
    detector()
