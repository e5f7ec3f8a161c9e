from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from home.privacy.registry import personal_data_json


class Command(BaseCommand):
    help = (
        "Prints, as JSON, everything Samla stores about one e-mail address, in any "
        "letter case (an access request, GDPR article 15; docs/privacy.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        email = email.strip()
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an e-mail address: {email!r}") from error
        self.stdout.write(personal_data_json(email))
