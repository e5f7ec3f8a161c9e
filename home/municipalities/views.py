"""Admin views of what readers send to one municipality (rumour reports,
suggested examples): those who do not work for it never reach it."""

from django.http import Http404

from home.municipalities.models import visible_to


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
