"""Partner sign-off: a partner approves the exact revision through a signed,
expiring, single-use link without an account; the answer is in the page's
workflow history; an edit after it asks again; a bad link changes nothing."""

import gettext
import re
from datetime import timedelta
from pathlib import Path

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry, TaskState, WorkflowState

import polib
import pytest

from home.models import ContentPage, EditorialRole, PartnerLink, PartnerReviewer
from tests.campaigns.campaign_helpers import make_campaign, make_index
from tests.factories import stories as story_factories
from tests.home.editorial_helpers import edit_post, workflow_action
from tests.utils import publish, refused

LINK = re.compile(r"http://testserver(/\w+/partner-sign-off/[^/\s]+/)")


@pytest.fixture
def draft(source_home, communicator):
    page = ContentPage(
        title="Polisens arbete vid boendet",
        slug="polisen",
        live=False,
        intro="Polisen patrullerar vid boendet varje kväll.",
    )
    source_home.add_child(instance=page)
    page.save_revision(user=communicator)
    return page


@pytest.fixture
def other_draft(source_home):
    """A draft of another page, which no partner link may reveal."""
    page = ContentPage(title="Hemligt utkast", slug="hemligt", live=False, intro="Ej klart.")
    source_home.add_child(instance=page)
    page.save_revision()
    return page


def add_partner(client, page, name="Anna Berg", email="anna.berg@polisen.example", language="sv"):
    return client.post(
        reverse("partner_reviewers", args=[page.pk]),
        {"name": name, "organisation": "Polisen", "email": email, "language": language},
    )


def submit(client, user, page, capture):
    client.force_login(user)
    with capture(execute=True):
        response = edit_post(client, page, "action-submit", intro=page.intro)
    assert response.status_code == 302
    client.logout()


def partner_links(address):
    """The paths of the sign-off links e-mailed to `address`, oldest first."""
    return [LINK.search(message.body).group(1) for message in mail.outbox if address in message.to]


def current_step(page):
    state = WorkflowState.objects.for_instance(page).order_by("-pk").first()
    return state.status, state.current_task_state.task.name if state.current_task_state else None


@pytest.fixture
def waiting(client, draft, communicator, django_capture_on_commit_callbacks):
    """The draft submitted with one partner reviewer; their link as a path."""
    client.force_login(communicator)
    assert add_partner(client, draft).status_code == 302
    submit(client, communicator, draft, django_capture_on_commit_callbacks)
    [path] = partner_links("anna.berg@polisen.example")
    return path


def test_the_review_workflows_ask_partners_before_the_publisher(homes):
    from home.editorial.models import role_workflow
    from home.models import ReviewWorkflow

    assert [task.name for task in role_workflow(ReviewWorkflow.REVIEW).tasks] == [
        "Partner sign-off",
        "Publisher approval",
    ]
    assert [task.name for task in role_workflow(ReviewWorkflow.FACT_CHECK).tasks] == [
        "Partner sign-off",
        "Fact check",
        "Publisher approval",
    ]


def test_a_page_without_partners_passes_the_step_at_once(
    client, draft, communicator, django_capture_on_commit_callbacks
):
    submit(client, communicator, draft, django_capture_on_commit_callbacks)

    assert current_step(draft) == ("in_progress", "Publisher approval")
    skipped = TaskState.objects.get(task__name="Partner sign-off")
    assert skipped.status == TaskState.STATUS_SKIPPED
    assert skipped.comment == "No partner reviewers on this page."
    assert not PartnerLink.objects.exists()


def test_the_partner_gets_a_link_in_their_language_and_sees_the_exact_revision(
    client, waiting, draft
):
    [message] = [m for m in mail.outbox if "anna.berg@polisen.example" in m.to]
    assert "Polisens arbete vid boendet" in message.subject
    assert "Hej Anna Berg" in message.body
    assert waiting.startswith("/sv/partner-sign-off/")
    assert current_step(draft) == ("in_progress", "Partner sign-off")

    response = client.get(waiting)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Polisen patrullerar vid boendet varje kväll." in html
    assert "Godkänn" in html and "Begär ändringar" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"


def test_the_page_leaks_nothing_else(client, waiting, other_draft, source_home):
    html = client.get(waiting).content.decode()

    assert "/admin" not in html
    assert "<a " not in html  # no link leads anywhere: not other pages, not the admin
    assert "<nav" not in html and 'role="search"' not in html
    assert "Hemligt utkast" not in html and "Ej klart." not in html


