from django.contrib.auth import get_user_model

from home.editorial.models import role_group


def user(username, role=None, language_code=None, **extra):
    """A user in the group playing `role` (a translator in `language_code`),
    with the tests' password and an e-mail address made from `username`."""
    created = get_user_model().objects.create_user(
        username=username, password="pass-for-tests", email=f"{username}@example.org", **extra
    )
    if role is not None:
        created.groups.set([role_group(role, language_code)])
    return created
