"""The Swedish admin shows Samla's own screens in Swedish: a page of the admin
in Swedish must not show an English label of Samla's code (issue 18). The
catalogue tests (tests/home/test_catalogues.py) prove each string has Swedish;
this one proves the screens use it, and finds labels that bypass gettext."""

from html.parser import HTMLParser

from django.apps import apps
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst

from wagtail.models import Page, get_page_models
from wagtail.users.models import UserProfile

import pytest

from campaigns.models import CampaignIndexPage, RumourReport
from home.models import ContentPage, Organisation
from stories.models import ExampleSuggestion
from tests.factories.campaigns import forecast_index, myth_index
from tests.factories.stories import story_library
from tests.home.test_catalogues import ADMIN_APPS, admin_labels

# Python's and Django's words for nothing and truth, printed where a template
# shows a value without a label of its own.
RAW_VALUES = {"True", "False", "None"}


class VisibleText(HTMLParser):
    """The text nodes a user sees: not in scripts, styles, templates or
    hidden elements (Wagtail's empty side-panel counter holds "None")."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    INVISIBLE = {"script", "style", "template"}

    def __init__(self):
        super().__init__()
        self.texts = []
        self.open = []  # (tag, hidden) of each open element

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        hidden = tag in self.INVISIBLE or any(name == "hidden" for name, _value in attrs)
        self.open.append((tag, hidden))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if data.strip() and not any(hidden for _tag, hidden in self.open):
            self.texts.append(" ".join(data.split()).rstrip(":*").strip())


def visible_texts(html):
    parser = VisibleText()
    parser.feed(html)
    return parser.texts


def english_labels():
    """Every label Samla's models give, as the English admin shows it, when
    the Swedish admin would show something else; and the names Django makes
    up from a field's name, which have no Swedish at all."""
    labels = set(RAW_VALUES)
    for app in ADMIN_APPS:
        for model in apps.get_app_config(app).get_models():
            labels.update(
                capfirst(field.verbose_name)
                for field in model._meta.get_fields()
                if field.concrete and field.editable and field._verbose_name is None
            )
            for _where, text in admin_labels(model):
                if text is None:
                    continue
                with translation.override("en"):
                    english = capfirst(str(text))
                with translation.override("sv"):
                    swedish = capfirst(str(text))
                if english != swedish:
                    labels.add(english)
    return labels


def page_form_urls():
    """The page editor of every page type of Samla's that people edit: an
    existing page's edit form, else the add form under a page that may hold it."""
    for model in get_page_models():
        if model._meta.app_label not in ADMIN_APPS:
            continue
        page = model.objects.first()
        if page is not None:
            yield reverse("wagtailadmin_pages:edit", args=[page.pk])
            continue
        if not model.is_creatable:  # made by Samla itself, edited by nobody (stories/following)
            continue
        parents = (
            page for page in Page.objects.filter(depth__gt=1) if model.can_create_at(page.specific)
        )
        parent = next(parents, None)
        assert parent is not None, f"no page may hold a {model.__name__}"
        yield reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )


@pytest.fixture
def swedish_admin(client, django_user_model, homes):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pass")
    # Wagtail renders the admin in the profile's language (the default is
    # LANGUAGE_CODE, sv); said here so a changed default cannot hide English.
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(admin)
    return client


def test_the_swedish_admin_shows_no_english_label_of_samlas_own(swedish_admin, homes):
    home = homes["sv"]
    story_library(home)
    myth_index(home)
    forecast_index(home)
    home.add_child(instance=CampaignIndexPage(title="Kampanjer", slug="kampanjer"))
    home.add_child(instance=ContentPage(title="Om Samla", slug="om"))
    suggestion = ExampleSuggestion.objects.create(
        organisation="Exempelkommun",
        county="U",
        what_was_done="Språkcafé",
        for_whom="Nyanlända",
        locale=home.locale,
    )
    report = RumourReport.objects.create(
        text="Bilar åt alla", language="ar", site_language="ar", email="a@example.org", consent=True
    )
    organisation = Organisation.objects.create(name="Exempelkommun", locale=home.locale)
    urls = [
        "/admin/",
        reverse("two_factor_setup"),
        reverse("example_suggestions:index"),
        reverse("example_suggestions:inspect", args=[suggestion.pk]),
        reverse("example_suggestions:edit", args=[suggestion.pk]),
        reverse("rumour_reports:index"),
        reverse("rumour_reports:edit", args=[report.pk]),
        reverse("translation_status_report"),
        reverse("publishing_actions_report"),
        reverse("page_feedback_report"),
        reverse("undelivered_email"),
        reverse("personal_data_export"),
        reverse("readability_report"),
        reverse("myth_recheck_report"),
        reverse("time_to_answer_report"),
        reverse("pages_due_for_review"),
        reverse("subscription_counts_report"),
        reverse("wagtailsnippets_home_organisation:edit", args=[organisation.pk]),
        reverse("wagtailsnippets_home_person:add"),
        reverse("wagtailsnippets_home_urgentnotice:add"),
        reverse("wagtailsettings:edit", args=["home", "sitesettings"]),
        *page_form_urls(),
    ]
    english = english_labels()
    shown = {}
    for url in urls:
        response = swedish_admin.get(url, follow=True)
        assert response.status_code == 200, url
        found = sorted(english.intersection(visible_texts(response.content.decode())))
        if found:
            shown[url] = found
    assert not shown, f"English in the Swedish admin: {shown}"