def test_approving_records_the_partner_and_revision_and_moves_on(client, waiting, draft):
    draft.refresh_from_db()
    revision = draft.get_latest_revision()
    client.get(waiting)  # the CSRF cookie, as a browser gets it

    response = client.post(waiting, {"decision": "approve", "comment": "Stämmer."})

    assert response.status_code == 200
    assert "Tack" in response.content.decode()
    assert current_step(draft) == ("in_progress", "Publisher approval")
    step = TaskState.objects.get(task__name="Partner sign-off")
    assert step.status == TaskState.STATUS_APPROVED
    assert step.revision == revision
    assert step.comment == "Anna Berg (Polisen): Stämmer."
    entry = PageLogEntry.objects.get(page=draft, action="samla.partner_signoff.approve")
    assert entry.revision == revision
    assert entry.data["partner"] == {"name": "Anna Berg", "organisation": "Polisen"}
    assert entry.data["comment"] == "Stämmer."


def test_the_answer_is_on_the_workflow_history(client, waiting, draft, publisher):
    client.post(waiting, {"decision": "approve", "comment": "Stämmer."})
    client.force_login(publisher)
    state = WorkflowState.objects.for_instance(draft).get()

    detail = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[draft.pk, state.pk])
    ).content.decode()
    history = client.get(reverse("wagtailadmin_pages:history", args=[draft.pk])).content.decode()

    assert "Partner sign-off" in detail and "Anna Berg (Polisen): Stämmer." in detail
    draft.refresh_from_db()
    revision = draft.get_latest_revision()
    assert f"Version {revision.pk} godkänd av partnern Anna Berg (Polisen)" in history


def test_requesting_changes_sends_the_page_back_to_the_communicator(
    client, waiting, draft, communicator, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(waiting, {"decision": "request_changes", "comment": "Fel kväll."})

    assert response.status_code == 200
    assert current_step(draft)[0] == "needs_changes"
    step = TaskState.objects.get(task__name="Partner sign-off")
    assert (step.status, step.comment) == ("rejected", "Anna Berg (Polisen): Fel kväll.")
    [notice] = [m for m in mail.outbox if communicator.email in m.to]
    assert "Fel kväll." in notice.body


def test_changes_need_a_comment(client, waiting, draft):
    response = client.post(waiting, {"decision": "request_changes", "comment": " "})

    assert response.status_code == 400
    assert current_step(draft) == ("in_progress", "Partner sign-off")
    assert not PartnerLink.objects.filter(used_at__isnull=False).exists()


def test_a_comment_over_the_limit_is_refused(client, waiting, draft):
    response = client.post(waiting, {"decision": "approve", "comment": "x" * 2001})

    assert response.status_code == 400
    assert current_step(draft) == ("in_progress", "Partner sign-off")


def test_an_edit_after_the_sign_off_asks_the_partner_again(
    client, waiting, draft, publisher, make_user, django_capture_on_commit_callbacks
):
    client.post(waiting, {"decision": "approve", "comment": "Stämmer."})
    # The Publisher edits while approving; another Publisher approves that version.
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        edit_post(client, draft, intro="Polisen patrullerar varje natt.")
    other_publisher = make_user("publisher2", EditorialRole.PUBLISHERS)
    client.force_login(other_publisher)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, draft, "approve")
    client.logout()

    assert current_step(draft) == ("in_progress", "Partner sign-off")
    [new_link] = partner_links("anna.berg@polisen.example")
    assert new_link != waiting
    assert client.get(waiting).status_code == 410
    html = client.get(new_link).content.decode()
    assert "Polisen patrullerar varje natt." in html
    link = PartnerLink.objects.filter(used_at__isnull=True).get()
    assert link.revision == draft.get_latest_revision()


def test_resubmitting_after_requested_changes_sends_new_links(
    client, waiting, draft, communicator, django_capture_on_commit_callbacks
):
    client.post(waiting, {"decision": "request_changes", "comment": "Fel kväll."})
    draft.intro = "Polisen patrullerar på fredagar."
    mail.outbox.clear()

    submit(client, communicator, draft, django_capture_on_commit_callbacks)

    [new_link] = partner_links("anna.berg@polisen.example")
    assert current_step(draft) == ("in_progress", "Partner sign-off")
    assert "Polisen patrullerar på fredagar." in client.get(new_link).content.decode()


