"""One migrated database per test run, copied for each pytest-xdist worker.

Migrating is the costliest part of a test database's set-up, and every
worker (and the browser tests' server) would otherwise migrate its own. The
pytest-xdist controller migrates one template (`build_template`) before it
starts the workers; each worker copies it into its own test database
(`database_from_template`), and the controller removes it at the end
(`remove_template`). On SQLite the template is a file, on PostgreSQL a
database the workers' test databases are created from."""

import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

# The workerinput key under which the controller hands the template's name over.
TEMPLATE_KEY = "samla_database_template"


def build_template():
    """Migrates the template database and returns its name: a file path on
    SQLite, a database name on PostgreSQL."""
    connection = connections[DEFAULT_DB_ALIAS]
    old_name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        template = Path(tempfile.mkdtemp(prefix="samla-template-")) / "template.sqlite3"
        target = sqlite3.connect(template)
        connection.connection.backup(target)
        target.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)
        return str(template)
    test_settings = connection.settings_dict["TEST"]
    worker_name = test_settings["NAME"]
    test_settings["NAME"] = f"{connection.creation._get_test_db_name()}_template"
    try:
        template = connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False
        )
    finally:
        test_settings["NAME"] = worker_name
    _use_database(connection, old_name)
    return template


def remove_template(template):
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor == "sqlite":
        shutil.rmtree(Path(template).parent)
    else:
        connection.creation._destroy_test_db(template, verbosity=0)


def database_from_template(template):
    """This worker's test database as a copy of the template, with what
    Django's own test database set-up leaves behind: the connection pointed
    at it and its contents serialized for `serialized_rollback`. Returns
    what `django.test.utils.teardown_databases` takes to remove it."""
    connection = connections[DEFAULT_DB_ALIAS]
    old_name = connection.settings_dict["NAME"]
    test_name = connection.creation._get_test_db_name()
    connection.close()
    if connection.vendor == "sqlite":
        _use_database(connection, test_name)
        connection.ensure_connection()
        source = sqlite3.connect(template)
        source.backup(connection.connection)
        source.close()
    else:
        quote = connection.ops.quote_name
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(test_name)}")
            cursor.execute(f"CREATE DATABASE {quote(test_name)} TEMPLATE {quote(template)}")
        _use_database(connection, test_name)
    connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    return [(connection, old_name, True)]


def _use_database(connection, name):
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
