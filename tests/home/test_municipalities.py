"""Several municipalities in one installation (issue 19): adding one makes
its site, language trees, groups and workflows; each municipality's editors
work in its trees only, unless the host shares fact checkers or translators;
readers on one municipality's address see its pages only."""

from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import Page, Site, WorkflowPage

import pytest

from campaigns.models import RumourReport
from home.editorial.models import role_group, role_workflow
from home.models import (
    ContentPage,
    EditorialRole,
    HomePage,
    Municipality,
    ReviewWorkflow,
    SiteSettings,
    Subscription,
    UrgentNotice,
)
from home.municipalities.setup import add_municipality
from stories.models import StoryPage
from tests.factories import stories as story_factories
from tests.home.test_permission_matrix import do_edit
from tests.utils import OTHER_HOST, publish, refused


def homes_of(municipality):
    root = municipality.site.root_page
    return {
        home.locale.language_code: home
        for home in HomePage.objects.filter(translation_key=root.translation_key).select_related(
            "locale"
        )
    }


def test_the_command_adds_a_site_with_a_home_page_in_every_language_groups_and_workflows(db):
    call_command("add_municipality", "Exempelby kommun", OTHER_HOST, "--port", "8000")

    municipality = Municipality.objects.get(name="Exempelby kommun")
    assert (municipality.site.hostname, municipality.site.port) == (OTHER_HOST, 8000)
    homes = homes_of(municipality)
    assert sorted(homes) == sorted(["sv", "en", "ar", "fa", "prs", "so", "ti", "uk"])
    assert all(home.live and home.depth == 2 for home in homes.values())
    assert homes["sv"].pk == municipality.site.root_page_id
    publishers = role_group(EditorialRole.PUBLISHERS, municipality=municipality)
    assert publishers.name == "Exempelby kommun: Publishers"
    assert publishers != role_group(EditorialRole.PUBLISHERS)
    review = role_workflow(ReviewWorkflow.REVIEW, municipality=municipality)
    assert WorkflowPage.objects.get(page=homes["sv"]).workflow == review
    assert review != role_workflow(ReviewWorkflow.REVIEW)
    arabic_review = role_workflow(
        ReviewWorkflow.TRANSLATION_REVIEW, "ar", municipality=municipality
    )
    assert WorkflowPage.objects.get(page=homes["ar"]).workflow == arabic_review
    # The urgent lane (campaigns.myths.urgent) follows the new Publishers.
    assert publishers.permissions.filter(codename="publish_urgently").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["Sala", "not a host"], "Ange ett värdnamn som exempelby.se"),
        (["Sala", "localhost"], "En annan webbplats svarar redan"),
        (
            ["Sala", "sala.localhost", "--share-fact-checkers-with", "Ingenstans"],
            "fact_checkers_from",
        ),
    ],
    ids=["bad-host", "host-taken", "unknown-municipality"],
)
def test_the_command_refuses_bad_input_and_adds_nothing(db, arguments, message):
    sites, pages = Site.objects.count(), Page.objects.count()

    with pytest.raises(CommandError, match=message):
        call_command("add_municipality", *arguments)

    assert (Site.objects.count(), Page.objects.count()) == (sites, pages)


def test_shared_fact_checkers_and_translators_work_on_the_other_municipalitys_pages(
    client, make_user, db
):
    default = Municipality.default()
    sala = add_municipality(
        "Sala kommun", "sala.localhost", fact_checkers_from=default, translators_from=default
    )
    fact_checkers = role_group(EditorialRole.FACT_CHECKERS)

    assert role_group(EditorialRole.FACT_CHECKERS, municipality=sala) == fact_checkers
    assert not role_group(EditorialRole.COMMUNICATORS, municipality=sala).name.startswith(
        "Communicators"
    )
    checker = make_user("checker", EditorialRole.FACT_CHECKERS)
    client.force_login(checker)
    author = make_user("author", is_superuser=True)
    assert do_edit(client, parent=homes_of(sala)["sv"], author=author)
    fact_check = role_workflow(ReviewWorkflow.FACT_CHECK, municipality=sala)
    fact_check_groups = {
        group.pk
        for task in fact_check.tasks.specific()
        if hasattr(task, "groups")
        for group in task.groups.all()
    }
    assert fact_checkers.pk in fact_check_groups
    assert role_group(EditorialRole.PUBLISHERS, municipality=sala).pk in fact_check_groups

    translators = role_group(EditorialRole.TRANSLATORS, "ar")
    assert role_group(EditorialRole.TRANSLATORS, "ar", municipality=sala) == translators
    client.force_login(make_user("translator", EditorialRole.TRANSLATORS, "ar"))
    assert do_edit(client, parent=homes_of(sala)["ar"], author=author)
    arabic_review = role_workflow(ReviewWorkflow.TRANSLATION_REVIEW, "ar", municipality=sala)
    assert translators in arabic_review.tasks.specific().get().groups.all()


