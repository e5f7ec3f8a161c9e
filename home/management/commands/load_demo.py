from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from home.demo import create_demo_users


class Command(BaseCommand):
    help = "Loads Samla's demo content (idempotent) and, with DEBUG on, demo users for each role."

    def handle(self, *args, **options):
        for dotted_path in settings.SAMLA_DEMO_LOADERS:
            self.stdout.write(f"Loading {dotted_path} …")
            import_string(dotted_path)()
        if not settings.DEBUG:
            self.stdout.write("DEBUG is off: no demo users were created.")
            return
        self.stdout.write(self.style.SUCCESS("\nDemo users (only for local use):"))
        for username, password, role in create_demo_users():
            self.stdout.write(f"  {username:22} {password:32} {role}")
