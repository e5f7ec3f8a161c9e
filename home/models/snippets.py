from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.choices import County, OrganisationKind
from home.municipalities.models import SentToMunicipality


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.MUNICIPALITY,
    )
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    county = models.CharField(_("county"), max_length=2, choices=County.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("municipality"),
        FieldPanel("county"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PersonQuerySet(models.QuerySet):
    def for_address(self, email):
        """People whose work e-mail address is `email`, in any letter case."""
        return self.filter(email__iexact=email)


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A contact person or quoted speaker, named with their public role.

    Translatable so the role reads in the page's language; the name and
    contact details are the same in every language and kept in step with the
    source-language person (see save())."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("role"),
        SynchronizedField("name"),
        SynchronizedField("organisation"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.role}" if self.role else self.name

    def save(self, *args, **kwargs):
        """A change to the source-language person reaches its translations at
        once: a reader of any language gets today's phone number, and erasing
        an address finds no stale copy."""
        super().save(*args, **kwargs)
        if self.locale_id == Locale.get_default().pk:
            self.get_translations().update(
                name=self.name,
                organisation=self.organisation_id,
                phone=self.phone,
                email=self.email,
            )


class UrgentNotice(SentToMunicipality, TranslatableMixin, models.Model):
    """A banner across the top of every public page; chosen in a
    municipality's site settings. It is that municipality's: only those who
    work for it see, change or choose it in the admin."""

    title = models.CharField(_("title"), max_length=200)
    message = models.TextField(_("message"), max_length=600)
    link_url = models.URLField(_("link"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("message"), FieldPanel("link_url")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("urgent notice")
        verbose_name_plural = _("urgent notices")

    def __str__(self):
        return self.title
