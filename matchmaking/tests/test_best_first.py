"""Choosing the best members rounds only the scores that may be among them, and ranks them as rounding all would."""

import random

from matchmaking.ranking import best_first


def rounded_all(scores, limit, total):
    return [p for _neg, p in sorted((-round(v / total, 6), p) for p, v in scores.items())[:limit]]


def test_the_best_are_those_of_rounding_every_score_ties_in_name_order():
    rng = random.Random(7)
    for _ in range(300):
        total = rng.choice([1.0, 11.4, 13.4])
        # Few distinct values with noise below the rounding: many ties across the cut-off.
        scores = {p: rng.choice([3.2, 5.7, 8.1]) + rng.uniform(-2e-7, 2e-7) * total for p in range(rng.randint(0, 60))}
        limit = rng.randint(1, 15)
        assert best_first(scores, limit, total) == rounded_all(scores, limit, total)


def test_fewer_candidates_than_places():
    assert best_first({4: 1.0, 2: 1.0, 9: 2.0}, 10, 13.4) == [9, 2, 4]
    assert best_first({}, 10, 13.4) == []
