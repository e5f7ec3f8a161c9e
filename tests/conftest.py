"""Shared fixtures. Every test database already holds what the migrations
create: the eight language trees, the editorial groups and the workflows."""

from pathlib import Path

from django.conf import settings as django_settings
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation

from wagtail.models import Page

import pytest
from pytest_django.plugin import blocking_manager_key

from home.demo import translate
from home.editorial.models import role_group
from home.models import EditorialRole, HomePage, Municipality
from home.municipalities.setup import add_municipality
from tests import databases
from tests.utils import OTHER_HOST

template_key = pytest.StashKey[str]()


# A test that requests none of these never touches the database.
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup"}


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL (make test-postgres) only the tests that use the database
    run: the others (settings, catalogues, import directions, text scores)
    give the same answer on any database, and the SQLite run has them."""
    if connections[DEFAULT_DB_ALIAS].vendor != "postgresql":
        return
    uses_database = [
        item
        for item in items
        if item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(item.fixturenames)
    ]
    if len(uses_database) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in uses_database])
        items[:] = uses_database


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """The pytest-xdist controller migrates one template database before it
    starts the first worker (tests/databases.py)."""
    config = node.config
    if template_key not in config.stash:
        with config.stash[blocking_manager_key].unblock():
            config.stash[template_key] = databases.build_template()
    node.workerinput[databases.TEMPLATE_KEY] = config.stash[template_key]


def pytest_unconfigure(config):
    if template_key in config.stash:
        with config.stash[blocking_manager_key].unblock():
            databases.remove_template(config.stash[template_key])


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """pytest-django's test database set-up, except that a pytest-xdist
    worker copies the template the controller migrated instead of migrating
    its own."""
    template = getattr(request.config, "workerinput", {}).get(databases.TEMPLATE_KEY)
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        if template:
            old_config = databases.database_from_template(template)
        else:
            old_config = setup_databases(verbosity=verbosity, interactive=False)
    yield
    with django_db_blocker.unblock():
        teardown_databases(old_config, verbosity=verbosity)


# Every other browser test module by name in each half (a module this list
# does not know, say in a subfolder, in the first).
BROWSER_HALVES = {
    path.name: number % 2 + 1
    for number, path in enumerate(sorted((Path(__file__).parent / "browser").glob("test_*.py")))
}


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist's `--dist loadscope` (make test) with one change. Its work
    units are the test modules, so what a module builds once (`module_db`) is
    built once; the browser tests are two units (every other module by name),
    which go out first: two workers each run half of them against a server of
    their own from the start, so that the browser's and the server's waits
    (about half of the browser tests' time) overlap each other's work, then
    both run the rest."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesAndTheBrowser(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            if nodeid.startswith("tests/browser/"):
                module = nodeid.split("::")[0].rsplit("/", 1)[-1]
                return f"tests/browser, half {BROWSER_HALVES.get(module, 1)}"
            return super()._split_scope(nodeid)

        def _assign_work_unit(self, node):
            browser_halves = [
                scope for scope in self.workqueue if scope.startswith("tests/browser")
            ]
            for scope in reversed(browser_halves):
                self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

    return ModulesAndTheBrowser(config, log)


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Rows that all tests of a module share, built once by a module-scoped
    fixture that requests this one and writes inside `module_db.unblock()`.

    They live in a transaction around the whole module. Each test's own
    transaction (the `db` fixture) is a savepoint inside it, so what a test
    changes is rolled back after that test, and the shared rows after the
    module's last test. Not for modules with `transactional_db` tests: those
    commit, and empty the tables after."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        # As Django's TestCase marks its own: code under test may open durable blocks.
        module_transaction._from_testcase = True
        module_transaction.__enter__()
    yield django_db_blocker
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    return marker is not None and marker.kwargs.get("transaction", False)


@pytest.fixture(scope="module", autouse=True)
def migrated_rows_back_after_transactional_tests(request, django_db_blocker):
    """A transactional test (`django_db(transaction=True)`) empties every table
    when it ends. Django and pytest-django run those tests after all others,
    but pytest-xdist's loadscope (make test) hands out whole modules, so
    other modules may follow one: after such a module this puts back what the
    migrations created, as Django does before a test with serialized_rollback."""
    yield
    module_items = (item for item in request.session.items if item.module is request.module)
    if not any(_is_transactional(item) for item in module_items):
        return
    with django_db_blocker.unblock():
        if ContentType.objects.exists():  # its transactional tests have not run yet
            return
        for connection in connections.all():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(autouse=True)
def language_of_the_site():
    """Each test starts in the site's language. A request leaves the language
    it was answered in active in the test's thread (the admin's is the user's,
    English unless they chose another), which the next test would inherit."""
    with translation.override(django_settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def mail_through_the_outbox(settings):
    """Django's test set-up swaps EMAIL_BACKEND for its memory backend; Samla
    sends everything through the outbox (home/outbox/delivery.py), which delivers to
    that memory backend (`mail.outbox`) after the commit."""
    settings.EMAIL_BACKEND = "home.outbox.delivery.OutboxBackend"
    settings.SAMLA_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def homes(db):
    """The default municipality's home page of each language, by language code."""
    root = Municipality.default().site.root_page
    homes = HomePage.objects.filter(translation_key=root.translation_key).select_related("locale")
    return {home.locale.language_code: home for home in homes}


@pytest.fixture
def source_home(homes):
    return homes["sv"]


@pytest.fixture
def make_user(db, django_user_model):
    def make(username, role=None, language_code=None, municipality=None, **extra):
        """A user in the group playing `role` (a translator in `language_code`)
        for `municipality` (by default the default one)."""
        user = django_user_model.objects.create_user(
            username=username, password="pass-for-tests", email=f"{username}@example.org", **extra
        )
        if role is not None:
            user.groups.set([role_group(role, language_code, municipality=municipality)])
        return user

    return make


@pytest.fixture
def exempelby(db):
    """A second municipality, on its own host name (tests.utils.OTHER_HOST)."""
    return add_municipality("Exempelby kommun", OTHER_HOST)


@pytest.fixture
def communicator(make_user):
    return make_user("communicator", EditorialRole.COMMUNICATORS)


@pytest.fixture
def fact_checker(make_user):
    return make_user("factchecker", EditorialRole.FACT_CHECKERS)


@pytest.fixture
def publisher(make_user):
    return make_user("publisher", EditorialRole.PUBLISHERS)


@pytest.fixture
def translator_ar(make_user):
    return make_user("translator-ar", EditorialRole.TRANSLATORS, "ar")


@pytest.fixture
def root_page(db):
    return Page.objects.get(depth=1)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and cached fragments never leak from one test into the next."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def translate_all(django_capture_on_commit_callbacks):
    """Translates and publishes pages and snippets, as home.demo.translate does
    (wagtail-localize publishes translated pages once the transaction commits)."""

    def run(objects, translations):
        for obj in objects:
            with django_capture_on_commit_callbacks(execute=True):
                translate(obj, translations)

    return run
