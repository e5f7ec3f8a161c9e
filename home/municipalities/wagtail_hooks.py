"""Settings → Municipalities: superusers add a municipality (its site, trees,
groups and workflows) and rename one. None is deleted here: its pages, groups
and workflows would be left without an owner."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from home.editorial.permissions import NoDeletionPolicy
from home.municipalities.forms import MunicipalityCreationForm, MunicipalityForm
from home.municipalities.models import Municipality


class MunicipalityViewSet(ModelViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Municipalities")
    add_to_settings_menu = True
    list_display = ["name", "site", "fact_checkers_from", "translators_from"]
    permission_policy = NoDeletionPolicy(Municipality)

    def get_form_class(self, for_update=False):
        return MunicipalityForm if for_update else MunicipalityCreationForm


@hooks.register("register_admin_viewset")
def register_municipality_viewset():
    return MunicipalityViewSet("municipalities")
