import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.absolute import base_url
from home.models import HomePage, StandardPage
from members.models import BranchPage, DirectoryPage, MemberPage
from tests.factories import add_member, forget_cached_pages
from tests.factories.home import translate_page
from tests.factories.members import (
    BranchFactory,
    BranchPageFactory,
    ImageFactory,
    PortfolioItemFactory,
    SkillFactory,
    SpokenLanguageFactory,
)

BASE = base_url()

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_every_page_of_the_tree_answers_in_three_languages(site_tree):
    client = Client()
    pages = [site_tree.home, site_tree.directory, *site_tree.branches.values(), *site_tree.members]
    for versions in pages:
        for lang, page in versions.items():
            response = client.get(page.url)
            assert response.status_code == 200, (lang, page.url)
            assert soup(response).html["lang"] == lang
            assert page.url.startswith(f"/{lang}/")


def test_directory_slugs_follow_the_language(site_tree):
    assert [site_tree.directory[lang].url for lang in ("fr", "en", "de")] == [
        "/fr/membres/",
        "/en/members/",
        "/de/mitglieder/",
    ]


def test_directory_lists_branches_with_member_counts_and_secondary_branches_count_twice(site_tree):
    # A design member who also works in music counts in both branches.
    member = site_tree.members[0]["fr"]
    member.branches.add(site_tree.branches["music"]["fr"].branch)
    member.save_revision().publish()
    response = Client().get("/fr/membres/")
    tiles = {
        t.select_one(".branch-tile__name").text: t.select_one(".branch-tile__count").text
        for t in soup(response).select(".branch-tile")
    }
    assert tiles == {"Design": "2 membres", "Music": "3 membres"}
    music = Client().get(site_tree.branches["music"]["fr"].url)
    assert member.title in music.text


def test_branch_page_lists_its_members_with_card_facts(site_tree):
    response = Client().get(site_tree.branches["design"]["en"].url)
    cards = soup(response).select(".member-card")
    assert len(cards) == 2
    first = site_tree.members[0]["en"]
    assert first.title in cards[0].text
    assert "(en)" in cards[0].select_one(".member-card__tagline").text
    assert "Company" in cards[0].select_one(".member-card__meta").text
    assert "Esch-sur-Alzette" in cards[0].select_one(".member-card__meta").text


@pytest.mark.parametrize("page_param", ["abc", "-1", "0", "99999", "1.5", "%00"])
def test_malformed_page_numbers_give_a_valid_page(site_tree, page_param):
    response = Client().get(site_tree.branches["design"]["fr"].url, {"page": page_param})
    assert response.status_code == 200
    assert len(soup(response).select(".member-card")) == 2


def test_branch_page_paginates(site_tree, settings):
    settings.MEMBERS_PER_PAGE = 1
    url = site_tree.branches["design"]["de"].url
    first = soup(Client().get(url))
    assert len(first.select(".member-card")) == 1
    assert "Seite 1 von 2" in first.select_one(".pagination").text
    second = soup(Client().get(url, {"page": 2}))
    assert second.select_one(".member-card__name").text.strip() == site_tree.members[1]["de"].title


def test_member_page_shows_portfolio_with_alt_text_and_never_the_contact_email(site_tree):
    versions = add_member(site_tree, items=3, contact_email="hidden-address@studio.example.lu")
    for lang, page in versions.items():
        response = Client().get(page.url)
        html = response.content.decode()
        assert "hidden-address@studio.example.lu" not in html
        assert "@studio.example.lu" not in html
        items = soup(response).select(".portfolio__item")
        assert len(items) == 3, lang
        for item in items:
            img = item.select_one("picture img")
            assert img["alt"].startswith("Affiche colorée")
            assert "srcset" in img.attrs
            assert any(s.get("type") == "image/webp" for s in item.select("picture source")), "no WebP rendition"


