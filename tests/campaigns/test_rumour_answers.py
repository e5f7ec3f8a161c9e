"""Answering rumour reports from the inbox: a new myth page written in
Wagtail's own editor with the claim from the report, an existing myth page,
duplicates merged into one report; the myth page's editor lists the reports
it answers, readers never see them."""

import gettext
from pathlib import Path

from django.urls import reverse

from wagtail.models import Page

import polib
import pytest

from campaigns.models import MythIndexPage, MythPage, ReportStatus, RumourReport
from home.models import EditorialRole
from tests.campaigns.test_editorial import myth_form
from tests.utils import publish, refused

pytestmark = pytest.mark.django_db

CLAIM = "Nyanlända får gratis bil av kommunen."


@pytest.fixture
def report(db):
    return RumourReport.objects.create(
        text=CLAIM, language="ar", site_language="ar", heard_where="social_media"
    )


def new_page_url(report):
    return reverse("rumour_reports:answer_new", args=[report.pk])


def existing_page_url(*reports):
    url = reverse("wagtail_bulk_action", args=["campaigns", "rumourreport", "answer-existing"])
    return url + "?" + "&".join(f"id={report.pk}" for report in reports)


def merge_url(*reports):
    url = reverse("wagtail_bulk_action", args=["campaigns", "rumourreport", "merge-duplicates"])
    return url + "?" + "&".join(f"id={report.pk}" for report in reports)


def add_url(section):
    return reverse("wagtailadmin_pages:add", args=["campaigns", "mythpage", section.pk])


def test_inbox_and_report_view_offer_both_answers(client, communicator, report):
    client.force_login(communicator)
    inbox = client.get(reverse("rumour_reports:index")).content.decode()
    report_view = client.get(reverse("rumour_reports:edit", args=[report.pk])).content.decode()
    for html in (inbox, report_view):
        assert "Svara med en ny mytsida" in html  # the admin is in Swedish
        assert "Besvarad av en befintlig mytsida" in html
        assert new_page_url(report) in html
    # The list selects reports for the bulk actions.
    assert f'data-object-id="{report.pk}"' in inbox
    assert "Slå ihop som dubbletter" in inbox


def test_new_myth_page_opens_the_editor_prefilled_under_the_swedish_myth_section(
    client, communicator, report, myth_index
):
    client.force_login(communicator)
    response = client.get(new_page_url(report), follow=True)

    assert response.redirect_chain == [
        (reverse("rumour_reports:answer_new_in", args=[report.pk, myth_index.pk]), 302)
    ]
    form = response.context["form"]
    assert form["claim"].value() == CLAIM
    assert form["circulates_in"].value() == "ar"
    assert form["circulates_where"].value() == "social_media"
    assert not form["title"].value()  # the headline is the editor's to write
    html = response.content.decode()
    # Wagtail's own editor: its form posts to the add view, with its workflow buttons.
    assert f'action="{add_url(myth_index)}"' in html
    assert 'name="action-submit"' in html
    assert f'name="answers_rumour_report" value="{report.pk}"' in html
    assert "När sidan sparas kopplas den till ryktesrapporten" in html


def test_saving_the_new_page_links_it_to_the_report(client, communicator, report, myth_index):
    client.force_login(communicator)
    data = myth_form(action="action-submit")
    data["answers_rumour_report"] = str(report.pk)

    response = client.post(add_url(myth_index), data)

    assert response.status_code == 302
    page = MythPage.objects.get(slug="arbete")
    report.refresh_from_db()
    assert report.answered_by == page
    # Submitted to the fact check, not live yet: the answer is being investigated.
    assert report.status == ReportStatus.INVESTIGATING
    assert page.get_parent().specific == myth_index
    assert page.locale == myth_index.locale


def test_a_report_is_answered_once_its_new_page_is_live(client, communicator, report, myth_index):
    client.force_login(communicator)
    data = myth_form(action="action-save")
    data["answers_rumour_report"] = str(report.pk)
    client.post(add_url(myth_index), data)
    page = MythPage.objects.get(slug="arbete")
    report.refresh_from_db()
    assert report.status == ReportStatus.INVESTIGATING

    publish(page)

    report.refresh_from_db()
    assert report.status == ReportStatus.ANSWERED


