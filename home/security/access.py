"""Who may see the superusers' admin views."""


def is_superuser(user):
    return user.is_superuser