def test_member_page_shows_facts_flags_skills_languages_and_links(site_tree):
    skill = SkillFactory(
        code="packaging",
        branch=site_tree.branches["design"]["fr"].branch,
        label_fr="Packaging",
        label_en="Packaging design",
        label_de="Verpackungsdesign",
    )
    versions = add_member(
        site_tree,
        lang_versions=(),
        available_for_hire=True,
        open_to_collaboration=True,
        website="https://studio.example.lu",
    )
    page = versions["fr"]
    page.skills.add(skill)
    page.languages.add(SpokenLanguageFactory(code="lb"), SpokenLanguageFactory(code="pt"))
    page.save_revision().publish()
    translated = translate_page(page, site_tree.locales["en"], tagline="Brand identity")
    versions["de"] = translate_page(page, site_tree.locales["de"])
    html = Client().get(translated.url).content.decode()
    for text in (
        "Available for hire",
        "Open to collaboration",
        "Packaging design",
        "Luxembourgish",
        "Portuguese",
        "https://studio.example.lu",
        "Brand identity",
        "Esch-sur-Alzette",
    ):
        assert text in html, text
    german = Client().get(versions["de"].url).content.decode()
    assert "Verfügbar für Aufträge" in german
    facts = {
        dt.get_text(strip=True): [li.get_text(strip=True) for li in dt.find_next_sibling("dd").select("li")]
        for dt in BeautifulSoup(german, "html.parser").select("dt")
    }
    # The skill and the languages under their German labels.
    assert facts["Kompetenzen und Leistungen"] == ["Verpackungsdesign"]
    assert facts["Gesprochene Sprachen"] == ["Luxemburgisch", "Portugiesisch"]


def test_video_items_load_only_on_request_and_audio_pdf_items_link_their_files(site_tree):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    versions = add_member(site_tree, items=0, lang_versions=())
    page = versions["fr"]
    pdf = Document.objects.create(title="Brochure", file=ContentFile(b"%PDF-1.4 test", name="brochure.pdf"))
    PortfolioItemFactory(
        page=page,
        locale=page.locale,
        media_type="video",
        video_url="https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        title="Clip",
    )
    PortfolioItemFactory(page=page, locale=page.locale, media_type="pdf", document=pdf, title="Catalogue", sort_order=2)
    page.save_revision().publish()
    doc = soup(Client().get(page.url))
    video = doc.select_one(".video-consent")
    assert video["data-embed-url"] == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
    assert doc.select("iframe") == [], "the player must not load before the visitor asks"
    button = video.select_one("button")
    assert "Lire la vidéo" in button.text
    assert button.has_attr("hidden"), "without JavaScript the play button would do nothing: the script shows it"
    assert video.find("a", string="Regarder sur le site du fournisseur")["href"] == (
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    )
    assert doc.select_one(".portfolio__item--pdf a[type='application/pdf']")["href"].endswith(".pdf")


def test_switcher_and_hreflang_point_to_the_translated_page(site_tree):
    versions = site_tree.members[0]
    response = Client().get(versions["en"].url)
    doc = soup(response)
    switcher = {a["hreflang"]: a["href"] for a in doc.select(".language-switcher a")}
    assert switcher == {lang: versions[lang].url for lang in ("fr", "en", "de")}
    alternates = {link["hreflang"]: link["href"] for link in doc.select("link[rel=alternate]")}
    assert alternates["de"] == f"{BASE}{versions['de'].url}"
    assert alternates["x-default"] == f"{BASE}{versions['fr'].url}"
    assert doc.select_one(".language-switcher a[aria-current]")["hreflang"] == "en"


def test_switcher_falls_back_to_home_when_a_translation_is_missing(site_tree):
    versions = add_member(site_tree, lang_versions=("en",))
    doc = soup(Client().get(versions["fr"].url))
    switcher = {a["hreflang"]: a["href"] for a in doc.select(".language-switcher a")}
    assert switcher["de"] == "/de/"
    assert "de" not in {link["hreflang"] for link in doc.select("link[rel=alternate]")}


def test_primary_branch_is_always_one_of_the_member_branches_even_after_a_move(site_tree):
    page = site_tree.members[0]["fr"]
    design = site_tree.branches["design"]["fr"]
    music = site_tree.branches["music"]["fr"]
    assert list(page.branches.values_list("code", flat=True)) == ["design"]
    page.move(music, pos="last-child")
    page = MemberPage.objects.get(pk=page.pk)
    assert set(page.branches.values_list("code", flat=True)) == {"design", "music"}
    assert page.get_parent().pk == music.pk
    assert design.pk != music.pk


