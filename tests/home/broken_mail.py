from django.core.mail.backends.base import BaseEmailBackend


class BrokenBackend(BaseEmailBackend):
    """The SMTP boundary when the mail server is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server unreachable")
