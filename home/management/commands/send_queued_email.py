from django.core.management.base import BaseCommand

from home.models import QueuedEmail
from home.outbox.delivery import deliver_due


class Command(BaseCommand):
    help = (
        "Delivers the queued e-mails whose next attempt is due (run it every minute "
        "from a timer; docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="ignore_backoff",
            help="Also the ones still waiting out their back-off, e.g. once the mail server is back.",
        )

    def handle(self, *args, ignore_backoff, **options):
        delivered = deliver_due(ignore_backoff=ignore_backoff)
        self.stdout.write(f"Delivered {delivered}; {QueuedEmail.objects.count()} still queued.")
