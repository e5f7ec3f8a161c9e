"""Stored XSS, the class of most of Wagtail's past advisories: text that an
editor, a translator, a spreadsheet or a reader put into Samla comes out as
text wherever it is shown: public pages and their forms, the admin's
messages, listings and previews, workflow and subscription e-mails, feeds
and the ClaimReview JSON-LD. Every check parses the output as its reader
would (tests/security/markup.py) and also finds the text itself there."""

import csv
import io
import json
import re
from urllib.parse import urlencode
from xml.etree import ElementTree

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation

import pytest

from campaigns.models import (
    CampaignAmbassador,
    CampaignSteeringMember,
    ForecastPage,
    MythTopic,
    RumourReport,
)
from home.models import ContentPage, EditorialRole, Organisation, Person, SiteSettings, UrgentNotice
from stories.models import Activity, ExampleType, TargetGroup
from tests.campaigns.campaign_helpers import make_campaign, make_index
from tests.home.editorial_helpers import add_draft, workflow_action
from tests.security.markup import HOSTILE, IMG, SCRIPT, assert_inert, parse
from tests.utils import publish

# A claim that tries to close the JSON-LD script element it is written into.
CLOSING = f'{HOSTILE}</script><script>alert("xss")</script>'


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def admin_messages(response):
    """The text of the messages the admin shows after a redirect."""
    html = response.content.decode()
    start = html.index('data-w-messages-target="container"')
    return html[start : html.index("</ul>", start)]


# Pages: titles, search descriptions, block texts, alt texts, snippet names.


def test_titles_and_search_descriptions_stay_text_on_the_page_in_menus_and_in_search(
    client, source_home
):
    page = ContentPage(
        title=f"Boende {HOSTILE}",
        slug="boende",
        seo_title=f"SEO {HOSTILE}",
        search_description=f"Beskrivning {HOSTILE}",
        intro=f"Ingress {HOSTILE}",
        show_in_menus=True,
    )
    source_home.add_child(instance=page)
    publish(page)

    markup = assert_inert(page_html(client, "/sv/boende/"), shown=f"Boende {HOSTILE}")
    assert f"Beskrivning {HOSTILE}" in markup.attribute_values("content")
    assert f"Ingress {HOSTILE}" in markup.text
    assert f"SEO {HOSTILE}" in markup.text  # the <title> element
    assert_inert(page_html(client, "/sv/"), shown=f"Boende {HOSTILE}")  # the main menu
    found = assert_inert(page_html(client, "/sv/search/?q=Boende"), shown=f"Boende {HOSTILE}")
    assert f"Beskrivning {HOSTILE}" in found.text


def test_every_body_block_keeps_its_text_and_alt_text_as_text(client, source_home):
    image = Image.objects.create(title=f"Bild {HOSTILE}", file=get_test_image_file())
    speaker = Person.objects.create(name=f"Anna {HOSTILE}", role=f"Roll {HOSTILE}")
    page = ContentPage(
        title="Block",
        slug="block",
        body=[
            ("heading", {"text": f"Rubrik {HOSTILE}", "level": "h2"}),
            (
                "image",
                {"image": image, "alt_text": f"Alt {HOSTILE}", "caption": f"Text {HOSTILE}"},
            ),
            ("quote", {"quote": f"Citat {HOSTILE}", "speaker": speaker}),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=abc123",
                    "title": f"Film {HOSTILE}",
                    "transcript": f"Utskrift {HOSTILE}",
                },
            ),
            ("fact_box", {"title": f"Fakta {HOSTILE}", "text": "<p>Fakta.</p>"}),
        ],
    )
    source_home.add_child(instance=page)
    publish(page)

    markup = assert_inert(page_html(client, "/sv/block/"), shown=f"Rubrik {HOSTILE}")
    images = [attrs for tag, attrs in markup.elements if tag == "img"]
    assert [attrs["alt"] for attrs in images] == [f"Alt {HOSTILE}"]
    for text in ("Text", "Citat", "Anna", "Roll", "Film", "Utskrift", "Fakta"):
        assert f"{text} {HOSTILE}" in markup.text, text
    assert f"Fakta {HOSTILE}" in markup.attribute_values("aria-label")
    assert f"Film {HOSTILE}" in markup.attribute_values("data-video-title")


