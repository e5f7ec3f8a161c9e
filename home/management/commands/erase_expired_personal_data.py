from django.core.management.base import BaseCommand

from home.privacy.registry import erase_expired_personal_data


class Command(BaseCommand):
    help = (
        "Erases every kind of personal data past its retention period (docs/privacy.md) "
        "and prints how much of each kind went. Run it daily; a second run erases nothing new."
    )

    def handle(self, *args, **options):
        self.stdout.write("Erased personal data past its retention period:")
        for retention, count in erase_expired_personal_data():
            erased = "cleared by the session store" if count is None else count
            self.stdout.write(f"  {retention.kind}, {retention.period}: {erased}")
