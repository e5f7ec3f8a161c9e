"""Who may reach what, role by role, for the classes of Wagtail's past
permission advisories: users and groups, revisions, copying, the API,
choosers and wagtail-localize's translation views. The permission matrix of
docs/roles.md (tests/home/test_permission_matrix.py) already covers
creating, editing, submitting, approving, publishing, draft view and preview
in each tree; these tests cover the routes around it. Each refusal is
checked by what did not happen, not only by the status code."""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import polib
import pytest

from home.editorial.models import role_group
from home.models import ContentPage, EditorialRole, Organisation, Person
from tests.factories.campaigns import forecast_series
from tests.utils import publish, refused

# Marked up front: pytest-django runs unmarked tests last, after the browser
# tests, whose session-wide Playwright loop forbids synchronous database calls.
pytestmark = pytest.mark.django_db

NON_SUPERUSER_ROLES = [
    "communicator",
    "fact_checker",
    "publisher",
    "translator_ar",
    "translator_fa",
]


@pytest.fixture
def translator_fa(make_user):
    return make_user("translator-fa", EditorialRole.TRANSLATORS, "fa")


# Item 1 of the issue: nobody but superusers manages users or groups.


@pytest.fixture
def someone_else(make_user):
    return make_user("someone-else", EditorialRole.COMMUNICATORS)


def user_and_group_routes(someone_else, user):
    publishers = role_group(EditorialRole.PUBLISHERS)
    return [
        ("wagtailusers_users:index", []),
        ("wagtailusers_users:add", []),
        ("wagtailusers_users:edit", [someone_else.pk]),
        ("wagtailusers_users:edit", [user.pk]),
        ("wagtailusers_users:delete", [someone_else.pk]),
        ("wagtailusers_groups:index", []),
        ("wagtailusers_groups:add", []),
        ("wagtailusers_groups:edit", [publishers.pk]),
        ("wagtailusers_groups:delete", [publishers.pk]),
    ]


@pytest.mark.parametrize("role", NON_SUPERUSER_ROLES)
def test_no_editor_or_translator_manages_users_or_groups(
    client, request, django_user_model, someone_else, role
):
    user = request.getfixturevalue(role)
    publishers = role_group(EditorialRole.PUBLISHERS)
    publisher_ids = set(publishers.user_set.values_list("pk", flat=True))
    users_before = set(django_user_model.objects.values_list("pk", "username", "is_superuser"))
    client.force_login(user)
    takeover = {
        "username": "taken-over",
        "email": "evil@example.org",
        "is_superuser": "on",
        "is_active": "on",
        "groups": [publishers.pk],
        "password1": "a-new-password-123",
        "password2": "a-new-password-123",
        "name": "Everyone",
        "permissions": [],
    }

    for name, args in user_and_group_routes(someone_else, user):
        url = reverse(name, args=args)
        assert refused(client.get(url)), url
        assert refused(client.post(url, takeover)), url

    assert set(django_user_model.objects.values_list("pk", "username", "is_superuser")) == (
        users_before
    )
    assert set(publishers.user_set.values_list("pk", flat=True)) == publisher_ids
    assert Group.objects.filter(editorial_role__role=EditorialRole.PUBLISHERS).exists()
    assert not Group.objects.filter(name="Everyone").exists()


@pytest.mark.parametrize("role", NON_SUPERUSER_ROLES)
def test_editing_ones_own_account_cannot_add_groups_or_powers(client, request, role):
    user = request.getfixturevalue(role)
    groups_before = set(user.groups.values_list("name", flat=True))
    publishers = role_group(EditorialRole.PUBLISHERS)
    client.force_login(user)
    escalation = {"groups": [publishers.pk], "is_superuser": "on", "is_staff": "on"}

    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Ny",
            "name_email-last_name": "Namn",
            "name_email-email": f"ny-{role}@example.org",
            "locale-preferred_language": "sv",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
            **escalation,
            **{f"name_email-{key}": value for key, value in escalation.items()},
        },
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email == f"ny-{role}@example.org"  # the form itself was accepted
    assert set(user.groups.values_list("name", flat=True)) == groups_before
    assert not user.is_superuser and not user.is_staff
    assert not user.user_permissions.exists()


