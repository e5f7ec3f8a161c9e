"""Signed-in sessions end after ADMIN_IDLE_TIMEOUT_SECONDS of inactivity."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login

LAST_ACTIVITY_KEY = "last_activity"


# Writing the session on every request would cost a database write each time;
# the timestamp is refreshed at most once a minute.
REFRESH_EVERY_SECONDS = 60


class AdminIdleTimeoutMiddleware:
    """Signs out a user whose session has been idle for ADMIN_IDLE_TIMEOUT_SECONDS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            last_activity = request.session.get(LAST_ACTIVITY_KEY, now)
            if now - last_activity > settings.ADMIN_IDLE_TIMEOUT_SECONDS:
                logout(request)
                return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
            if (
                now - last_activity >= REFRESH_EVERY_SECONDS
                or LAST_ACTIVITY_KEY not in request.session
            ):
                request.session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)
