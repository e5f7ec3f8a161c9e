from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models.workflow import ReviewedPagePermissionTester


class BasePage(Page):
    """What every public page shares. base.html renders the feedback prompt,
    hreflang alternates and the outdated-translation notice for it."""

    show_feedback = True

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)

    class Meta:
        abstract = True


class HomePage(BasePage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None
    show_feedback = False

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """About, contact, accessibility statement, privacy notice and the like."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