def test_an_urgent_notice_stays_text_on_every_page(client, source_home):
    notice = UrgentNotice.objects.create(
        title=f"Viktigt {HOSTILE}", message=f"Meddelande {HOSTILE}", locale=source_home.locale
    )
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"urgent_notice": notice}
    )

    markup = assert_inert(page_html(client, "/sv/"), shown=f"Viktigt {HOSTILE}")
    assert f"Meddelande {HOSTILE}" in markup.text


@pytest.fixture
def hostile_story(add_story, sv):
    """A story whose title, summary, facets, organisation and contact person
    carry the payload."""
    organisation = Organisation.objects.create(name=f"Kommun {HOSTILE}", locale=sv)
    person = Person.objects.create(
        name=f"Kontakt {HOSTILE}",
        role=f"Roll {HOSTILE}",
        organisation=organisation,
        email="kontakt@example.org",
    )
    group = TargetGroup.objects.create(name=f"Grupp {HOSTILE}", locale=sv)
    return add_story(
        f"Berättelse {HOSTILE}",
        slug="berattelse",
        summary=f"Sammanfattning {HOSTILE}",
        organisations=[organisation],
        contact_persons=[person],
        target_groups=[group],
        activity=Activity.objects.create(name=f"Verksamhet {HOSTILE}", locale=sv),
        example_type=ExampleType.objects.create(name=f"Typ {HOSTILE}", locale=sv),
    )


def test_story_title_summary_and_snippet_names_stay_text_on_the_story_page(client, hostile_story):
    markup = assert_inert(page_html(client, hostile_story.url), shown=f"Berättelse {HOSTILE}")
    for text in ("Sammanfattning", "Kommun", "Kontakt", "Roll", "Grupp", "Verksamhet", "Typ"):
        assert f"{text} {HOSTILE}" in markup.text, text


def test_facet_names_stay_text_in_the_library_its_filter_form_and_its_filter_links(
    client, hostile_story
):
    group = TargetGroup.objects.get(name=f"Grupp {HOSTILE}")
    for url in ("/sv/goda-exempel/", f"/sv/goda-exempel/?target_group={group.slug}"):
        markup = assert_inert(page_html(client, url), shown=f"Berättelse {HOSTILE}")
        # The filter form's option label comes from the facet's name.
        assert ("option", {"value": group.slug}) in markup.elements or (
            "option",
            {"value": group.slug, "selected": None},
        ) in markup.elements, url
        assert f"Grupp {HOSTILE} (1)" in markup.text, url
    assert_inert(page_html(client, "/sv/"), shown=f"Berättelse {HOSTILE}")  # newest stories


@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feed_items_stay_text_in_feed_readers(client, hostile_story, feed):
    """Feed readers show an item's title as text and its description (Atom:
    a summary of type="html") as HTML; both must show the text as written."""
    response = client.get(f"/sv/goda-exempel/{feed}/")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    atom = "{http://www.w3.org/2005/Atom}"
    item = root.find("channel/item") if feed == "rss" else root.find(f"{atom}entry")
    title = item.findtext("title") if feed == "rss" else item.findtext(f"{atom}title")
    description = item.findtext("description") if feed == "rss" else item.findtext(f"{atom}summary")
    categories = (
        [c.text for c in item.findall("category")]
        if feed == "rss"
        else [c.get("term") for c in item.findall(f"{atom}category")]
    )

    assert title == f"Berättelse {HOSTILE}"
    assert f"Grupp {HOSTILE}" in categories
    assert_inert(description, shown=f"Sammanfattning {HOSTILE}")


@pytest.fixture
def hostile_myth(make_myth, sv):
    topic = MythTopic.objects.create(name=f"Ämne {HOSTILE}", locale=sv)
    return make_myth(
        "rykte",
        title=f"Myt {HOSTILE}",
        claim=CLOSING,
        short_fact=f"Fakta {HOSTILE}",
        topic=topic,
    )


