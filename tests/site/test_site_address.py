"""What search engines, browsers and mail readers are given: every absolute
URL on the one configured site address (SAMLA_SITE_URL, home/site_address.py),
never the Site record's "localhost"; a description on every page; icons, a web
manifest and robots.txt at the root of the site."""

import json
import re

from django.core.cache import cache
from django.test import override_settings

from wagtail.models import Site

import pytest

from campaigns.models import CampaignPage, MythPage, RumourReport
from campaigns.rumours.notifications import notify_new_report
from campaigns.rumours.replies import reply_message
from home.demo import translate
from home.models import ContentPage, EditorialRole, HomePage
from home.models.pages import META_DESCRIPTION_LENGTH
from home.site_address import check_public_site_address, check_site_address
from stories.models import StoryPage
from tests.factories import campaigns as factories
from tests.utils import publish

PUBLIC_ADDRESS = "https://samla.example.se"
production_address = override_settings(
    SAMLA_SITE_URL=PUBLIC_ADDRESS, WAGTAILADMIN_BASE_URL=PUBLIC_ADDRESS
)


@pytest.fixture(scope="module")
def myth_pages(module_db, django_db_setup):
    """A Swedish myth page, live in Arabic too, below its index; the Site
    record keeps the "localhost" the migrations give it."""
    with module_db.unblock():
        homes = {home.locale.language_code: home for home in HomePage.objects.all()}
        organisation = factories.example_organisation(homes["sv"].locale)
        index = factories.myth_index(homes["sv"])
        swedish = factories.myth(
            index, organisation, slug="skola", short_fact="Alla barn går i skolan."
        )
        translate(index, {"ar": {"Myter och fakta": "خرافات وحقائق"}})
        translate(swedish, {"ar": {"Myt skola": "خرافة المدرسة"}})
        # wagtail-localize publishes after a commit, which a module's rows never see.
        arabic = MythPage.objects.get(
            translation_key=swedish.translation_key, locale__language_code="ar"
        )
        for page in (index.get_translation(arabic.locale), arabic):
            publish(page)
        arabic.refresh_from_db()
        return swedish, arabic


@pytest.fixture
def public_address(db):
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
    cache.clear()  # fragments cached under another address
    with production_address:
        yield
    cache.clear()


def head(content):
    return content.split("</head>")[0]


def test_page_addresses_for_search_engines_use_the_configured_address(
    client, myth_pages, public_address
):
    swedish, arabic = myth_pages
    content = client.get("/sv/myter/skola/").content.decode()
    assert "localhost" not in content
    assert f'<link rel="canonical" href="{PUBLIC_ADDRESS}/sv/myter/skola/">' in content
    assert f'<meta property="og:url" content="{PUBLIC_ADDRESS}/sv/myter/skola/">' in content
    assert f'hreflang="ar" href="{arabic.get_full_url()}"' in content
    assert arabic.get_full_url().startswith(f"{PUBLIC_ADDRESS}/ar/")
    assert f'hreflang="x-default" href="{PUBLIC_ADDRESS}/sv/myter/skola/"' in content
    assert f'content="{PUBLIC_ADDRESS}/sv/myths/{swedish.pk}/share.png"' in content  # og:image
    claim_review = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    )
    assert claim_review["url"] == f"{PUBLIC_ADDRESS}/sv/myter/skola/"


def test_feeds_sitemap_robots_and_api_use_the_configured_address(
    client, myth_pages, public_address
):
    for feed in ["/sv/myter/rss/", "/sv/myter/atom/"]:
        body = client.get(feed).content.decode()
        assert "localhost" not in body
        assert f"{PUBLIC_ADDRESS}/sv/myter/skola/" in body
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "localhost" not in sitemap
    assert f"<loc>{PUBLIC_ADDRESS}/sv/myter/skola/</loc>" in sitemap
    robots = client.get("/robots.txt")
    assert robots["Content-Type"] == "text/plain; charset=utf-8"
    assert f"Sitemap: {PUBLIC_ADDRESS}/sitemap.xml" in robots.content.decode().splitlines()
    api = client.get("/api/v2/pages/?type=campaigns.MythPage&locale=sv").json()
    assert [item["meta"]["html_url"] for item in api["items"]] == [
        f"{PUBLIC_ADDRESS}/sv/myter/skola/"
    ]


