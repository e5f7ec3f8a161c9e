"""The permission matrix of docs/roles.md, cell by cell, through HTTP
requests to the admin (and to wagtail-localize's views for translating).

Trees: "sv" (Swedish pages under the "Review" workflow), "myths" (a Swedish
section under "Fact check", as the campaigns app attaches it to its myth and
forecast indexes), "ar" (the translator's own language) and "fa" (any other
language). "publish" means publishing directly; under a workflow nobody
does, a page goes live when its last task is approved.

Every group, workflow and task is renamed first: the matrix holds whatever
they are called in the admin, because roles, not names, decide."""

from datetime import timedelta

from django.apps import apps
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Page, TaskState, WorkflowPage
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from home.editorial.models import role_workflow
from home.models import ContentPage, EditorialRole, ReviewWorkflow
from tests.home.editorial_helpers import add_draft, edit_post
from tests.utils import publish, refused

ROLES = ["anonymous", "communicator", "fact_checker", "publisher", "translator_ar", "superuser"]
TREES = ["sv", "myths", "ar", "fa"]
Y, N = "yes", "no"

# action -> tree -> one cell per role, in the order of ROLES
MATRIX = {
    "create": {
        "sv": (N, Y, N, Y, N, Y),
        "myths": (N, Y, N, Y, N, Y),
        "ar": (N, N, N, Y, Y, Y),
        "fa": (N, N, N, Y, N, Y),
    },
    "edit": {
        "sv": (N, Y, Y, Y, N, Y),
        "myths": (N, Y, Y, Y, N, Y),
        "ar": (N, N, N, Y, Y, Y),
        "fa": (N, N, N, Y, N, Y),
    },
    "submit": {
        "sv": (N, Y, Y, Y, N, Y),
        "myths": (N, Y, Y, Y, N, Y),
        "ar": (N, N, N, Y, Y, Y),
        "fa": (N, N, N, Y, N, Y),
    },
    "approve": {
        "sv": (N, N, N, Y, N, Y),
        "myths": (N, N, "Fact check", "Publisher approval", N, Y),
        "ar": (N, N, N, Y, Y, Y),
        "fa": (N, N, N, Y, N, Y),
    },
    "publish": {tree: (N, N, N, N, N, N) for tree in TREES},
    "unpublish": {tree: (N, N, N, Y, N, Y) for tree in TREES},
    "delete": {tree: (N, N, N, Y, N, Y) for tree in TREES},
    "translate": {
        "sv": (N, Y, N, Y, N, Y),
        "myths": (N, Y, N, Y, N, Y),
        "ar": (N, N, N, Y, Y, Y),
        "fa": (N, N, N, Y, N, Y),
    },
    "view draft": {
        "sv": (N, Y, Y, Y, N, Y),
        "myths": (N, Y, Y, Y, N, Y),
        "ar": (N, N, N, Y, Y, Y),
        "fa": (N, N, N, Y, N, Y),
    },
    "view preview": {
        "sv": (N, Y, Y, Y, N, Y),
        "myths": (N, Y, Y, Y, N, Y),
        "ar": (N, N, N, Y, Y, Y),
        "fa": (N, N, N, Y, N, Y),
    },
}
# Not tied to a page tree.
SITE_WIDE = {
    "answer rumour reports": (N, Y, N, Y, N, Y),
    "see feedback": (N, Y, N, Y, N, Y),
}

CELLS = [
    pytest.param(action, tree, role, cells[ROLES.index(role)], id=f"{action}-{tree}-{role}")
    for action, trees in MATRIX.items()
    for tree, cells in trees.items()
    for role in ROLES
]
SITE_WIDE_CELLS = [
    pytest.param(action, role, cells[ROLES.index(role)], id=f"{action}-{role}")
    for action, cells in SITE_WIDE.items()
    for role in ROLES
]


@pytest.fixture
def as_role(client, make_user, renamed_groups_and_workflows):
    def log_in(role):
        if role == "anonymous":
            return None
        group_role = {
            "communicator": [EditorialRole.COMMUNICATORS],
            "fact_checker": [EditorialRole.FACT_CHECKERS],
            "publisher": [EditorialRole.PUBLISHERS],
            "translator_ar": [EditorialRole.TRANSLATORS, "ar"],
            "superuser": [],
        }[role]
        user = make_user(role, *group_role, is_superuser=role == "superuser")
        client.force_login(user)
        return user

    return log_in


@pytest.fixture
def author(make_user):
    """Someone else, who wrote and submitted the pages the role acts on."""
    return make_user("author", is_superuser=True)


