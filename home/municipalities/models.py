"""The municipalities one installation hosts. Each is a Wagtail site: its own
host name, a home page in every content language, and editorial groups and
workflows of its own (home.editorial.setup), found by role and municipality."""

from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Site

# The editorial roles (home.editorial.models.EditorialRole) a municipality may
# share with another, and the field naming whose group it uses.
SHARED_ROLES = {
    "fact_checkers": "fact_checkers_from",
    "translators": "translators_from",
}


class MunicipalityQuerySet(models.QuerySet):
    def worked_for_by(self, user):
        """The municipalities the user works for: those of their groups, and
        those that share their group's Fact checkers or Translators; every
        one for a superuser."""
        if user.is_superuser:
            return self.all()
        roles = list(
            user.groups.values_list("editorial_role__municipality", "editorial_role__role")
        )
        worked_for = models.Q(pk__in={municipality for municipality, _role in roles})
        for role, field in SHARED_ROLES.items():
            sharing = {municipality for municipality, own_role in roles if own_role == role}
            worked_for |= models.Q(**{f"{field}__in": sharing})
        return self.filter(worked_for)


def group_owner(municipality, role):
    """The municipality whose group of `role` `municipality` uses: the one it
    shares that role with, else itself (also a migration state's instance)."""
    field = SHARED_ROLES.get(role)
    return (field and getattr(municipality, field)) or municipality


class Municipality(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    site = models.OneToOneField(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="municipality"
    )
    fact_checkers_from = models.ForeignKey(
        "self",
        verbose_name=_("fact checkers shared with"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"fact_checkers_from__isnull": True},
        help_text=_(
            "Empty: the municipality has Fact checkers of its own. Otherwise that "
            "municipality's Fact checkers check this one's myths and forecasts."
        ),
    )
    translators_from = models.ForeignKey(
        "self",
        verbose_name=_("translators shared with"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"translators_from__isnull": True},
        help_text=_(
            "Empty: the municipality has Translators of its own. Otherwise that "
            "municipality's Translators translate this one's pages."
        ),
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    def addresses_of(self, role):
        """The e-mail addresses of the active people in this municipality's
        group of `role` (an EditorialRole)."""
        # One filter: the same group must be the role's and the municipality's.
        people = get_user_model().objects.filter(
            is_active=True,
            groups__editorial_role__role=role,
            groups__editorial_role__municipality=self,
        )
        return list(people.exclude(email="").values_list("email", flat=True).distinct())

    @classmethod
    def default(cls):
        """The municipality of the default site (the one a single-municipality
        installation has), else the first one added."""
        return cls.objects.select_related("site").order_by("-site__is_default_site", "pk").first()

    @classmethod
    def of_user(cls, user):
        """The municipality the user works for (their first group's with a
        role), else the default one, e.g. for a superuser."""
        own = (
            cls.objects.filter(pk__in=user.groups.values("editorial_role__municipality"))
            .select_related("site")
            .order_by("pk")
            .first()
        )
        return own or cls.default()

    @classmethod
    def of_page(cls, page):
        """The municipality whose language trees hold `page`: every home page
        of a municipality is a translation of its site's root page."""
        home_path = page.path[: 2 * Page.steplen]
        return (
            cls.objects.filter(
                site__root_page__translation_key__in=Page.objects.filter(path=home_path).values(
                    "translation_key"
                )
            )
            .select_related("site")
            .first()
        )


class SentToMunicipality(models.Model):
    """What a reader sends through one municipality's site (a rumour report,
    a suggested example, a subscription), or its editors write for it (an
    urgent notice): it is that municipality's, and only those who work for it
    see it in the admin (`visible_to`)."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        null=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Made outside any site's form (an import, the shell): the default municipality's.
        if self.municipality_id is None:
            self.municipality = Municipality.default()
        super().save(*args, **kwargs)


def visible_to(queryset, user):
    """`queryset` (of a SentToMunicipality model) kept to what `user` may see."""
    if user.is_superuser:
        return queryset
    return queryset.filter(municipality__in=Municipality.objects.worked_for_by(user))


def municipality_of_request(request):
    """The municipality whose site answered `request` (the default one for a
    site that is no municipality's)."""
    site = Site.find_for_request(request)
    found = None if site is None else Municipality.objects.filter(site=site).first()
    return found or Municipality.default()
