"""Republishing a neighbour's checked answer (issue 19): a municipality
shares a myth page; another's communicators find it under Myths shared by
other municipalities, republish it as a draft in their own myth section
(reviewed like any page of theirs), and readers see it credited to the
municipality that checked it, with a canonical link to the original. When
the original is published again or taken down, the republishing
municipality's communicators are told by e-mail, and its page editor says so
until its next publication takes the change in."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from campaigns.myths.models import MythIndexPage, MythPage, Republication
from home.editorial.models import EditorialRole
from home.municipalities.models import Municipality
from home.site_address import absolute_url


def swedish_home_path(municipality):
    """The url_path of the municipality's Swedish home page (Wagtail's cached
    site root paths: no query)."""
    return next(
        root.root_path
        for root in Site.get_site_root_paths()
        if root.site_id == municipality.site_id and root.language_code == settings.LANGUAGE_CODE
    )


def shared_by_others(municipality):
    """The live Swedish myth pages other municipalities share, newest first."""
    return (
        MythPage.objects.live()
        .public()
        .filter(shared=True, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(url_path__startswith=swedish_home_path(municipality))
        .order_by("-last_published_at", "-pk")
    )


def myth_section(municipality):
    """The municipality's Swedish myth index, where its republished answers go."""
    return (
        MythIndexPage.objects.filter(url_path__startswith=swedish_home_path(municipality))
        .order_by("path")
        .first()
    )


def took_in_original(sender, instance, **kwargs):
    """A republished page's publication takes in its original as it is now."""
    republication = Republication.objects.filter(page=instance)
    republication = republication.select_related("page__republished_from").first()
    if republication is not None and republication.original is not None:
        republication.original_seen_at = republication.original.last_published_at
        republication.save(update_fields=["original_seen_at"])


def tell_republishers(original, changed):
    """E-mails the communicators of every municipality that republished
    `original`: it `changed` (published again) or was taken down."""
    republications = Republication.objects.filter(page__republished_from=original)
    republications = republications.select_related("page")
    for republication in republications:
        page = republication.page
        municipality = Municipality.of_page(page)
        recipients = municipality.addresses_of(EditorialRole.COMMUNICATORS) if municipality else []
        if not recipients:
            continue
        edit_url = absolute_url(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        if changed:
            subject = "Samla: ett delat svar har ändrats / a shared answer has changed"
            news = (
                f"{republication.original_municipality} har ändrat svaret ni har återpublicerat. "
                "Jämför och uppdatera er sida.\n"
                f"{republication.original_municipality} changed the answer you republished. "
                "Compare and update your page."
            )
        else:
            subject = "Samla: ett delat svar har avpublicerats / a shared answer was taken down"
            news = (
                f"{republication.original_municipality} har avpublicerat svaret ni har "
                "återpublicerat. Kontrollera att ert svar fortfarande stämmer.\n"
                f"{republication.original_municipality} took down the answer you republished. "
                "Check that your answer still holds."
            )
        body = (
            f"{news}\n\n{original.title}\n{original.full_url or ''}\n\n{page.title}\n{edit_url}\n"
        )
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def original_published(sender, instance, **kwargs):
    took_in_original(sender, instance)
    if instance.republications.exists():
        tell_republishers(instance, changed=True)


def original_unpublished(sender, instance, **kwargs):
    if instance.republications.exists():
        tell_republishers(instance, changed=False)


def register():
    page_published.connect(
        original_published, sender=MythPage, dispatch_uid="samla_myth_republished_published"
    )
    page_unpublished.connect(
        original_unpublished, sender=MythPage, dispatch_uid="samla_myth_republished_unpublished"
    )