@pytest.fixture
def tree_root(homes, source_home):
    def root(tree):
        if tree == "myths":
            section = ContentPage(title="Myter", slug="myter")
            source_home.add_child(instance=section)
            publish(section)
            WorkflowPage.objects.create(
                page=section,
                workflow=role_workflow(ReviewWorkflow.FACT_CHECK),
            )
            return section
        return homes["sv" if tree == "myths" else tree]

    return root


def live_page(parent, author, slug="publicerad"):
    page = ContentPage(title="Publicerad", slug=slug, intro="Det som gäller.")
    parent.add_child(instance=page)
    # Set up as if approved earlier: under a workflow nobody may publish directly.
    page.save_revision(user=author).publish(user=author, skip_permission_checks=True)
    return page


def submitted_page(parent, author):
    page = add_draft(parent, title="Inskickad", slug="inskickad", user=author)
    page.get_workflow().start(page, author)
    return page


def try_approve(client, page):
    task_state = page.current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    return TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


def do_create(client, parent, **_):
    client.post(
        reverse("wagtailadmin_pages:add", args=["home", "contentpage", parent.pk]),
        {"title": "Ny sida", "slug": "ny-sida", "intro": "", "body-count": "0"},
    )
    return Page.objects.child_of(parent).filter(slug="ny-sida").exists()


def do_edit(client, parent, author, **_):
    page = live_page(parent, author)
    edit_post(client, page, title="Ändrad rubrik")
    page.refresh_from_db()
    return page.get_latest_revision().content["title"] == "Ändrad rubrik"


def do_submit(client, parent, author, **_):
    page = add_draft(parent, user=author)
    edit_post(client, page, "action-submit")
    page.refresh_from_db()
    return page.workflow_in_progress


def do_approve(client, parent, author, tree, make_user, **_):
    page = submitted_page(parent, author)
    first = try_approve(client, page)
    if tree != "myths":
        return Y if first else N
    if not first:
        other = make_user("other-fact-checker", EditorialRole.FACT_CHECKERS)
        other_client = type(client)()
        other_client.force_login(other)
        assert try_approve(other_client, page)
    second = try_approve(client, Page.objects.get(pk=page.pk).specific)
    return {
        (True, True): Y,
        (True, False): "Fact check",
        (False, True): "Publisher approval",
        (False, False): N,
    }[(first, second)]


def do_publish(client, parent, author, **_):
    page = add_draft(parent, user=author)
    edit_post(client, page, "action-publish")
    page.refresh_from_db()
    return page.live


def do_unpublish(client, parent, author, **_):
    page = live_page(parent, author)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    return not page.live


def do_delete(client, parent, author, **_):
    page = live_page(parent, author)
    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return not Page.objects.filter(pk=page.pk).exists()


def do_translate(client, parent, author, tree, source_home, **_):
    if tree in ("sv", "myths"):
        # Start a translation (wagtail-localize's "Translate this page").
        page = live_page(source_home if tree == "sv" else parent, author)
        english = Locale.objects.get(language_code="en")
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [english.pk], "include_subtree": ""},
        )
        return page.get_translation_or_none(english) is not None
    # Translate a string of a page in this tree (wagtail-localize's editor).
    source = live_page(source_home, author, slug="kalla")
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    translation = Translation.objects.create(
        source=translation_source, target_locale=parent.locale, enabled=True
    )
    translation.save_target(user=author, publish=False)
    segment = StringSegment.objects.filter(source=translation_source).first()
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=%C3%96versatt",
        content_type="application/x-www-form-urlencoded",
    )
    return response.status_code in (200, 201)


def draft_over_live_page(parent, author):
    page = live_page(parent, author)
    page.title = "Hemligt utkast"
    page.save_revision(user=author)
    return page


def do_view_draft(client, parent, author, **_):
    page = draft_over_live_page(parent, author)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    return response.status_code == 200 and "Hemligt utkast" in response.content.decode()


def do_view_preview(client, parent, author, **_):
    page = live_page(parent, author)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    client.post(
        url,
        {"title": "Förhandsvisad", "slug": page.slug, "intro": "", "body-count": "0"},
    )
    response = client.get(url)
    return response.status_code == 200 and "Förhandsvisad" in response.content.decode()


ACTIONS = {
    "create": do_create,
    "edit": do_edit,
    "submit": do_submit,
    "approve": do_approve,
    "publish": do_publish,
    "unpublish": do_unpublish,
    "delete": do_delete,
    "translate": do_translate,
    "view draft": do_view_draft,
    "view preview": do_view_preview,
}


