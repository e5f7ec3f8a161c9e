"""Admin actions as an editor performs them: HTTP posts to Wagtail's views."""

import socket
import threading
from contextlib import contextmanager

from django.urls import reverse

from home.models import ContentPage


def add_draft(parent, title="Utkast", slug="utkast", user=None):
    """A never-published ContentPage with one draft revision by `user`."""
    page = ContentPage(title=title, slug=slug, live=False, owner=user)
    parent.add_child(instance=page)
    page.save_revision(user=user)
    return page


def edit_post(client, page, action=None, **fields):
    """Posts the page editor's form; `action` is e.g. "action-submit"."""
    data = {"title": page.title, "slug": page.slug, "intro": "", "body-count": "0", **fields}
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def workflow_action(client, page, action, comment=""):
    """Approves ("approve") or sends back ("reject") the page's current task."""
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


@contextmanager
def smtp_server_answering(reply):
    """A mail server on loopback that answers every connection with `reply`
    (e.g. "421 busy") and hangs up: an SMTP server that is up but refuses."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(5)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except OSError:
                return
            with connection:
                connection.sendall(reply.encode() + b"\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


def closed_port():
    """A loopback port nothing listens on: a mail server that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