def test_emails_link_to_the_configured_address(
    myth_pages, make_user, public_address, mailoutbox, django_capture_on_commit_callbacks
):
    swedish, arabic = myth_pages
    report = RumourReport.objects.create(
        text="Barn får inte gå i skolan.",
        language="ar",
        site_language="ar",
        email="resident@example.org",
        consent=True,
        answered_by=swedish,
    )
    reply = reply_message(report, arabic)
    assert arabic.get_full_url() in reply.body and "localhost" not in reply.body
    make_user("kommunikator", EditorialRole.COMMUNICATORS)
    with django_capture_on_commit_callbacks(execute=True):  # the outbox sends after the commit
        assert notify_new_report(report)
    [notification] = mailoutbox
    assert f"{PUBLIC_ADDRESS}/admin/" in notification.body and "localhost" not in notification.body


def test_description_is_the_editors_else_the_summary_else_the_introduction(db):
    assert ContentPage(
        intro="Om boendet.", search_description="Sökmotorns text."
    ).meta_description == ("Sökmotorns text.")
    assert StoryPage(summary="Vad som gjordes.", search_description="").meta_description == (
        "Vad som gjordes."
    )
    assert ContentPage(intro="  Om\n boendet  ").meta_description == "Om boendet"
    assert MythPage(short_fact="Alla barn går i skolan.").meta_description == (
        "Alla barn går i skolan."
    )
    assert CampaignPage(purpose="Att nå nyanlända.").meta_description == "Att nå nyanlända."
    long_intro = "Ord " * 100
    description = HomePage(intro=long_intro).meta_description
    assert len(description) <= META_DESCRIPTION_LENGTH
    assert description.endswith("Ord…")  # cut between words


def meta(content, attribute, name):
    match = re.search(rf'<meta {attribute}="{name}" content="([^"]*)">', head(content))
    return match.group(1) if match else None


def test_every_page_has_a_description_for_search_results_and_link_previews(client, db, myth_pages):
    index = client.get("/sv/myter/").content.decode()
    assert meta(index, "name", "description") == "Rykten och fakta."
    assert meta(index, "property", "og:description") == "Rykten och fakta."
    myth = client.get("/sv/myter/skola/").content.decode()
    assert meta(myth, "name", "description") == "Alla barn går i skolan."
    assert meta(myth, "property", "og:description").endswith(": Alla barn går i skolan.")
    search = client.get("/sv/search/").content.decode()  # not a page: the site's own
    assert meta(search, "name", "description").startswith("Samla: ")


@pytest.mark.parametrize(
    ("path", "content_type", "starts_with"),
    [
        ("/favicon.ico", "image/x-icon", b"\x00\x00\x01\x00"),
        ("/apple-touch-icon.png", "image/png", b"\x89PNG"),
        ("/manifest.webmanifest", "application/manifest+json", b"{"),
    ],
)
def test_icons_and_manifest_answer_at_the_root_with_long_caching(
    client, db, path, content_type, starts_with
):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response.content.startswith(starts_with)
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert "public" in response["Cache-Control"] and max_age >= 24 * 60 * 60
    assert "Accept-Language" not in response.get("Vary", "")


def test_pages_link_icons_and_manifest_that_exist(client, db):
    content = head(client.get("/sv/").content.decode())
    links = dict(
        re.findall(r'<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"', content)
    )
    assert set(links) == {"icon", "apple-touch-icon", "manifest"}
    manifest = client.get("/manifest.webmanifest").json()
    assert manifest["name"] == "Samla" and manifest["theme_color"] in content
    for src in [*links.values(), *(icon["src"] for icon in manifest["icons"])]:
        assert client.get(src).status_code == 200, src


@pytest.mark.parametrize(
    ("address", "errors", "deploy_errors"),
    [
        ("https://samla.example.se", [], []),
        ("http://testserver", [], ["samla.E002"]),
        ("http://localhost:8000", [], ["samla.E002"]),
        ("https://127.0.0.1", [], ["samla.E002"]),
        ("https://samla.localhost", [], ["samla.E002"]),
        ("samla.example.se", ["samla.E001"], ["samla.E002"]),
        ("https://samla.example.se/sv/", ["samla.E001"], []),
    ],
)
def test_site_address_is_checked_and_must_be_public_https_in_production(
    address, errors, deploy_errors
):
    with override_settings(SAMLA_SITE_URL=address):
        assert [error.id for error in check_site_address(None)] == errors
        assert [error.id for error in check_public_site_address(None)] == deploy_errors