def test_a_claim_cannot_close_the_claimreview_json_ld(client, hostile_myth):
    markup = assert_inert(page_html(client, hostile_myth.url), shown=CLOSING)

    (json_ld,) = markup.scripts_of_type("application/ld+json")
    claim_review = json.loads(json_ld)
    assert claim_review["claimReviewed"] == CLOSING
    assert claim_review["itemReviewed"]["name"] == CLOSING
    assert CLOSING in markup.attribute_values("content")  # og:title
    assert f"Fakta {HOSTILE}" in markup.text


def test_myth_claims_and_topics_stay_text_in_the_index_its_filter_form_and_the_home_page(
    client, hostile_myth
):
    markup = assert_inert(page_html(client, "/sv/myter/"), shown=CLOSING)
    topic = MythTopic.objects.get()
    # The topic filter's option label comes from the topic's name.
    assert (
        "option",
        {"value": str(topic.pk)},
    ) in markup.elements
    assert f"Ämne {HOSTILE}" in markup.text
    assert_inert(page_html(client, "/sv/"), shown=CLOSING)


def test_campaign_names_alt_texts_and_form_labels_stay_text(client, source_home, sv):
    index = make_index(source_home)
    group = TargetGroup.objects.create(name=f"Grupp {HOSTILE}", locale=sv)
    partner = Organisation.objects.create(name=f"Partner {HOSTILE}", locale=sv)
    person = Person.objects.create(name=f"Ambassadör {HOSTILE}", role=f"Roll {HOSTILE}")
    campaign = make_campaign(
        index,
        slug="kampanj",
        title=f"Kampanj {HOSTILE}",
        purpose=f"Syfte {HOSTILE}",
        activities=[(f"Möte {HOSTILE}", 5, None, f"Plats {HOSTILE}")],
        materials=[(f"Broschyr {HOSTILE}", "ar")],
        live=False,
    )
    campaign.target_groups.set([group])
    campaign.partners.set([partner])
    campaign.contacts.set([person])
    campaign.project_lead = person
    CampaignAmbassador.objects.create(
        page=campaign,
        person=person,
        quote=f"Citat {HOSTILE}",
        photo=Image.objects.create(title="Porträtt", file=get_test_image_file()),
        photo_alt=f"Foto {HOSTILE}",
        locale=sv,
    )
    CampaignSteeringMember.objects.create(
        page=campaign, role=f"Ordförande {HOSTILE}", organisation=partner, locale=sv
    )
    campaign.save()
    publish(campaign)

    markup = assert_inert(page_html(client, campaign.url), shown=f"Kampanj {HOSTILE}")
    assert f"Foto {HOSTILE}" in [attrs.get("alt") for tag, attrs in markup.elements if tag == "img"]
    for text in ("Syfte", "Grupp", "Partner", "Ambassadör", "Roll", "Citat", "Möte", "Plats"):
        assert f"{text} {HOSTILE}" in markup.text, text
    for text in ("Ordförande", "Broschyr"):
        assert f"{text} {HOSTILE}" in markup.text, text
    listing = assert_inert(page_html(client, "/sv/kampanjer/"), shown=f"Kampanj {HOSTILE}")
    # The target group filter's option label comes from the facet's name.
    assert ("option", {"value": group.slug}) in listing.elements
    assert f"Grupp {HOSTILE}" in listing.text
    assert_inert(page_html(client, "/sv/"), shown=f"Kampanj {HOSTILE}")  # active campaigns


# Forecasts: labels and units from a communicator's CSV file, in the admin's
# preview and error list, then the public table, SVG chart and key figures.


def csv_upload(rows):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(["series", "label", "unit", "period", "value", "low", "high"])
    writer.writerows(rows)
    return SimpleUploadedFile("prognos.csv", output.getvalue().encode())


def test_forecast_labels_from_csv_stay_text_in_the_admin_the_table_and_the_chart(
    client, communicator, make_forecast
):
    page = make_forecast("prognos", "2026-02-01")
    client.force_login(communicator)
    label, unit = f"Serie {HOSTILE}", f"st {IMG}"  # a unit has at most 50 characters
    preview = client.post(
        reverse("forecast_import", args=[page.pk]),
        {"file": csv_upload([["anvisade", label, unit, "2026", "1500", "1000", "2000"]])},
    )
    assert preview.status_code == 200
    html = preview.content.decode()
    assert_inert(html, shown=f"{label} (anvisade)")  # the preview of what changes
    signed = re.search(r'name="data" value="([^"]+)"', html).group(1)
    client.post(reverse("forecast_import", args=[page.pk]), {"data": signed})
    ForecastPage.objects.get(pk=page.pk).get_latest_revision().publish()
    client.logout()

    markup = assert_inert(page_html(client, page.url), shown=f"{label} ({unit})")
    # The section heading, the chart's <title>, the table's caption, the key figure.
    assert markup.text.count(label) == 4
    assert markup.text.count(unit) == 3  # the chart's title, the caption, the key figure
    assert_inert(page_html(client, "/sv/"), shown=label)  # the latest forecast's key figures