def test_a_superuser_does_manage_users(client, django_user_model):
    """The control: the refusals above are permissions, not broken routes."""
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pass")
    client.force_login(admin)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200
    assert client.get(reverse("wagtailusers_groups:index")).status_code == 200


# Revisions: the history, a revision, the comparison, reverting.


@pytest.fixture
def page_with_a_secret_draft(source_home, make_user):
    author = make_user("author", EditorialRole.COMMUNICATORS)
    page = ContentPage(title="Publicerad", slug="publicerad", intro="Det som gäller.")
    source_home.add_child(instance=page)
    first = page.save_revision(user=author)
    first.publish(user=author, skip_permission_checks=True)
    page.title = "Hemligt utkast"
    page.intro = "Zyxel hemlig text"
    second = page.save_revision(user=author)
    return page, first, second


def revision_routes(page, first, second):
    return [
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, second.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", "latest"]),
        reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk]),
    ]


@pytest.mark.parametrize("role", ["anonymous", "translator_ar", "translator_fa"])
def test_who_may_not_edit_a_page_sees_none_of_its_revisions_and_reverts_nothing(
    client, request, page_with_a_secret_draft, role
):
    page, first, second = page_with_a_secret_draft
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))

    for url in revision_routes(page, first, second):
        response = client.get(url)
        assert refused(response), url
        assert "Zyxel" not in response.content.decode(), url
    assert refused(
        client.post(
            reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk]),
            {"title": "Återställd", "slug": "publicerad", "intro": "", "body-count": "0"},
        )
    )
    assert refused(
        client.post(reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, second.pk]))
    )

    page.refresh_from_db()
    assert page.latest_revision_id == second.pk
    assert page.get_latest_revision().content["title"] == "Hemligt utkast"


def test_a_communicator_of_the_tree_reads_the_revisions(
    client, communicator, page_with_a_secret_draft
):
    """The control: the refused routes work for someone who may edit the page."""
    page, first, second = page_with_a_secret_draft
    client.force_login(communicator)

    response = client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, second.pk]))

    assert response.status_code == 200
    assert "Zyxel hemlig text" in response.content.decode()


def test_a_translator_sees_no_revision_of_another_languages_page(client, translator_ar, homes):
    persian = ContentPage(title="صفحه", slug="safhe")
    homes["fa"].add_child(instance=persian)
    publish(persian)
    persian.title = "پیش‌نویس پنهان"
    revision = persian.save_revision()
    client.force_login(translator_ar)

    response = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[persian.pk, revision.pk])
    )

    assert refused(response)
    assert "پیش‌نویس پنهان" not in response.content.decode()


# Copying: into a tree one cannot add to, and publishing the copy.


def copy_form(parent, slug, **extra):
    return {"new_title": "Kopia", "new_slug": slug, "new_parent_page": parent.pk, **extra}


@pytest.mark.parametrize(
    ("role", "source_tree", "target_tree"),
    [
        ("communicator", "sv", "fa"),
        ("fact_checker", "sv", "ar"),
        ("translator_ar", "ar", "sv"),
        ("translator_ar", "ar", "fa"),
        ("translator_fa", "ar", "fa"),
    ],
)
def test_nobody_copies_a_page_into_a_tree_they_cannot_add_to(
    client, request, homes, role, source_tree, target_tree
):
    source = ContentPage(title="Original", slug="original")
    homes[source_tree].add_child(instance=source)
    publish(source)
    client.force_login(request.getfixturevalue(role))

    client.post(
        reverse("wagtailadmin_pages:copy", args=[source.pk]), copy_form(homes[target_tree], "kopia")
    )

    assert not Page.objects.filter(slug="kopia").exists()


def test_a_communicators_copy_is_a_draft_even_when_publishing_is_asked_for(
    client, communicator, source_home
):
    source = ContentPage(title="Original", slug="original")
    source_home.add_child(instance=source)
    publish(source)
    client.force_login(communicator)

    client.post(
        reverse("wagtailadmin_pages:copy", args=[source.pk]),
        copy_form(source_home, "kopia", publish_copies="on"),
    )

    copy = Page.objects.get(slug="kopia")  # the control: copying itself is allowed
    assert not copy.live
    assert client.get("/sv/kopia/").status_code == 404