def test_every_partner_must_approve(
    client, draft, communicator, django_capture_on_commit_callbacks
):
    client.force_login(communicator)
    add_partner(client, draft)
    add_partner(client, draft, name="Omar Ali", email="omar@region.example", language="ar")
    submit(client, communicator, draft, django_capture_on_commit_callbacks)
    [anna] = partner_links("anna.berg@polisen.example")
    [omar] = partner_links("omar@region.example")
    assert omar.startswith("/ar/")

    client.post(anna, {"decision": "approve"})
    assert current_step(draft) == ("in_progress", "Partner sign-off")
    arabic = client.get(omar)
    assert arabic.status_code == 200 and 'lang="ar"' in arabic.content.decode()
    client.post(omar, {"decision": "approve", "comment": "OK"})

    assert current_step(draft) == ("in_progress", "Publisher approval")
    step = TaskState.objects.get(task__name="Partner sign-off")
    assert step.comment == "Anna Berg (Polisen); Omar Ali (Polisen): OK"


def test_the_publisher_approval_publishes_after_the_sign_off(client, waiting, draft, publisher):
    client.post(waiting, {"decision": "approve"})
    client.force_login(publisher)

    workflow_action(client, draft, "approve")

    draft.refresh_from_db()
    assert draft.live


# A bad link: a clear page in the link's language, and nothing changed.


def assert_nothing_changed(draft):
    assert current_step(draft) == ("in_progress", "Partner sign-off")
    assert not PartnerLink.objects.filter(used_at__isnull=False, decision="approve").exists()
    assert not PageLogEntry.objects.filter(action="samla.partner_signoff.approve").exists()


def test_a_used_link_is_refused(client, waiting, draft):
    client.post(waiting, {"decision": "request_changes", "comment": "Fel kväll."})

    again = client.post(waiting, {"decision": "approve"})

    assert again.status_code == 410
    assert "Länken har redan använts" in again.content.decode()
    assert current_step(draft)[0] == "needs_changes"
    assert not PartnerLink.objects.filter(decision="approve").exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_link_is_refused(client, waiting, draft, method):
    forged = waiting.replace("/sv/", "/en/")[:-3] + "xx/"

    response = getattr(client, method)(forged, {"decision": "approve"})

    assert response.status_code == 404
    assert "This link is not valid" in response.content.decode()
    assert "Nothing has been changed." in response.content.decode()
    assert_nothing_changed(draft)


def test_a_link_signed_for_another_purpose_is_refused(client, waiting, draft):
    from django.core import signing

    link = PartnerLink.objects.get()
    response = client.post(
        f"/sv/partner-sign-off/{signing.dumps(link.pk)}/", {"decision": "approve"}
    )

    assert response.status_code == 404
    assert_nothing_changed(draft)


def test_an_expired_link_is_refused(client, waiting, draft, settings):
    PartnerLink.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    response = client.post(waiting, {"decision": "approve"})

    assert response.status_code == 410
    assert "Länken har gått ut" in response.content.decode()
    assert_nothing_changed(draft)


def test_a_link_past_its_signed_lifetime_is_refused(client, waiting, draft, settings):
    settings.PARTNER_SIGNOFF_LINK_DAYS = 0

    response = client.post(waiting, {"decision": "approve"})

    assert response.status_code == 410
    assert_nothing_changed(draft)


def test_a_revoked_link_is_refused(client, waiting, draft, publisher):
    client.force_login(publisher)
    link = PartnerLink.objects.get()
    client.post(reverse("partner_link_revoke", args=[draft.pk, link.pk]))
    client.logout()

    response = client.post(waiting, {"decision": "approve"})

    assert response.status_code == 410
    assert "Länken har dragits tillbaka" in response.content.decode()
    assert_nothing_changed(draft)
    revoked = PageLogEntry.objects.get(page=draft, action="samla.partner_signoff.revoked")
    assert revoked.user == publisher and revoked.data["partner"]["name"] == "Anna Berg"


def test_a_link_of_a_cancelled_workflow_is_refused(client, waiting, draft, communicator):
    # The submitter may cancel the workflow while partners check the locked page.
    client.force_login(communicator)
    edit_post(client, draft, "action-cancel-workflow", intro=draft.intro)
    client.logout()
    assert WorkflowState.objects.for_instance(draft).get().status == "cancelled"

    response = client.post(waiting, {"decision": "approve"})

    assert response.status_code == 410
    assert not PartnerLink.objects.filter(used_at__isnull=False).exists()


def test_a_new_link_replaces_the_old_one(
    client, waiting, draft, communicator, django_capture_on_commit_callbacks
):
    client.force_login(communicator)
    reviewer = PartnerReviewer.objects.get()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("partner_link_send", args=[draft.pk, reviewer.pk]))
    client.logout()

    [new_link] = partner_links("anna.berg@polisen.example")
    assert client.get(waiting).status_code == 410
    assert client.get(new_link).status_code == 200


