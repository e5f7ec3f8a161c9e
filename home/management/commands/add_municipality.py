from django.core.management.base import BaseCommand, CommandError

from home.municipalities.forms import MunicipalityCreationForm


class Command(BaseCommand):
    help = (
        "Adds a municipality: a site on its own host name with a home page in every "
        "content language, its editorial groups and its review workflows."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The municipality's name, e.g. Exempelby kommun")
        parser.add_argument("hostname", help="The host name its public site answers on")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument(
            "--share-fact-checkers-with",
            metavar="MUNICIPALITY",
            help="The name of a municipality whose Fact checkers also check this one's pages",
        )
        parser.add_argument(
            "--share-translators-with",
            metavar="MUNICIPALITY",
            help="The name of a municipality whose Translators also translate this one's pages",
        )

    def handle(self, *args, **options):
        form = MunicipalityCreationForm(
            data={
                "name": options["name"],
                "hostname": options["hostname"],
                "port": options["port"],
                "fact_checkers_from": options["share_fact_checkers_with"] or "",
                "translators_from": options["share_translators_with"] or "",
            }
        )
        if not form.is_valid():
            raise CommandError(
                "; ".join(f"{field}: {' '.join(errors)}" for field, errors in form.errors.items())
            )
        municipality = form.save()
        site = municipality.site
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {municipality.name} at http://{site.hostname}:{site.port}/ "
                f"with its language trees, groups and workflows."
            )
        )