def test_page_type_rules():
    assert DirectoryPage in HomePage.allowed_subpage_models()
    assert MemberPage not in HomePage.allowed_subpage_models()
    assert DirectoryPage.allowed_parent_page_models() == [HomePage]
    assert DirectoryPage.allowed_subpage_models() == [BranchPage]
    assert BranchPage.allowed_parent_page_models() == [DirectoryPage]
    assert BranchPage.allowed_subpage_models() == [MemberPage]
    assert MemberPage.allowed_parent_page_models() == [BranchPage]
    assert MemberPage.allowed_subpage_models() == []
    assert StandardPage.allowed_subpage_models() == [StandardPage]


def test_member_pages_cannot_be_created_outside_a_branch(site_tree):
    assert MemberPage.can_create_at(site_tree.branches["design"]["fr"])
    assert not MemberPage.can_create_at(site_tree.directory["fr"])
    assert not MemberPage.can_create_at(site_tree.home["fr"])
    assert not BranchPage.can_create_at(site_tree.home["fr"])
    assert not HomePage.can_create_at(site_tree.home["fr"])
    assert HomePage.can_create_at(Page.get_first_root_node())


def _count_queries(url):
    client = Client()
    client.get(url)  # renditions are created on the first view; measure the steady state
    forget_cached_pages()  # rendered again, as when asked for the first time since content changed
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.perf
def test_member_and_branch_page_queries_do_not_grow_with_members_or_portfolio(site_tree):
    image = ImageFactory()
    small = add_member(site_tree, branch_code="music", items=5, lang_versions=(), logo=image, item_image=image)["fr"]
    small_member = _count_queries(small.url)
    small_branch = _count_queries(site_tree.branches["music"]["fr"].url)
    big = add_member(site_tree, branch_code="music", items=50, lang_versions=(), logo=image, item_image=image)["fr"]
    for n in range(45):
        add_member(
            site_tree,
            branch_code="music",
            items=0,
            lang_versions=(),
            logo=image,
            slug=f"extra-{n}",
            title=f"Extra {n:02d}",
        )
    # Never more queries with ten times the members and portfolio items.
    assert _count_queries(big.url) <= small_member
    assert _count_queries(site_tree.branches["music"]["fr"].url) <= small_branch
    # Rendered afresh with what all pages share kept (site, menu, footer, vocabularies, the tree's inner pages).
    # Member page: itself with its language versions, its portfolio, images and renditions, its relations, and
    # its similar members (ranked, then what they share: two).
    assert small_member <= 7 and small_branch <= 7


def test_unknown_branch_code_never_breaks_the_card_list(site_tree):
    orphan_branch = BranchFactory(code="orphan")
    BranchPageFactory(parent=site_tree.directory["fr"], branch=orphan_branch, locale=site_tree.locales["fr"])
    assert Client().get("/fr/membres/orphan/").status_code == 200


def test_member_page_lists_keywords_and_links_in_their_order_live_and_in_preview(site_tree):
    from members.models import SocialLink

    page = add_member(site_tree, lang_versions=())["fr"]
    page.tags.add("risographie", "affiches")
    page.social_links = [
        SocialLink(platform="vimeo", url="https://vimeo.com/studio", sort_order=0),
        SocialLink(platform="instagram", url="https://instagram.com/studio", sort_order=1),
    ]
    page.save_revision().publish()
    live = soup(Client().get(page.url))
    facts = [li.get_text() for li in live.select(".member__facts .inline-list li")]
    assert facts[-2:] == ["risographie", "affiches"]
    links = [a["href"] for a in live.select(".link-list a")]
    assert links == ["https://vimeo.com/studio", "https://instagram.com/studio"]
    # The same as the page's own relations (what a preview shows).
    page = MemberPage.objects.get(pk=page.pk)
    assert page.relations()["member_tags"] == list(page.tags.all())
    assert [link.url for link in page._relations_in_memory()["social_links"]] == links
