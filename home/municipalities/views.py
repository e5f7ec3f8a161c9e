"""Admin views of what is one municipality's (rumour reports, suggested
examples, urgent notices): those who do not work for it never reach it."""

from django.http import Http404

from home.municipalities.models import Municipality, visible_to


class VisibleToTheirMunicipalityIndexMixin:
    """For a generic admin index view: the objects sent to the municipalities
    the user works for."""

    def get_base_queryset(self):
        return visible_to(super().get_base_queryset(), self.request.user)


class VisibleToTheirMunicipalityMixin:
    """For a generic admin view of one object: a 404 unless the user works
    for the municipality the object was sent to."""

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not visible_to(type(obj).objects.filter(pk=obj.pk), self.request.user).exists():
            raise Http404
        return obj


class VisibleToTheirMunicipalityChooseMixin:
    """For a chooser's views: only what the user's municipalities own is offered."""

    def get_object_list(self):
        return visible_to(super().get_object_list(), self.request.user)


class MadeForTheirMunicipalityMixin:
    """For a generic create view: the new object is the municipality's the
    user works for."""

    def save_instance(self):
        self.form.instance.municipality = Municipality.of_user(self.request.user)
        return super().save_instance()