# The API shows live, public pages and nothing else, whatever is asked.


@pytest.fixture
def hidden_pages(source_home, make_user):
    """A never-published page, a live page with a newer draft, and live pages
    under a login restriction and a password restriction (and their children)."""
    author = make_user("api-author", is_superuser=True)

    def live(parent, title, slug):
        page = ContentPage(title=title, slug=slug, intro=f"Om {title}.")
        parent.add_child(instance=page)
        page.save_revision(user=author).publish(user=author, skip_permission_checks=True)
        return page

    never = ContentPage(title="Qwaldraft aldrig", slug="aldrig", live=False)
    source_home.add_child(instance=never)
    never.save_revision(user=author)
    drafted = live(source_home, "Offentlig rubrik", "offentlig")
    drafted.title = "Qwaldraft ny rubrik"
    drafted.intro = "Qwaldraft ny text"
    drafted.save_revision(user=author)
    members = live(source_home, "Qwalprivat medlemmar", "medlemmar")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    child = live(members, "Qwalprivat barn", "barn")
    secret = live(source_home, "Qwalprivat lösenord", "losenord")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    return {
        "never": never,
        "drafted": drafted,
        "members": members,
        "child": child,
        "secret": secret,
    }


def api(client, path, **params):
    response = client.get(path, params, follow=True)
    assert response.status_code in (200, 400, 404), (path, params, response.status_code)
    return response


def test_the_api_never_shows_drafts_private_pages_or_unpublished_revisions(client, hidden_pages):
    hidden_ids = {hidden_pages[key].pk for key in ("never", "members", "child", "secret")}
    requests = [
        {"fields": "*", "limit": 20},
        {"fields": "*", "type": "home.ContentPage"},
        {"search": "Qwalprivat"},
        {"search": "Qwaldraft"},
        {"search": "Qwaldraft", "fields": "*"},
        {"child_of": hidden_pages["members"].pk},
        {"descendant_of": hidden_pages["members"].pk},
        {"ancestor_of": hidden_pages["child"].pk, "fields": "*"},
        {"translation_of": hidden_pages["secret"].pk},
        {"slug": "barn"},
        {"title": "Qwalprivat barn"},
        {"id": hidden_pages["never"].pk},
    ]
    for params in requests:
        response = api(client, "/api/v2/pages/", **params)
        content = response.content.decode()
        assert "Qwal" not in content, params
        if response.status_code == 200:
            assert not {item["id"] for item in response.json()["items"]} & hidden_ids, params

    for page in [hidden_pages[key] for key in ("never", "members", "child", "secret")]:
        assert api(client, f"/api/v2/pages/{page.pk}/", fields="*").status_code == 404
        found = api(client, "/api/v2/pages/find/", html_path=page.url_path[len("/home") :])
        assert found.status_code == 404, page.url_path

    # The live version of the page with a draft is there, as published.
    drafted = api(client, f"/api/v2/pages/{hidden_pages['drafted'].pk}/", fields="*")
    assert drafted.json()["title"] == "Offentlig rubrik"
    assert "Qwaldraft" not in drafted.content.decode()


@pytest.mark.parametrize(
    "fields", ["latest_revision", "latest_revision_id", "owner", "locked_by", "draft_title"]
)
def test_the_api_offers_no_revision_or_owner_fields(client, hidden_pages, fields):
    response = api(client, f"/api/v2/pages/{hidden_pages['drafted'].pk}/", fields=fields)
    assert response.status_code == 400
    assert "Qwaldraft" not in response.content.decode()