def test_readers_see_the_pages_of_the_municipality_whose_address_they_open(client, exempelby):
    home = homes_of(exempelby)["sv"]
    page = ContentPage(title="Simhallen i Exempelby", slug="simhallen", intro="Öppettider.")
    home.add_child(instance=page)
    publish(page)

    own = client.get("/sv/simhallen/", HTTP_HOST=OTHER_HOST)
    other = client.get("/sv/simhallen/", HTTP_HOST="localhost")
    search = reverse("search") + "?q=Simhallen"
    own_search = client.get(search, HTTP_HOST=OTHER_HOST)
    other_search = client.get(search, HTTP_HOST="localhost")

    assert own.status_code == 200 and "Simhallen i Exempelby" in own.content.decode()
    assert other.status_code == 404
    assert "Simhallen i Exempelby" in own_search.content.decode()
    assert "Simhallen i Exempelby" not in other_search.content.decode()


def test_superusers_add_a_municipality_in_the_admin_and_publishers_cannot(client, make_user):
    add_url = reverse("municipalities:add")
    client.force_login(make_user("publisher", EditorialRole.PUBLISHERS))
    assert client.get(add_url).status_code in (302, 403)

    client.force_login(make_user("root", is_superuser=True))
    response = client.post(
        add_url,
        {
            "name": "Sala kommun",
            "hostname": "Sala.localhost",
            "port": "80",
            "fact_checkers_from": "",
            "translators_from": "",
        },
    )

    assert response.status_code == 302
    sala = Municipality.objects.get(name="Sala kommun")
    assert sala.site.hostname == "sala.localhost"
    assert len(homes_of(sala)) == 8
    # Not even a superuser deletes one: its pages, groups and workflows would be orphaned.
    delete_url = reverse("municipalities:delete", args=[sala.pk])
    assert refused(client.get(delete_url)) and refused(client.post(delete_url))
    assert Municipality.objects.filter(pk=sala.pk).exists()


def test_an_address_of_no_municipality_is_a_404_that_shows_none_of_them(client, exempelby):

    unknown = client.get("/sv/", HTTP_HOST="nowhere.localhost")
    default = client.get("/sv/", HTTP_HOST="testserver")
    other = client.get("/sv/", HTTP_HOST=OTHER_HOST)

    assert unknown.status_code == 404
    text = unknown.content.decode()
    assert "Ingen kommun på den här adressen" in text
    assert "Exempelby kommun" not in text and 'href="/sv/"' not in text
    assert default.status_code == 200
    assert other.status_code == 200 and "Exempelby kommun" in other.content.decode()
    # The admin serves every municipality, on any of their addresses.
    assert client.get("/admin/login/", HTTP_HOST="nowhere.localhost").status_code == 200


def test_each_municipality_has_its_own_urgent_notice(client, exempelby, source_home):
    notice = UrgentNotice.objects.create(
        title="Vattenläcka i Exempelby", message="Koka vattnet.", locale=source_home.locale
    )
    settings_of_exempelby = SiteSettings.load(exempelby.site)
    settings_of_exempelby.urgent_notice = notice
    settings_of_exempelby.save()

    assert "Vattenläcka i Exempelby" in client.get("/sv/", HTTP_HOST=OTHER_HOST).content.decode()
    assert "Vattenläcka i Exempelby" not in client.get("/sv/").content.decode()
    assert SiteSettings.load().urgent_notice is None


def test_publishers_change_their_own_municipalitys_site_settings_only(client, make_user, exempelby):
    publisher = make_user("byutgivare", EditorialRole.PUBLISHERS, municipality=exempelby)
    client.force_login(publisher)
    own = reverse("wagtailsettings:edit", args=["home", "sitesettings", exempelby.site_id])
    other = reverse(
        "wagtailsettings:edit", args=["home", "sitesettings", Municipality.default().site_id]
    )

    assert client.get(own).status_code == 200
    assert refused(client.get(other))
    response = client.post(other, {"contact_email": "kapad@example.org"})
    assert refused(response)
    assert SiteSettings.load().contact_email != "kapad@example.org"
    # The default municipality's own Publishers still may.
    client.force_login(make_user("utgivare", EditorialRole.PUBLISHERS))
    assert client.get(other).status_code == 200


