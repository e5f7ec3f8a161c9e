"""Following another Samla installation (issue 19), in Chromium against two
real installations: a second one ("the neighbour", its own database and app
server on another loopback port) shares a new story through its own admin;
a superuser of this one follows it in Settings; after one sync readers of
Exempelstad's library find the story with credit and a canonical link to
the original, in Swedish and Arabic, until the neighbour withdraws it."""

import json

import pytest

from tests.browser.conftest import CommandRunner, _free_port, copy_demo_site, serve
from tests.browser.editorial import (
    approve_from_dashboard,
    last_line,
    open_session,
    submit_shared_story,
)
from tests.browser.test_shared_library import exempelstad
from tests.browser.test_stories import swedish_library_id

TITLE = "Läxhjälp på biblioteket (exempel)"
SOURCE_NAME = "Samla Grannlän (exempel)"


@pytest.fixture(scope="module")
def neighbour_env(tmp_path_factory, server_env, demo_site_files):
    directory = tmp_path_factory.mktemp("neighbour")
    env = {
        **server_env,
        "DATABASE_URL": f"sqlite:///{directory / 'site.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(directory / "media"),
        "SAMLA_CACHE_DIR": str(directory / "cache"),
        "SAMLA_SITE_URL": f"http://127.0.0.1:{_free_port()}",
    }
    copy_demo_site(demo_site_files, env)
    return env


@pytest.fixture(scope="module")
def neighbour_manage(neighbour_env):
    runner = CommandRunner(neighbour_env)
    yield runner
    runner.close()


@pytest.fixture(scope="module")
def neighbour_url(neighbour_env, neighbour_manage):
    yield from serve(neighbour_env)


@pytest.fixture
def followed(run_manage):
    """Whatever a test leaves followed here is dropped at its end, with its copies."""
    yield
    run_manage(
        "shell",
        "-c",
        "from stories.following.models import FollowedSource; "
        "FollowedSource.objects.update(active=False)",
    )
    run_manage("sync_followed_stories")


def story_id(run_manage, title):
    return json.loads(
        last_line(
            run_manage(
                "shell",
                "-c",
                "import json; from stories.models import StoryPage; "
                f"print(json.dumps(StoryPage.objects.get(title={title!r}, locale__language_code='sv').pk))",
            )
        )
    )


def follow(superuser, name, address):
    """Settings → Followed Samla sites → Add."""
    superuser.goto("/admin/followed_sources/new/")
    superuser.fill("#id_name", name)
    superuser.fill("#id_address", address)
    with superuser.expect_navigation():
        superuser.locator("form[method=post] button[type=submit]").last.click()
    assert superuser.locator(f"text={name}").count()


def test_a_followed_installations_story_is_listed_with_credit_until_withdrawn(
    browser,
    page,
    site_url,
    run_manage,
    neighbour_url,
    neighbour_manage,
    followed,
    assert_accessible,
):
    # The neighbour's Communicator writes and shares a story; its Publisher approves it.
    submit_shared_story(
        open_session(browser, neighbour_url, "kommunikator"),
        swedish_library_id(neighbour_manage),
        TITLE,
        "Ett påhittat exempel: volontärer hjälper barn med läxorna varje onsdag.",
    )
    approve_from_dashboard(open_session(browser, neighbour_url, "utgivare"), TITLE)
    original = f"{neighbour_url}/sv/goda-exempel/"
    assert TITLE in browser.new_page().goto(original).text()

    # A superuser here follows the neighbour; the scheduled sync runs.
    follow(open_session(browser, site_url, "admin"), SOURCE_NAME, neighbour_url + "/")
    assert "0 removed (ok)" in run_manage("sync_followed_stories")

    page.goto(exempelstad(site_url, "/sv/goda-exempel/"))
    card = page.locator(".story-card", has_text=TITLE)
    assert SOURCE_NAME in card.inner_text()
    assert "Exempelkommun" in card.inner_text()  # the neighbour's municipality
    assert_accessible(page)
    municipality = page.get_by_label("Kommun")
    # An option's label also counts its stories.
    municipality.select_option(
        municipality.locator("option", has_text=SOURCE_NAME).get_attribute("value")
    )
    page.get_by_role("button", name="Visa berättelser").click()
    cards = page.locator(".story-card")
    assert cards.count() >= 1
    assert all(SOURCE_NAME in text for text in cards.all_inner_texts())

    with page.expect_navigation():
        page.locator(".story-card", has_text=TITLE).get_by_role("link").first.click()
    original_url = f"{neighbour_url}/sv/goda-exempel/{page.url.rstrip('/').rsplit('/', 1)[1]}/"
    assert page.url.startswith(site_url + "/sv/")
    assert page.locator("link[rel=canonical]").get_attribute("href") == original_url
    assert page.get_by_role("link", name="Läs originalet").get_attribute("href") == original_url
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    assert_accessible(page)
    copy_path = page.url.removeprefix(site_url)

    # The demo's shared stories came in Arabic too, in the Arabic tree.
    page.goto("/ar/fran-andra-samla/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".story-card").count() >= 1
    assert_accessible(page)
    with page.expect_navigation():
        page.locator(".story-card a").first.click()
    assert (
        page.locator("link[rel=canonical]").get_attribute("href").startswith(neighbour_url + "/ar/")
    )
    assert_accessible(page)

    # Nobody here may change the copy.
    superuser = open_session(browser, site_url, "admin")
    copy_id = story_id(run_manage, TITLE)
    superuser.goto(f"/admin/pages/{copy_id}/edit/")
    assert superuser.locator("form#page-edit-form").count() == 0

    # The neighbour's Publisher takes the story down; one sync here removes it.
    publisher = open_session(browser, neighbour_url, "utgivare")
    publisher.goto(f"/admin/pages/{story_id(neighbour_manage, TITLE)}/unpublish/")
    with publisher.expect_navigation():
        publisher.locator("main form button[type=submit]").click()
    assert "1 removed (ok)" in run_manage("sync_followed_stories")

    page.goto(exempelstad(site_url, "/sv/goda-exempel/"))
    assert TITLE not in page.locator("main").inner_text()
    assert page.goto(copy_path).status == 404


def test_a_source_that_is_down_changes_nothing_and_the_admin_says_why(
    browser, site_url, run_manage, followed
):
    superuser = open_session(browser, site_url, "admin")
    follow(superuser, "Samla som inte svarar (exempel)", f"http://127.0.0.1:{_free_port()}/")

    output = run_manage("sync_followed_stories")

    assert "0 copied, 0 removed (problem:" in output
    superuser.goto("/admin/followed_sources/")
    row = superuser.locator("tr", has_text="Samla som inte svarar (exempel)")
    assert "Connection refused" in row.inner_text()
