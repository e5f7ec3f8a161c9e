from django.core.management.base import BaseCommand

from campaigns.rumours.replies import send_due_replies


class Command(BaseCommand):
    help = (
        "Sends the rumour reporters' replies that are due: the Swedish answer once it has "
        "been live RUMOUR_REPLY_TRANSLATION_WAIT_HOURS without a translation in the "
        "reporter's language (run it every 15 minutes from a timer; docs/operations.md)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_due_replies()} replies.")