def test_each_municipalitys_urgent_notices_are_its_own_in_the_admin(
    client, make_user, exempelby, source_home
):
    theirs = UrgentNotice.objects.create(
        title="Stormvarning i Exempelkommun", message="Stanna inne.", locale=source_home.locale
    )
    publisher = make_user("byutgivare", EditorialRole.PUBLISHERS, municipality=exempelby)
    client.force_login(publisher)

    response = client.post(
        reverse("wagtailsnippets_home_urgentnotice:add") + "?locale=sv",
        {"title": "Vattenläcka i Exempelby", "message": "Koka vattnet.", "link_url": ""},
    )
    assert response.status_code == 302
    own = UrgentNotice.objects.get(title="Vattenläcka i Exempelby")
    assert own.municipality == exempelby

    listing = client.get(reverse("wagtailsnippets_home_urgentnotice:list")).content.decode()
    assert "Vattenläcka i Exempelby" in listing and "Stormvarning" not in listing
    chooser = client.get(reverse("wagtailsnippetchoosers_home_urgentnotice:choose")).json()
    assert "Vattenläcka i Exempelby" in chooser["html"]
    assert "Stormvarning" not in chooser["html"]
    edit = reverse("wagtailsnippets_home_urgentnotice:edit", args=[theirs.pk])
    assert refused(client.get(edit))
    assert refused(client.post(edit, {"title": "Kapad", "message": "Kapad", "link_url": ""}))
    delete = reverse("wagtailsnippets_home_urgentnotice:delete", args=[theirs.pk])
    assert refused(client.post(delete))
    theirs.refresh_from_db()
    assert theirs.title == "Stormvarning i Exempelkommun"
    assert theirs.municipality == Municipality.default()

    # The site settings offer the municipality's own notices only.
    form_class = get_setting_edit_handler(SiteSettings).get_form_class()
    offered = form_class(instance=SiteSettings.load(exempelby.site)).fields["urgent_notice"]
    assert list(offered.queryset) == [own]
    offered = form_class(instance=SiteSettings.load()).fields["urgent_notice"].queryset
    assert list(offered) == [theirs]


REPORT = {
    "text": "Någon sa att simhallen stänger för alla utom nyanlända.",
    "heard_where": "people",
    "language": "sv",
    "email": "granne@example.org",
    "consent": "on",
    "website": "",
}


def test_what_readers_send_to_one_municipality_reaches_only_those_who_work_for_it(
    client, make_user, exempelby, source_home, mailoutbox, django_capture_on_commit_callbacks
):
    own_communicator = make_user("kim", EditorialRole.COMMUNICATORS)
    other = make_user("stina", EditorialRole.COMMUNICATORS, municipality=exempelby)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/sv/report-a-rumour/", REPORT, HTTP_HOST=OTHER_HOST)
        client.post("/sv/report-a-rumour/", {**REPORT, "text": "Ett rykte i kommunen."})

    theirs = RumourReport.objects.get(text__startswith="Någon sa")
    ours = RumourReport.objects.get(text__startswith="Ett rykte")
    assert (theirs.municipality, ours.municipality) == (exempelby, Municipality.default())
    # Each municipality's Communicators are told of their own reports only.
    notices = [(message.to, message.body) for message in mailoutbox]
    assert [body for to, body in notices if other.email in to] == [
        body for to, body in notices if "Någon sa" in body
    ]
    assert [to for to, body in notices if "Någon sa" in body] == [[other.email]]
    assert [to for to, body in notices if "Ett rykte" in body] == [[own_communicator.email]]

    client.force_login(other)
    inbox = client.get(reverse("rumour_reports:index")).content.decode()
    assert "Någon sa att simhallen" in inbox and "Ett rykte i kommunen" not in inbox
    assert client.get(reverse("rumour_reports:edit", args=[ours.pk])).status_code == 404
    assert client.get(reverse("rumour_reports:edit", args=[theirs.pk])).status_code == 200

    feedback_page = ContentPage(title="Öppettider", slug="oppettider", intro="Öppet.")
    source_home.add_child(instance=feedback_page)
    publish(feedback_page)
    client.post(
        reverse("page_feedback"),
        {"page": feedback_page.pk, "helpful": "no", "comment": "Hemlig synpunkt"},
    )
    assert "Hemlig synpunkt" not in client.get(reverse("page_feedback_report")).content.decode()
    client.force_login(own_communicator)
    assert "Hemlig synpunkt" in client.get(reverse("page_feedback_report")).content.decode()


def test_subscribers_hear_of_their_own_municipalitys_new_pages_only(
    client, make_user, exempelby, source_home, mailoutbox, django_capture_on_commit_callbacks
):

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/sv/subscribe/",
            {"email": "lasare@example.org", "topics": ["stories"], "website": ""},
            HTTP_HOST=OTHER_HOST,
        )
    subscription = Subscription.objects.get(email="lasare@example.org")
    assert subscription.municipality == exempelby
    Subscription.objects.filter(pk=subscription.pk).update(confirmed_at=timezone.now())
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        story_factories.story(story_factories.story_library(source_home), "Läxhjälp i Sala")
    assert not [message for message in mailoutbox if "lasare@example.org" in message.to]

    other_library = story_factories.story_library(homes_of(exempelby)["sv"])
    with django_capture_on_commit_callbacks(execute=True):
        story_factories.story(other_library, "Simskola i Exempelby")
    assert StoryPage.objects.filter(title="Simskola i Exempelby", live=True).exists()
    assert [m.subject for m in mailoutbox if "lasare@example.org" in m.to]