def test_a_new_page_not_written_from_a_report_links_nothing(
    client, communicator, report, myth_index
):
    client.force_login(communicator)
    client.post(add_url(myth_index), myth_form(action="action-save"))
    report.refresh_from_db()
    assert report.answered_by is None and report.status == ReportStatus.NEW


def test_with_several_myth_sections_the_user_chooses_one(
    client, communicator, report, myth_index, source_home
):
    second = MythIndexPage(title="Rykten om skolan", slug="skolrykten")
    source_home.add_child(instance=second)
    publish(second)
    client.force_login(communicator)

    response = client.get(new_page_url(report))

    html = response.content.decode()
    assert response.status_code == 200
    for section in (myth_index, second):
        assert reverse("rumour_reports:answer_new_in", args=[report.pk, section.pk]) in html
    editor = client.get(reverse("rumour_reports:answer_new_in", args=[report.pk, second.pk]))
    assert editor.context["parent_page"].pk == second.pk


def test_only_a_swedish_myth_section_takes_a_new_answer(
    client, communicator, report, myth_index, source_home
):
    client.force_login(communicator)
    url = reverse("rumour_reports:answer_new_in", args=[report.pk, source_home.pk])
    assert client.get(url).status_code == 404


def test_answered_by_an_existing_myth_page(client, communicator, report, make_myth):
    page = make_myth("bil", title="Får nyanlända bil?")
    other = RumourReport.objects.create(text="Bilar åt alla", language="sv", site_language="sv")
    client.force_login(communicator)
    form = client.get(existing_page_url(report, other))
    assert form.status_code == 200
    assert "Mytsida" in form.content.decode()

    response = client.post(existing_page_url(report, other), {"page": page.pk})

    assert response.status_code == 302
    for answered in (report, other):
        answered.refresh_from_db()
        assert answered.answered_by == page
        assert answered.status == ReportStatus.ANSWERED  # the page is live


def test_the_inbox_links_an_answer_to_its_editor_even_while_it_is_a_draft(
    client, communicator, report, make_myth
):
    draft = make_myth("utkast", title="Utkast till svar", live=False)
    report.answer_with(draft)
    report.save()
    client.force_login(communicator)

    inbox = client.get(reverse("rumour_reports:index")).content.decode()

    editor = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert f'<a href="{editor}">Utkast till svar</a>' in inbox


def test_an_existing_answer_must_be_the_swedish_page(client, communicator, report, homes):
    arabic_index = MythIndexPage(title="خرافات", slug="myter")
    homes["ar"].add_child(instance=arabic_index)
    arabic_page = MythPage(
        title="سيارة",
        slug="bil",
        claim="سيارة",
        verdict="false",
        short_fact="لا.",
        explanation="<p>لا.</p>",
    )
    arabic_index.add_child(instance=arabic_page)
    client.force_login(communicator)

    response = client.post(existing_page_url(report), {"page": arabic_page.pk})

    assert response.status_code == 200
    assert "Välj den svenska mytsidan" in response.content.decode()
    report.refresh_from_db()
    assert report.answered_by is None


def test_merging_duplicates_answers_them_all_and_deletes_nothing(client, communicator, make_myth):
    page = make_myth("bil")
    kept, second, third, earlier_duplicate = (
        RumourReport.objects.create(text=f"Bil {number}", language="sv", site_language="sv")
        for number in range(4)
    )
    earlier_duplicate.duplicate_of = third
    earlier_duplicate.save()
    client.force_login(communicator)
    form = client.get(merge_url(kept, second, third)).content.decode()
    assert "Behåll den här rapporten" in form

    response = client.post(merge_url(kept, second, third), {"kept": kept.pk, "page": page.pk})

    assert response.status_code == 302
    assert RumourReport.objects.count() == 4
    kept.refresh_from_db()
    assert (kept.answered_by, kept.duplicate_of, kept.status) == (page, None, "answered")
    for report in (second, third, earlier_duplicate):
        report.refresh_from_db()
        assert report.duplicate_of == kept
        assert report.answered_by == page
        assert report.status == ReportStatus.ANSWERED
    assert set(kept.duplicates.all()) == {second, third, earlier_duplicate}
    inbox = client.get(reverse("rumour_reports:index")).content.decode()
    assert reverse("rumour_reports:edit", args=[kept.pk]) in inbox
    kept_url = reverse("rumour_reports:edit", args=[kept.pk])
    kept_view = client.get(kept_url).content.decode()
    assert reverse("rumour_reports:edit", args=[second.pk]) in kept_view
    duplicate_view = client.get(reverse("rumour_reports:edit", args=[second.pk])).content.decode()
    assert f'href="{kept_url}" data-kept-report' in duplicate_view