def test_a_partner_added_while_the_step_waits_gets_a_link(
    client, waiting, draft, communicator, django_capture_on_commit_callbacks
):
    client.force_login(communicator)

    with django_capture_on_commit_callbacks(execute=True):
        add_partner(client, draft, name="Lena Ek", email="lena@migrationsverket.example")

    assert len(partner_links("lena@migrationsverket.example")) == 1


def test_removing_the_last_waiting_partner_lets_the_page_move_on(
    client, draft, communicator, django_capture_on_commit_callbacks
):
    client.force_login(communicator)
    add_partner(client, draft)
    add_partner(client, draft, name="Lena Ek", email="lena@migrationsverket.example")
    submit(client, communicator, draft, django_capture_on_commit_callbacks)
    [anna] = partner_links("anna.berg@polisen.example")
    client.post(anna, {"decision": "approve"})
    lena = PartnerReviewer.objects.get(name="Lena Ek")
    client.force_login(communicator)

    client.post(reverse("partner_reviewer_remove", args=[draft.pk, lena.pk]))

    assert current_step(draft) == ("in_progress", "Publisher approval")


def test_nobody_edits_the_page_while_partners_check_it(client, waiting, draft, publisher):
    client.force_login(publisher)

    edit_post(client, draft, intro="Ändrad under granskningen.")

    draft.refresh_from_db()
    assert draft.get_latest_revision().as_object().intro == draft.intro
    assert "Ändrad" not in draft.get_latest_revision().as_object().intro


def test_rate_limit_on_answers(client, waiting, draft):
    for _attempt in range(20):
        client.post(waiting, {"decision": "request_changes", "comment": ""})

    response = client.post(waiting, {"decision": "approve"})

    assert response.status_code == 429
    assert_nothing_changed(draft)


# Who may add partners and revoke their links.


@pytest.mark.parametrize(
    "role, allowed",
    [
        (EditorialRole.COMMUNICATORS, True),
        (EditorialRole.PUBLISHERS, True),
        (EditorialRole.FACT_CHECKERS, False),
        ("translator", False),
    ],
)
def test_who_may_add_partners_and_revoke_links(client, waiting, draft, make_user, role, allowed):
    user = (
        make_user("translator", EditorialRole.TRANSLATORS, "ar")
        if role == "translator"
        else make_user(f"user-{role}", role)
    )
    client.force_login(user)
    link = PartnerLink.objects.get()

    listing = client.get(reverse("partner_reviewers", args=[draft.pk]))
    added = add_partner(client, draft, name="Ny Partner", email="ny@example.org")
    revoked = client.post(reverse("partner_link_revoke", args=[draft.pk, link.pk]))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()

    link.refresh_from_db()
    if allowed:
        assert listing.status_code == 200 and "Anna Berg" in listing.content.decode()
        assert added.status_code == 302 and revoked.status_code == 302
        assert PartnerReviewer.objects.filter(name="Ny Partner").exists()
        assert link.revoked_at is not None
        assert reverse("partner_reviewers", args=[draft.pk]) in editor
    else:
        assert refused(listing) and refused(added) and refused(revoked)
        assert not PartnerReviewer.objects.filter(name="Ny Partner").exists()
        assert link.revoked_at is None
        assert reverse("partner_reviewers", args=[draft.pk]) not in editor


def test_anonymous_visitors_cannot_manage_partners(client, waiting, draft):
    link = PartnerLink.objects.get()

    assert refused(client.get(reverse("partner_reviewers", args=[draft.pk])))
    assert refused(client.post(reverse("partner_link_revoke", args=[draft.pk, link.pk])))
    link.refresh_from_db()
    assert link.revoked_at is None


def test_a_live_page_keeps_its_approved_text_while_partners_check(
    client, source_home, communicator, django_capture_on_commit_callbacks
):
    page = ContentPage(title="Öppettider", slug="oppettider", intro="Öppet 9–17.")
    source_home.add_child(instance=page)
    publish(page)
    page.intro = "Öppet 8–16."
    client.force_login(communicator)
    add_partner(client, page)
    submit(client, communicator, page, django_capture_on_commit_callbacks)
    [link] = partner_links("anna.berg@polisen.example")

    assert "Öppet 8–16." in client.get(link).content.decode()
    assert "Öppet 9–17." in client.get(page.url).content.decode()


def a_story(source_home):
    library = story_factories.story_library(source_home)
    return story_factories.story(library, "Språkcafé", summary="Varje tisdag.")


def a_campaign(source_home):
    return make_campaign(make_index(source_home), purpose="Vi informerar i maj.")