@pytest.mark.parametrize(
    ("row", "column", "echoed"),
    [
        (["anvisade", "Anvisade", "st", "2026", HOSTILE, "", ""], "value", True),
        (["anvisade", "Anvisade", "st", HOSTILE, "1", "", ""], "period", False),
        ([HOSTILE, "Anvisade", "st", "2026", "1", "", ""], "series", False),
    ],
    ids=["value", "period", "series"],
)
def test_hostile_csv_cells_stay_text_in_the_import_errors(
    client, communicator, make_forecast, row, column, echoed
):
    page = make_forecast("prognos", "2026-02-01")
    client.force_login(communicator)

    response = client.post(reverse("forecast_import", args=[page.pk]), {"file": csv_upload([row])})

    assert response.status_code == 400
    html = response.content.decode()
    errors = html[html.index('class="forecast-import-errors"') :]
    # The bad cell is named by its place; only a bad number is quoted back.
    assert f"Rad 2, kolumn ”{column}”" in parse(errors).text
    assert_inert(html, shown=f"”{HOSTILE}” är inte ett tal." if echoed else None)


# Translations: what a translator types into wagtail-localize's editor.


@pytest.fixture
def arabic_translation(client, source_home, communicator, django_capture_on_commit_callbacks):
    """A live Swedish page with a link in its body; a communicator asks for
    its Arabic translation."""
    page = ContentPage(
        title="Boende",
        slug="boende",
        intro="Så fungerar boendet.",
        body=[("text", '<p>Läs <a href="https://example.org/">mer</a> här.</p>')],
    )
    source_home.add_child(instance=page)
    publish(page)
    arabic = Locale.objects.get(language_code="ar")
    client.force_login(communicator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [arabic.pk]},
        )
    client.logout()
    return Translation.objects.get(target_locale=arabic)


