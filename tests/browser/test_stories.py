"""A visitor browses the good-practice library as a new user would."""

import re
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from tests.browser.editorial import (
    add_child_page,
    approve_from_dashboard,
    last_line,
    open_session,
    submit_for_review,
)

LIBRARY = "goda-exempel/"
SALA = "goda-exempel/sala-tidig-aktivering/"


@pytest.mark.parametrize("code", ["sv", "ar"])
@pytest.mark.parametrize(
    "path",
    [LIBRARY, SALA, LIBRARY + "?target_group=asylsokande&county=Y"],
    ids=["index", "story", "empty"],
)
def test_library_and_story_have_no_axe_violations(page, assert_accessible, code, path):
    page.goto(f"/{code}/{path}")
    assert page.locator("html").get_attribute("dir") == ("rtl" if code == "ar" else "ltr")
    assert_accessible(page)


def test_visitor_finds_sala_reads_it_in_arabic_gives_feedback_and_subscribes(page, site_url):
    page.goto("/sv/")
    page.get_by_role("link", name="Goda exempel").first.click()
    page.get_by_label("Målgrupp").select_option("asylsokande")
    page.get_by_label("Län").select_option("U")
    page.get_by_role("button", name="Visa berättelser").click()

    assert "target_group=asylsokande" in page.url and "county=U" in page.url
    results = page.locator(".story-cards h3")
    assert results.count() == 1
    assert results.first.inner_text().startswith("Sala")
    rss = page.locator('link[rel="alternate"][type="application/rss+xml"]').get_attribute("href")

    results.first.get_by_role("link").click()
    page.get_by_role("navigation", name="Språk").get_by_role("link", name="العربية").click()
    page.wait_for_url(re.compile(r"/ar/goda-exempel/sala-tidig-aktivering/$"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text().startswith("سالا")
    assert "طالبو اللجوء" in page.locator(".story__facts").inner_text()

    page.locator("#feedback input[value=yes]").check()
    page.locator("#feedback textarea").fill("مفيد جدًا")
    page.locator("#feedback button[type=submit]").click()
    page.wait_for_url(re.compile(r"#feedback$"))
    assert page.locator("#feedback [role=status]").is_visible()
    assert page.locator("#feedback form").count() == 0

    # A feed reader subscribing to the filtered view gets the Sala story.
    with urllib.request.urlopen(site_url + rss) as response:  # noqa: S310 (loopback)
        channel = ET.fromstring(response.read()).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert len(titles) == 1 and titles[0].startswith("Sala")


def test_filters_work_without_javascript(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/ar/" + LIBRARY)
    page.locator("#story-filter-target_group").select_option("asylsokande")
    page.locator(".story-filters button[type=submit]").click()
    assert "target_group=asylsokande" in page.url
    assert page.locator(".story-cards h3").count() >= 1
    context.close()


def test_story_video_and_page_load_nothing_from_third_parties(page, site_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/sv/" + SALA)
    page.goto("/sv/" + LIBRARY)
    assert all(url.startswith(site_url) for url in requested), requested


def test_library_and_story_reflow_at_320_pixels(page):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in [
        "/sv/" + LIBRARY,
        "/ar/" + LIBRARY,
        "/sv/goda-exempel/mucf-samla-kraft/",
        "/ar/" + SALA,
    ]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, path


def submit_and_approve_a_story(browser, site_url, library_id):
    """A communicator writes and submits a story; it is not public until a
    publisher approves it from the dashboard. Returns the story's title."""
    title = "Mötesplats i Exempelkommun (exempel)"
    communicator = open_session(browser, site_url, "kommunikator", locale="en-GB")
    communicator.goto(f"/admin/pages/add/stories/storypage/{library_id}/")
    communicator.fill("#id_title", title)
    communicator.fill(
        "#id_summary", "Exempelkommun öppnade en mötesplats för nyanlända och föreningar."
    )
    communicator.fill("#id_year", "2024")
    communicator.locator("#id_target_groups").get_by_label("Lokalbefolkning").check()
    assert communicator.locator("button[name=action-publish]").count() == 0
    communicator.locator("footer .w-dropdown__toggle").click()
    communicator.locator("button[name=action-submit]").click()
    communicator.get_by_text("submitted for moderation").wait_for()
    communicator.goto("/sv/" + LIBRARY + "?target_group=lokalbefolkning")
    assert title not in communicator.locator("main").inner_text()

    publisher = open_session(browser, site_url, "utgivare", locale="en-GB")
    row = publisher.locator("tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    publisher.wait_for_load_state("networkidle")
    publisher.goto("/sv/" + LIBRARY + "?target_group=lokalbefolkning")
    assert title in publisher.locator(".story-cards").inner_text()
    return title


def test_communicators_story_goes_live_only_after_a_publisher_approves(
    browser, site_url, run_manage
):
    try:
        urllib.request.urlopen(site_url + "/static/wagtailadmin/js/core.js")  # noqa: S310 (loopback)
    except OSError:
        pytest.skip(
            "the test server does not serve the admin's static files (WHITENOISE_USE_FINDERS)"
        )
    submit_and_approve_a_story(browser, site_url, swedish_library_id(run_manage))


def swedish_library_id(run_manage):
    return last_line(
        run_manage(
            "shell",
            "-c",
            "from stories.models import StoryIndexPage; "
            "print(StoryIndexPage.objects.get(url_path='/home/goda-exempel/').pk)",
        )
    )


SUBSCRIBER = "lasare-vastmanland@example.org"


def messages_to(mail_server, address):
    return [m for m in mail_server.messages if address in (m["To"] or "")]


def link_path(message, marker):
    """The path of the link in `message` whose address contains `marker` (the
    link is on the site's configured address, not necessarily this server's)."""
    body = message.get_body(preferencelist=("plain",)).get_content()
    return re.search(rf"https?://[^/\s]+(/\S*{marker}\S*)", body).group(1)


def approved_story(signed_in, library_id, title, county):
    """A Communicator's new story about asylum seekers in `county`, submitted
    in the page editor and approved by the Publisher on the dashboard."""
    communicator = add_child_page(signed_in("kommunikator"), library_id, "stories.StoryPage")
    communicator.fill("#id_title", title)
    communicator.fill("#id_summary", f"{title}: ett exempel för asylsökande.")
    communicator.fill("#id_year", "2026")
    communicator.locator("#id_target_groups").get_by_label("Asylsökande").check()
    communicator.select_option("#id_county", county)
    submit_for_review(communicator)
    approve_from_dashboard(signed_in("utgivare"), title)


@pytest.fixture
def filtered_subscription_cleanup(run_manage):
    yield
    run_manage(
        "shell",
        "-c",
        "from home.models import Subscription; from stories.models import StoryPage; "
        f"Subscription.objects.filter(email={SUBSCRIBER!r}).delete(); "
        "[story.delete() for story in StoryPage.objects.filter(title__startswith='Prenumerationstest')]",
    )


def test_a_subscriber_to_a_filtered_view_gets_one_e_mail_for_a_matching_new_story_only(
    page, run_manage, mail_server, signed_in, filtered_subscription_cleanup
):
    # A reader filters the library and subscribes to exactly that view.
    page.goto("/sv/" + LIBRARY)
    page.get_by_label("Målgrupp").select_option("asylsokande")
    page.get_by_label("Län").select_option("U")
    page.get_by_role("button", name="Visa berättelser").click()
    page.locator(".story-library__subscribe").get_by_role("link", name="E-post").click()
    view = page.locator(".subscription-view").inner_text()
    assert "Målgrupp: Asylsökande" in view and "Län: Västmanlands län" in view
    page.get_by_label("Din e-postadress").fill(SUBSCRIBER)
    page.get_by_role("button", name="Prenumerera").click()

    [confirmation] = messages_to(mail_server, SUBSCRIBER)
    assert "Län: Västmanlands län, Målgrupp: Asylsökande" in confirmation.get_content()
    page.goto(link_path(confirmation, "/subscribe/confirm/"))

    library_id = swedish_library_id(run_manage)
    approved_story(signed_in, library_id, "Prenumerationstest i Gävle", "X")
    assert len(messages_to(mail_server, SUBSCRIBER)) == 1, "a story outside the view is not sent"

    approved_story(signed_in, library_id, "Prenumerationstest i Sala", "U")
    news = messages_to(mail_server, SUBSCRIBER)[1:]
    assert [message["Subject"] for message in news] == ["Nytt på Samla: Prenumerationstest i Sala"]
    assert "/sv/goda-exempel/prenumerationstest-i-sala/" in news[0].get_content()
