import logging

from django.core.management.base import BaseCommand

from stories.following.models import FollowedSource
from stories.following.sync import sync

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Brings the copies of every followed Samla installation's shared stories in step "
        "with it (every 15 minutes); removes the copies of an installation no longer followed."
    )

    def handle(self, *args, **options):
        for source in FollowedSource.objects.all():
            try:
                changed, removed = sync(source)
            except Exception:
                # Whatever one source does, the others are still synchronised.
                logger.exception("Following %s failed", source.address)
                self.stdout.write(f"{source.address}: failed (see the log)")
                continue
            status = f"problem: {source.last_error}" if source.last_error else "ok"
            self.stdout.write(f"{source.address}: {changed} copied, {removed} removed ({status})")