def translate_in_editor(client, translation, values):
    """Puts each string as the editor does: text is sent as HTML (escaped)."""
    answers = {}
    for segment in translation.source.stringsegment_set.select_related("context"):
        path = segment.context.path.split(".")[0]
        if path in values:
            response = client.put(
                reverse(
                    "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
                ),
                urlencode({"value": values[path]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201)
            answers[path] = response.json()
    return answers


def test_translated_strings_stay_text_in_the_editor_the_messages_the_e_mails_and_the_page(
    client, arabic_translation, translator_ar, make_user, django_capture_on_commit_callbacks
):
    title, intro = f"السكن {HOSTILE}", f"هكذا {HOSTILE}"
    client.force_login(translator_ar)
    answers = translate_in_editor(
        client,
        arabic_translation,
        {
            "title": escape(title),
            "intro": escape(intro),
            # Markup with attributes is refused in a rich-text string.
            "body": 'اقرأ <a id="a1" href="javascript:alert(1)" onclick="alert(1)">المزيد</a>',
        },
    )
    assert answers["body"]["error"]
    page = arabic_translation.get_target_instance()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert_inert(editor.content.decode(), shown=None)

    with django_capture_on_commit_callbacks(execute=True):
        submitted = client.post(
            reverse("submit_translation_for_review", args=[arabic_translation.pk]), follow=True
        )
    assert_inert(admin_messages(submitted), shown=f"”{title}”")

    client.force_login(make_user("reviewer-ar", EditorialRole.TRANSLATORS, "ar"))
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert page.live

    markup = assert_inert(page_html(client, page.url), shown=title)
    assert intro in markup.text
    assert "https://example.org/" in markup.attribute_values("href")  # the source's link
    html_parts = [
        content
        for message in mail.outbox
        for content, kind in getattr(message, "alternatives", [])
        if kind == "text/html"
    ]
    assert html_parts, "the workflow e-mails have HTML parts"
    for html in html_parts:
        assert_inert(html, shown=None)
    assert any(title in parse(html).text for html in html_parts)


# The admin: messages after saving and submitting, and workflow e-mails.


def test_a_hostile_title_stays_text_in_the_admins_messages_after_saving_and_submitting(
    client, communicator, source_home, django_capture_on_commit_callbacks
):
    page = add_draft(source_home, title="Utkast", slug="utkast", user=communicator)
    client.force_login(communicator)
    form = {"title": f"Rubrik {HOSTILE}", "slug": "utkast", "intro": "", "body-count": "0"}
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    saved = client.post(edit_url, form, follow=True)
    assert_inert(admin_messages(saved), shown=f"Rubrik {HOSTILE}")
    with django_capture_on_commit_callbacks(execute=True):
        submitted = client.post(edit_url, {**form, "action-submit": "1"}, follow=True)
    assert_inert(admin_messages(submitted), shown=f"Rubrik {HOSTILE}")
    assert_inert(submitted.content.decode(), shown=None)


def test_workflow_e_mails_keep_titles_and_review_comments_as_text(
    client, communicator, publisher, source_home, django_capture_on_commit_callbacks
):
    page = add_draft(source_home, title=f"Rubrik {HOSTILE}", slug="utkast", user=communicator)
    client.force_login(communicator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {
                "title": page.title,
                "slug": "utkast",
                "intro": "",
                "body-count": "0",
                "action-submit": "1",
            },
        )
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "reject", comment=f"Kommentar {HOSTILE}")

    by_recipient = {message.to[0]: message for message in mail.outbox}
    to_publisher, to_author = by_recipient[publisher.email], by_recipient[communicator.email]
    assert f"Rubrik {HOSTILE}" in to_publisher.subject
    (submitted_html,) = [c for c, kind in to_publisher.alternatives if kind == "text/html"]
    assert_inert(submitted_html, shown=f"Rubrik {HOSTILE}")
    (rejected_html,) = [c for c, kind in to_author.alternatives if kind == "text/html"]
    assert_inert(rejected_html, shown=f"Kommentar {HOSTILE}")


def test_subscription_e_mails_are_plain_text_with_the_title_as_written(
    client, make_myth, django_capture_on_commit_callbacks
):
    client.post("/sv/subscribe/", {"email": "lasare@example.org", "topics": ["myths"]})
    link = next(line for line in mail.outbox[-1].body.splitlines() if "/subscribe/confirm/" in line)
    client.get(link.strip().replace("http://testserver", ""))
    assert not any(getattr(m, "alternatives", None) for m in mail.outbox)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        myth = make_myth("nytt-rykte", title=f"Ny myt {HOSTILE}")

    (message,) = mail.outbox
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", None), "no HTML part to interpret"
    assert f"Ny myt {HOSTILE}" in message.body
    assert message.subject.endswith(f"Ny myt {HOSTILE}")
    assert myth.url in message.body


# What readers send: shown to communicators in the admin.


def test_readers_reports_feedback_and_suggestions_stay_text_in_the_admin(
    client, communicator, source_home
):
    page = ContentPage(title="Om Samla", slug="om-samla")
    source_home.add_child(instance=page)
    publish(page)
    reader = type(client)()
    reader.post("/sv/feedback/", {"page": page.pk, "helpful": "no", "comment": f"Svar {HOSTILE}"})
    reader.post(
        "/sv/report-a-rumour/",
        {"text": f"Rykte {HOSTILE}", "heard_where": "people", "language": "sv"},
    )
    client.force_login(communicator)

    feedback = page_html(client, reverse("page_feedback_report"))
    assert_inert(feedback, shown=f"Svar {HOSTILE}")
    reports = page_html(client, reverse("rumour_reports:index"))
    assert_inert(reports, shown=f"Rykte {HOSTILE}")
    report = RumourReport.objects.get()
    edit = page_html(client, reverse("rumour_reports:edit", args=[report.pk]))
    assert_inert(edit, shown=None)
    assert SCRIPT not in edit and IMG not in edit