def test_merging_needs_two_reports(client, communicator, report):
    client.force_login(communicator)
    response = client.post(merge_url(report), {"kept": report.pk})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.duplicate_of is None


def test_myth_editor_lists_the_reports_a_page_answers_and_readers_never_see_them(
    client, communicator, report, make_myth
):
    page = make_myth("bil")
    report.answer_with(page)
    report.save()
    client.force_login(communicator)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "Sidan besvarar en ryktesrapport." in editor
    assert reverse("rumour_reports:edit", args=[report.pk]) in editor
    assert CLAIM in editor
    client.logout()
    public = client.get(page.url).content.decode()
    api = client.get(f"/api/v2/pages/{page.pk}/?fields=*").content.decode()
    for html in (public, api):
        assert CLAIM not in html
        assert "rumour_reports" not in html


@pytest.mark.parametrize("who", ["translator_ar", "fact_checker"])
def test_translators_and_fact_checkers_cannot_answer(
    request, client, who, report, myth_index, make_myth
):
    client.force_login(request.getfixturevalue(who))
    page = make_myth("bil")
    for url in (
        new_page_url(report),
        reverse("rumour_reports:answer_new_in", args=[report.pk, myth_index.pk]),
        existing_page_url(report),
        merge_url(report, report),
    ):
        assert refused(client.get(url)), url
    client.post(existing_page_url(report), {"page": page.pk})
    report.refresh_from_db()
    assert report.answered_by is None


def test_anonymous_users_are_sent_to_sign_in(client, report, myth_index):
    for url in (new_page_url(report), existing_page_url(report), merge_url(report)):
        assert refused(client.get(url)), url


def test_a_report_posted_with_a_new_page_by_someone_who_cannot_answer_stays_unlinked(
    client, make_user, report, myth_index
):
    """A Communicator-like page author without the inbox permission writes a
    page carrying a report's id: the page is created, the report untouched."""
    author = make_user("author", EditorialRole.COMMUNICATORS)
    group = author.groups.get()
    group.permissions.remove(group.permissions.get(codename="change_rumourreport"))
    client.force_login(author)
    data = myth_form(action="action-save")
    data["answers_rumour_report"] = str(report.pk)
    client.post(add_url(myth_index), data)
    assert MythPage.objects.filter(slug="arbete").exists()
    report.refresh_from_db()
    assert report.answered_by is None


def test_a_deleted_answer_page_leaves_the_report_open(client, communicator, report, make_myth):
    page = make_myth("bil")
    report.answer_with(page)
    report.save()

    Page.objects.get(pk=page.pk).delete()

    report.refresh_from_db()
    assert report.answered_by is None
    assert report.status == ReportStatus.NEW
    client.force_login(communicator)
    assert client.get(reverse("rumour_reports:index")).status_code == 200
    assert client.get(reverse("rumour_reports:edit", args=[report.pk])).status_code == 200


def test_the_admin_catalogue_translates_every_entry_and_is_compiled():
    po_path = (
        Path(__file__).resolve().parents[2] / "campaigns/admin_locale/sv/LC_MESSAGES/django.po"
    )
    catalogue = polib.pofile(str(po_path))
    assert not catalogue.untranslated_entries() and not catalogue.fuzzy_entries()
    with open(po_path.with_suffix(".mo"), "rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    for entry in catalogue:
        if not entry.msgid_plural:
            assert compiled.gettext(entry.msgid) == entry.msgstr, "run msgfmt"
