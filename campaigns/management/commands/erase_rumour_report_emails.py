from django.conf import settings
from django.core.management.base import BaseCommand

from campaigns.models import RumourReport


class Command(BaseCommand):
    help = (
        "Erase reporters' e-mail addresses from rumour reports older than "
        "RUMOUR_REPORT_RETENTION_DAYS (default 90). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override the retention period from the settings.",
        )

    def handle(self, *args, days=None, **options):
        days = settings.RUMOUR_REPORT_RETENTION_DAYS if days is None else days
        erased = RumourReport.objects.with_email_older_than(days).update(email="", consent=False)
        self.stdout.write(
            f"Erased the e-mail address of {erased} rumour report(s) older than {days} days."
        )