# {kind: (page builder, field, live text, text sent to sign-off)}
CACHED_ARTICLES = {
    "story": (a_story, "summary", "Varje tisdag.", "Varje onsdag."),
    "campaign": (a_campaign, "purpose", "Vi informerar i maj.", "Vi informerar i juni."),
}


@pytest.mark.parametrize("kind", CACHED_ARTICLES)
def test_a_page_under_sign_off_neither_shows_nor_leaks_its_cached_article(
    client, source_home, communicator, django_capture_on_commit_callbacks, kind
):
    """Story and campaign articles are cached for readers ({% cached_part %}):
    the partner sees the revision they sign off, readers keep the live text."""
    build, field, live_text, draft_text = CACHED_ARTICLES[kind]
    page = build(source_home)
    assert live_text in client.get(page.url).content.decode()
    setattr(page, field, draft_text)
    client.force_login(communicator)
    add_partner(client, page)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=communicator)
        page.get_workflow().start(page, communicator)
    [link] = partner_links("anna.berg@polisen.example")

    signoff = client.get(link).content.decode()
    client.logout()
    public = client.get(page.url).content.decode()

    assert draft_text in signoff and live_text not in signoff
    assert live_text in public and draft_text not in public


# Partner e-mail addresses are personal data (docs/privacy.md).


def test_partner_reviewers_are_erased_after_their_period_with_their_links(waiting, settings):
    from home.privacy.registry import erase_expired_personal_data

    settings.PARTNER_REVIEWER_RETENTION_DAYS = 180
    long_ago = timezone.now() - timedelta(days=181)
    PartnerReviewer.objects.update(created_at=long_ago)
    PartnerLink.objects.update(created_at=timezone.now() - timedelta(days=179))
    erase_expired_personal_data()
    assert PartnerReviewer.objects.exists()

    PartnerLink.objects.update(created_at=long_ago)
    erase_expired_personal_data()

    assert not PartnerReviewer.objects.exists() and not PartnerLink.objects.exists()
    # The history keeps who was asked, never the address.
    entry = PageLogEntry.objects.get(action="samla.partner_signoff.sent")
    assert entry.data["partner"]["name"] == "Anna Berg"
    assert "polisen.example" not in str(entry.data)


def test_the_export_lists_a_partner_reviewer_and_their_answers(client, waiting):
    from home.privacy.registry import personal_data_about

    client.post(waiting, {"decision": "approve", "comment": "Stämmer."})

    [reviewer] = personal_data_about("ANNA.BERG@polisen.example")["partner_reviewers"]
    assert (reviewer["name"], reviewer["organisation"]) == ("Anna Berg", "Polisen")
    assert [(link["answer"], link["comment"]) for link in reviewer["links"]] == [
        ("approve", "Stämmer.")
    ]
    assert personal_data_about("other@example.org")["partner_reviewers"] == []


def test_the_admin_catalogue_translates_every_entry_and_is_compiled():
    po_path = Path(__file__).resolve().parents[2] / "home/admin_locale/sv/LC_MESSAGES/django.po"
    catalogue = polib.pofile(str(po_path))
    assert not catalogue.untranslated_entries() and not catalogue.fuzzy_entries()
    with open(po_path.with_suffix(".mo"), "rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    for entry in catalogue:
        if entry.msgid_plural:
            # Swedish has two forms: msgstr[0] for one, msgstr[1] for any other count.
            one = compiled.ngettext(entry.msgid, entry.msgid_plural, 1)
            many = compiled.ngettext(entry.msgid, entry.msgid_plural, 2)
            assert [one, many] == [entry.msgstr_plural[0], entry.msgstr_plural[1]], "run msgfmt"
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr, "run msgfmt"


def test_the_partner_reviewers_page_is_in_swedish_in_the_swedish_admin(
    client, waiting, draft, communicator
):
    client.force_login(communicator)

    html = client.get(reverse("partner_reviewers", args=[draft.pk])).content.decode()

    assert "Lägg till en partnergranskare" in html and "Återkalla länk" in html


def test_a_form_without_its_csrf_token_is_refused(waiting, draft):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(waiting, {"decision": "approve"})

    assert response.status_code == 403
    assert_nothing_changed(draft)


def test_a_link_cannot_be_revoked_through_another_pages_address(
    client, waiting, draft, other_draft, communicator
):
    client.force_login(communicator)
    link = PartnerLink.objects.get()

    response = client.post(reverse("partner_link_revoke", args=[other_draft.pk, link.pk]))

    assert response.status_code in (403, 404)
    link.refresh_from_db()
    assert link.revoked_at is None
