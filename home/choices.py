"""Vocabularies of the base shown to readers (filters, labels). They live
outside the models so that the public catalogue picks them up."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region")
    AGENCY = "agency", _("Government agency")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    FAITH_COMMUNITY = "faith_community", _("Faith community")
    COMPANY = "company", _("Company")
    OTHER = "other", _("Other")


class County(models.TextChoices):
    """Sweden's 21 counties (län), by their official codes."""

    STOCKHOLM = "AB", _("Stockholm County")
    UPPSALA = "C", _("Uppsala County")
    SODERMANLAND = "D", _("Södermanland County")
    OSTERGOTLAND = "E", _("Östergötland County")
    JONKOPING = "F", _("Jönköping County")
    KRONOBERG = "G", _("Kronoberg County")
    KALMAR = "H", _("Kalmar County")
    GOTLAND = "I", _("Gotland County")
    BLEKINGE = "K", _("Blekinge County")
    SKANE = "M", _("Skåne County")
    HALLAND = "N", _("Halland County")
    VASTRA_GOTALAND = "O", _("Västra Götaland County")
    VARMLAND = "S", _("Värmland County")
    OREBRO = "T", _("Örebro County")
    VASTMANLAND = "U", _("Västmanland County")
    DALARNA = "W", _("Dalarna County")
    GAVLEBORG = "X", _("Gävleborg County")
    VASTERNORRLAND = "Y", _("Västernorrland County")
    JAMTLAND = "Z", _("Jämtland County")
    VASTERBOTTEN = "AC", _("Västerbotten County")
    NORRBOTTEN = "BD", _("Norrbotten County")
