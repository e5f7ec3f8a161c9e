"""Each municipality's editors work in its trees only (issue 19): every role
of a second municipality tries every editorial action in its own Swedish
tree and in the default municipality's. The second municipality is built
once for the module; each test's users and pages roll back after it."""

import pytest

from home.models import EditorialRole
from home.municipalities.setup import add_municipality
from tests.home.test_municipalities import homes_of
from tests.home.test_permission_matrix import (
    do_approve,
    do_create,
    do_edit,
    do_submit,
    do_view_draft,
    do_view_preview,
)
from tests.utils import OTHER_HOST


@pytest.fixture(scope="module")
def exempelby_of_module(module_db):
    with module_db.unblock():
        return add_municipality("Exempelby kommun", OTHER_HOST)


ACTIONS = {
    "create": do_create,
    "edit": do_edit,
    "submit": do_submit,
    "approve": do_approve,
    "view draft": do_view_draft,
    "view preview": do_view_preview,
}
ROLES = {
    "communicator": (EditorialRole.COMMUNICATORS, None),
    "fact_checker": (EditorialRole.FACT_CHECKERS, None),
    "publisher": (EditorialRole.PUBLISHERS, None),
    "translator_ar": (EditorialRole.TRANSLATORS, "ar"),
}
# What each role of Exempelby may do in its own Swedish tree; in the default
# municipality's trees the answer is "no" for every cell.
OWN_TREE = {
    "create": {
        "communicator": True,
        "fact_checker": False,
        "publisher": True,
        "translator_ar": False,
    },
    "edit": {"communicator": True, "fact_checker": True, "publisher": True, "translator_ar": False},
    "submit": {
        "communicator": True,
        "fact_checker": True,
        "publisher": True,
        "translator_ar": False,
    },
    "approve": {
        "communicator": False,
        "fact_checker": False,
        "publisher": True,
        "translator_ar": False,
    },
    "view draft": {
        "communicator": True,
        "fact_checker": True,
        "publisher": True,
        "translator_ar": False,
    },
    "view preview": {
        "communicator": True,
        "fact_checker": True,
        "publisher": True,
        "translator_ar": False,
    },
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("tree", ["own", "other"])
def test_editors_of_one_municipality_work_in_its_trees_only(
    client, make_user, source_home, exempelby_of_module, tree, action, role
):
    exempelby = exempelby_of_module
    author = make_user("author", is_superuser=True)
    parent = homes_of(exempelby)["sv"] if tree == "own" else source_home
    client.force_login(make_user(role, *ROLES[role], municipality=exempelby))

    outcome = ACTIONS[action](
        client,
        parent=parent,
        author=author,
        tree="sv",
        source_home=source_home,
        make_user=make_user,
    )

    expected = OWN_TREE[action][role] if tree == "own" else False
    assert outcome in (expected, "yes" if expected else "no")