def test_private_pages_stay_out_of_search_listings_feeds_and_the_sitemap(
    client, hidden_pages, add_story, make_myth
):
    story = add_story("Qwalprivat berättelse", slug="privat-berattelse")
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    myth = make_myth("privat-myt", title="Qwalprivat myt", claim="Qwalprivat påstående")
    PageViewRestriction.objects.create(page=myth, restriction_type=PageViewRestriction.LOGIN)

    search = client.get("/sv/search/", {"q": "Qwalprivat"})
    assert search.context["results"].paginator.count == 0
    for path in [
        "/sv/",
        "/sv/goda-exempel/",
        "/sv/goda-exempel/rss/",
        "/sv/goda-exempel/atom/",
        "/sv/myter/",
        "/sitemap.xml",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "Qwalprivat" not in response.content.decode(), path
    # The controls: the private pages themselves ask for a login or password.
    assert client.get("/sv/medlemmar/barn/").status_code == 302
    assert client.get("/sv/losenord/").status_code == 200  # the password form
    assert "Qwalprivat" not in client.get("/sv/losenord/").content.decode()


@pytest.mark.parametrize("private", ["older", "newer"])
def test_a_private_edition_of_a_forecast_is_neither_linked_nor_compared_with(
    client, make_forecast, private
):
    editions = {
        "older": make_forecast(
            "aldre",
            "2026-01-01",
            series=forecast_series(("anvisade", "Anvisade", "st", [("2026", 4321, None, None)])),
        ),
        "newer": make_forecast("nyare", "2026-06-01", edition=2),
    }
    hidden = editions[private]
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    public = editions["newer" if private == "older" else "older"]

    response = client.get(public.url)

    html = response.content.decode()
    assert hidden.url not in html
    assert response.context["previous_forecast"] is None
    assert response.context["newest_forecast"] is None
    hidden_figure = {"older": "4\xa0321", "newer": "1\xa0200"}[private]
    assert hidden_figure not in html


# Choosers: anonymous readers are sent to the login page; people's phone
# numbers and e-mail addresses never show; a translator chooses only from
# collections they may use.


@pytest.fixture
def chooser_content(db):
    Person.objects.create(
        name="Anna Andersson", role="Samordnare", phone="0224-123 45", email="anna@sala.example"
    )
    get_image_model().objects.create(title="Qwalbild", file=get_test_image_file())
    document = get_document_model()(title="Qwaldokument")
    document.file.save("internt.txt", ContentFile(b"internt"), save=True)


CHOOSERS = [
    "/admin/choose-page/",
    "/admin/choose-page/search/?q=Samla",
    "/admin/images/chooser/",
    "/admin/images/chooser/results/?q=Qwal",
    "/admin/documents/chooser/",
    "/admin/documents/chooser/results/?q=Qwal",
    "/admin/snippets/choose/home/person/",
    "/admin/snippets/choose/home/person/results/?q=Anna",
    "/admin/localize/api/snippets/home/person/",
]


@pytest.mark.parametrize("url", CHOOSERS)
def test_anonymous_readers_reach_no_chooser(client, chooser_content, url):
    response = client.get(url)
    assert response.status_code in (302, 403), url
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "Anna" not in response.content.decode()


@pytest.mark.parametrize("role", NON_SUPERUSER_ROLES)
def test_the_person_chooser_never_shows_phone_numbers_or_e_mail_addresses(
    client, request, chooser_content, role
):
    client.force_login(request.getfixturevalue(role))

    for url in CHOOSERS[-3:]:
        content = client.get(url).content.decode()
        assert "Anna Andersson" in content, url  # the chooser does list her
        assert "0224" not in content and "anna@sala.example" not in content, url


@pytest.mark.parametrize("role", ["translator_ar", "fact_checker"])
def test_a_translator_chooses_no_image_or_document_from_collections_they_may_not_use(
    client, request, chooser_content, role
):
    client.force_login(request.getfixturevalue(role))

    for url in CHOOSERS[2:6]:
        response = client.get(url)
        assert response.status_code in (200, 302, 403), url
        assert "Qwalbild" not in response.content.decode(), url
        assert "Qwaldokument" not in response.content.decode(), url


def test_a_communicator_chooses_images_and_documents(client, communicator, chooser_content):
    """The control: the chooser does list them for someone who may use them."""
    client.force_login(communicator)
    assert "Qwalbild" in client.get("/admin/images/chooser/").content.decode()
    assert "Qwaldokument" in client.get("/admin/documents/chooser/").content.decode()


# wagtail-localize's views of one translation, for a translator of another
# language: a page's and a snippet's (an organisation's) Persian translation.


@pytest.fixture
def persian_translations(source_home, make_user, django_capture_on_commit_callbacks):
    author = make_user("localize-author", is_superuser=True)
    persian = Locale.objects.get(language_code="fa")
    page = ContentPage(title="Boende", slug="boende", intro="Så fungerar boendet.")
    source_home.add_child(instance=page)
    page.save_revision(user=author).publish(user=author, skip_permission_checks=True)
    organisation = Organisation.objects.create(name="Exempelkommun", locale=source_home.locale)
    translations = {}
    for name, instance in (("page", page), ("organisation", organisation)):
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.create(source=source, target_locale=persian, enabled=True)
        with django_capture_on_commit_callbacks(execute=True):
            # Snippets have no drafts: their translations are saved as they are.
            translation.save_target(user=author, publish=name == "organisation")
        translations[name] = translation
    translations["source page"] = page
    return translations


def translation_routes(translation):
    segment = StringSegment.objects.filter(source=translation.source).first()
    return [
        (
            "put",
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        ),
        ("get", reverse("wagtail_localize:download_pofile", args=[translation.pk])),
        ("get", reverse("wagtail_localize:preview_translation", args=[translation.pk])),
        ("post", reverse("wagtail_localize:machine_translate", args=[translation.pk])),
        ("post", reverse("wagtail_localize:stop_translation", args=[translation.pk])),
    ]


def po_file(translation, text):
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        po.append(
            polib.POEntry(msgid=segment.string.data, msgctxt=segment.context.path, msgstr=text)
        )
    return SimpleUploadedFile(
        "translation.po", str(po).encode(), content_type="text/x-gettext-translation"
    )


@pytest.mark.parametrize("kind", ["page", "organisation"])
@pytest.mark.parametrize("role", ["anonymous", "translator_ar"])
def test_a_translator_of_another_language_cannot_work_on_a_translation(
    client, request, persian_translations, kind, role
):
    translation = persian_translations[kind]
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))

    for method, url in translation_routes(translation):
        if method == "put":
            response = client.put(
                url, "value=Qwalkapat", content_type="application/x-www-form-urlencoded"
            )
        else:
            response = getattr(client, method)(url)
        assert refused(response), (method, url, response.status_code)
        assert "Qwal" not in response.content.decode()
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": po_file(translation, "Qwalkapat")},
    )
    assert refused(response)

    assert not StringTranslation.objects.filter(data="Qwalkapat").exists()
    translation.refresh_from_db()
    assert translation.enabled


