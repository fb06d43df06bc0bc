import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portrait.models import PortraitEditionPage


@pytest.fixture
def admin_client(client, portrait):
    user = get_user_model().objects.create_superuser("chief", "chief@example.lu", "pw")
    client.force_login(user)
    return client


def edition_form(year, title="Portrait bis", slug="portrait-bis"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "year": year,
            "intro": rich_text(""),
            "editorial": streamfield([]),
        }
    )


def add_url(portrait):
    return f"/admin/pages/add/portrait/portraiteditionpage/{portrait.index['fr'].pk}/"


def test_admin_refuses_a_second_edition_for_the_same_year_with_a_clear_error(portrait, admin_client):
    response = admin_client.post(add_url(portrait), edition_form(2026))
    assert response.status_code == 200  # the form again, not a crash
    errors = response.context["form"].errors
    assert "year" in errors
    assert "Portrait 2026" in errors["year"][0] and "2026" in errors["year"][0]
    assert PortraitEditionPage.objects.filter(locale=portrait.tree.locales["fr"]).count() == 1


def test_admin_accepts_another_year(portrait, admin_client):
    response = admin_client.post(add_url(portrait), edition_form(2027))
    assert response.status_code == 302
    assert PortraitEditionPage.objects.filter(year=2027).exists()


@pytest.mark.parametrize("year", [0, -5, "deux-mille"])
def test_admin_refuses_a_year_that_is_not_a_positive_number(portrait, admin_client, year):
    response = admin_client.post(add_url(portrait), edition_form(year))
    assert response.status_code == 200
    assert "year" in response.context["form"].errors


def test_editing_an_edition_keeps_its_own_year(portrait, admin_client):
    edition = portrait.edition["fr"]
    data = edition_form(2026, title="Portrait 2026 (revu)", slug=edition.slug)
    response = admin_client.post(f"/admin/pages/{edition.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors


def test_same_year_in_another_language_tree_is_fine_but_not_twice_under_one_index(portrait):
    # The en and de translations share the year (synchronised) under their own index.
    assert {portrait.edition[lang].year for lang in ("fr", "en", "de")} == {2026}
    duplicate = PortraitEditionPage(title="Doublon", slug="doublon", year=2026)
    with pytest.raises(ValidationError) as error:
        portrait.index["fr"].add_child(instance=duplicate)
    assert "year" in error.value.message_dict


def test_editors_get_the_forms_of_every_page_type(portrait, admin_client):
    urls = [
        f"/admin/pages/add/portrait/portraitstorypage/{portrait.edition['fr'].pk}/",
        f"/admin/pages/{portrait.index['fr'].pk}/edit/",
        f"/admin/pages/{portrait.edition['fr'].pk}/edit/",
        f"/admin/pages/{portrait.stories[0]['fr'].pk}/edit/",
    ]
    for url in urls:
        assert admin_client.get(url).status_code == 200, url