@pytest.mark.parametrize(("action", "tree", "role", "expected"), CELLS)
def test_permission_matrix(
    client, as_role, author, tree_root, source_home, make_user, action, tree, role, expected
):
    parent = tree_root(tree)
    as_role(role)

    outcome = ACTIONS[action](
        client,
        parent=parent,
        author=author,
        tree=tree,
        source_home=source_home,
        make_user=make_user,
    )

    if isinstance(outcome, bool):
        outcome = Y if outcome else N
    assert outcome == expected


@pytest.mark.parametrize(("action", "role", "expected"), SITE_WIDE_CELLS)
def test_site_wide_permissions(client, as_role, action, role, expected):
    user = as_role(role)

    if action == "answer rumour reports":
        if not apps.is_installed("campaigns") or not any(
            model._meta.model_name == "rumourreport"
            for model in apps.get_app_config("campaigns").get_models()
        ):
            pytest.skip("campaigns.RumourReport is built in the campaigns app (not on this branch)")
        allowed = user is not None and user.has_perm("campaigns.change_rumourreport")
    else:
        response = client.get(reverse("page_feedback_report"))
        allowed = response.status_code == 200
        assert allowed or refused(response)

    assert (Y if allowed else N) == expected


def test_publishing_directly_works_where_no_workflow_applies(client, as_role, author, source_home):
    """The control for the "publish" column: without a workflow a Publisher
    publishes directly, so the column's "no" is the review rule at work."""
    WorkflowPage.objects.filter(page=source_home).delete()
    as_role("publisher")

    assert do_publish(client, source_home, author)


# Readers never see what is not published: not through the page's address,
# search, the API or the sitemap, and the admin's draft and preview views
# send them to the login page.
SECRET_WORDS = {
    "never published": "Zyxelhemlis",
    "draft over a live page": "Qwertutkast",
    "unpublished": "Plopavpub",
    "expired": "Vrakutgangen",
}


@pytest.fixture
def unpublished_pages(source_home, author):
    never = add_draft(source_home, title=SECRET_WORDS["never published"], slug="aldrig")
    live = live_page(source_home, author, slug="levande")
    live.title = SECRET_WORDS["draft over a live page"]
    live.save_revision(user=author)
    unpublished = live_page(source_home, author, slug="avpublicerad")
    unpublished.title = SECRET_WORDS["unpublished"]
    unpublished.save_revision(user=author).publish(user=author, skip_permission_checks=True)
    unpublished.unpublish()
    expired = live_page(source_home, author, slug="utgangen")
    expired.title = SECRET_WORDS["expired"]
    expired.save_revision(user=author).publish(user=author, skip_permission_checks=True)
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")
    return {"never": never, "live": live, "unpublished": unpublished, "expired": expired}


def test_readers_never_see_drafts_or_unpublished_pages(client, unpublished_pages):
    hidden = [unpublished_pages[key] for key in ("never", "unpublished", "expired")]

    for page in hidden:
        assert client.get(f"/sv/{page.slug}/").status_code == 404, page.slug
        # A 404 from the API is redirected under /sv/ by the locale middleware, and 404s there.
        api = client.get(f"/api/v2/pages/{page.pk}/", follow=True)
        assert api.status_code == 404, page.slug
        assert page.title not in api.content.decode()
    live = client.get("/sv/levande/")
    assert live.status_code == 200
    assert SECRET_WORDS["draft over a live page"] not in live.content.decode()

    api_list = client.get("/api/v2/pages/", {"limit": 20}).json()
    assert api_list["meta"]["total_count"] <= 20
    listed_ids = {item["id"] for item in api_list["items"]}
    assert not listed_ids & {page.pk for page in hidden}
    sitemap = client.get("/sitemap.xml").content.decode()
    # Controls: the live version is found everywhere.
    assert "/sv/levande/" in client.get("/sv/search/", {"q": "Publicerad"}).content.decode()
    assert client.get("/api/v2/pages/", {"search": "Publicerad"}).json()["items"]
    assert "/sv/levande/" in sitemap
    for word in SECRET_WORDS.values():
        found = client.get("/sv/search/", {"q": word}).content.decode()
        assert f"0 träffar för ”{word}”" in found, word  # "0 results for …"
        api_found = client.get("/api/v2/pages/", {"search": word, "fields": "title"}).json()
        assert api_found["items"] == [], word
        assert word not in api_list.__repr__()
    for page in hidden:
        assert f"/sv/{page.slug}/" not in sitemap
        assert (
            f"/sv/{page.slug}/" not in client.get("/sv/search/", {"q": page.title}).content.decode()
        )


def test_readers_cannot_open_drafts_or_previews_in_the_admin(client, unpublished_pages):
    page = unpublished_pages["live"]

    for url in (
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, page.latest_revision_id]),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url