@pytest.mark.parametrize("role", ["translator_ar", "fact_checker"])
def test_nobody_outside_communicators_and_publishers_starts_syncs_or_converts_translations(
    client, request, persian_translations, role
):
    translation = persian_translations["page"]
    persian_page = translation.get_target_instance()
    client.force_login(request.getfixturevalue(role))
    english = Locale.objects.get(language_code="en")

    for url, data in [
        (
            reverse(
                "wagtail_localize:submit_page_translation",
                args=[persian_translations["source page"].pk],
            ),
            {"locales": [english.pk]},
        ),
        (reverse("wagtail_localize:update_translations", args=[translation.source_id]), {}),
        (reverse("wagtail_localize:convert_to_alias", args=[persian_page.pk]), {}),
    ]:
        assert refused(client.get(url)), url
        assert refused(client.post(url, data)), url

    assert not Page.objects.filter(locale=english, slug="boende").exists()
    persian_page.refresh_from_db()
    assert persian_page.alias_of_id is None


def test_the_translator_of_the_language_does_translate_it(
    client, persian_translations, translator_fa
):
    """The control: the routes refused above work for the right translator."""
    translation = persian_translations["organisation"]
    segment = StringSegment.objects.filter(source=translation.source).first()
    client.force_login(translator_fa)

    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Qwalkommun",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code in (200, 201)
    assert StringTranslation.objects.filter(data="Qwalkommun", locale__language_code="fa").exists()
    assert (
        client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).status_code
        == 200
    )
