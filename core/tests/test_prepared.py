"""Querysets compiled once (core.performance.prepared) give the same objects as Django's own evaluation."""

import uuid

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.performance.prepared import EXACT, STARTSWITH, PreparedQuery
from members.models import MemberPage, PortfolioItem
from members.models.pages import _member_with_versions, _portfolio

pytestmark = [pytest.mark.django_db, pytest.mark.perf]  # prepared queries: an implementation detail kept for speed


def fields(objects):
    """Every column of each object (and its locale when selected with it), in a stable order."""
    return sorted(
        (
            obj.pk,
            type(obj),
            {field.attname: getattr(obj, field.attname) for field in type(obj)._meta.concrete_fields},
            obj.locale.language_code if "locale" in obj._state.fields_cache else None,
        )
        for obj in objects
    )


def test_a_member_and_its_versions_are_djangos_objects(site_tree):
    for member in site_tree.members[:3]:
        for page in member.values():
            at = {"parent": page.path[: -Page.steplen], "depth": page.depth, "slug": page.slug}
            ours = _member_with_versions(**at)
            djangos = list(
                MemberPage.objects.filter(
                    translation_key__in=MemberPage.objects.filter(
                        path__startswith=at["parent"], depth=at["depth"], slug=at["slug"]
                    ).values("translation_key")
                ).select_related("locale")
            )
            assert fields(ours) == fields(djangos)
            assert len(ours) == len(member)
            version = next(obj for obj in ours if obj.pk == page.pk)
            # Converted as Django converts them: a UUID, an aware date and time, booleans.
            assert isinstance(version.translation_key, uuid.UUID)
            assert version.live is True and version.last_published_at.tzinfo is not None
            assert version.locale.language_code == page.locale.language_code
    assert _member_with_versions(parent="9999", depth=3, slug="nobody") == []


def test_a_portfolio_is_djangos_and_in_its_order(site_tree):
    member = next(m for m in site_tree.members if m["fr"].portfolio_items.exists())["fr"]
    ours = _portfolio(page=member.pk)
    djangos = list(PortfolioItem.objects.filter(page=member).select_related("document").order_by("sort_order", "pk"))
    assert [item.pk for item in ours] == [item.pk for item in djangos]
    assert fields(ours) == fields(djangos)
    for item in ours:
        assert ("document" in item._state.fields_cache) is True  # no query to show its document


def test_compiled_once_per_connection_then_one_query_each(site_tree):
    member = site_tree.members[0]["fr"]
    query = PreparedQuery(lambda page: PortfolioItem.objects.filter(page_id=page), page=(EXACT, int))
    query(page=member.pk)
    with CaptureQueriesContext(connection) as queries:
        query(page=member.pk)
        query(page=site_tree.members[1]["fr"].pk)
    assert len(queries) == 2
    assert all("members_portfolioitem" in entry["sql"] for entry in queries.captured_queries)


def test_a_query_it_cannot_prepare_is_evaluated_as_usual(site_tree):
    member = site_tree.members[0]["fr"]
    cases = [
        # A lookup that changes its value otherwise (contains) and one declared for another (startswith on exact).
        PreparedQuery(lambda slug: MemberPage.objects.filter(slug__contains=slug), slug=(EXACT, str)),
        PreparedQuery(lambda slug: MemberPage.objects.filter(slug=slug), slug=(STARTSWITH, str)),
        # A name not used, and a constant not declared fixed.
        PreparedQuery(lambda slug, depth: MemberPage.objects.filter(slug=slug), slug=(EXACT, str), depth=(EXACT, int)),
        PreparedQuery(lambda slug: MemberPage.objects.filter(slug=slug, kind__in=["company"]), slug=(EXACT, str)),
    ]
    for query in cases:
        values = {"slug": member.slug, "depth": member.depth}
        values = {name: values[name] for name in query.lookups}
        assert [page.pk for page in query(**values)] == [page.pk for page in query.build(**values)]
        assert query._compiled[connections["default"]] is None


def test_a_member_pages_media_are_djangos_in_three_queries(site_tree):
    from wagtail.images import get_image_model

    from members.models.pages import PAGE_RENDITIONS

    checked = 0
    for member in site_tree.members:
        page = MemberPage.objects.get(pk=member["fr"].pk)
        with CaptureQueriesContext(connection) as queries:
            items, images = page.media(None, PAGE_RENDITIONS)
            renditions = {
                pk: sorted((r.pk, r.filter_spec, r.file.name, r.image.pk) for r in image.prefetched_renditions)
                for pk, image in images.items()
            }
        assert len(queries) == 3
        shown = {page.logo_id, page.cover_image_id} | {item.image_id for item in items}
        djangos = get_image_model().objects.prefetch_renditions(*PAGE_RENDITIONS).in_bulk(shown - {None})
        assert fields(images.values()) == fields(djangos.values())
        assert renditions == {
            pk: sorted((r.pk, r.filter_spec, r.file.name, r.image.pk) for r in image.prefetched_renditions)
            for pk, image in djangos.items()
        }
        assert all(item.image is images[item.image_id] for item in items if item.image_id)
        checked += bool(renditions)
    assert checked  # some members have images with renditions


def test_a_name_used_twice_and_fixed_values(site_tree):
    member = site_tree.members[0]["fr"]
    twice = PreparedQuery(
        lambda slug: MemberPage.objects.filter(slug=slug).exclude(title=slug).order_by("pk"),
        slug=(EXACT, str),
    )
    assert twice(slug=member.slug) == list(twice.build(slug=member.slug))
    assert twice._compiled[connections["default"]] is not None
    kinds = PreparedQuery(
        lambda slug: MemberPage.objects.filter(slug=slug, kind__in=[member.kind, "-"]),
        fixed=[member.kind, "-"],
        slug=(EXACT, str),
    )
    assert {page.pk for page in kinds(slug=member.slug)} == {page.pk for page in kinds.build(slug=member.slug)}
    assert member.pk in {page.pk for page in kinds(slug=member.slug)}
    assert kinds._compiled[connections["default"]] is not None


def test_the_texts_of_a_portfolio_are_prepared_with_their_other_fields_deferred(site_tree):
    from members.text_language import ITEM_TEXTS, _item_texts

    member = next(m for m in site_tree.members if m["fr"].portfolio_items.exists())["fr"]
    with CaptureQueriesContext(connection) as queries:
        ours = {item.pk: item for item in _item_texts(page=member.pk)}
    assert len(queries) == 1 and _item_texts._compiled[connections["default"]] is not None
    for item in PortfolioItem.objects.filter(page=member):
        kept = ours[item.pk]
        assert (kept.page_id, kept.translation_key) == (item.page_id, item.translation_key)
        assert all(getattr(kept, field) == getattr(item, field) for field in ITEM_TEXTS)
        assert kept.get_deferred_fields() >= {"image_id", "sort_order"}
