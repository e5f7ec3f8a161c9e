"""`make bench-search` (also a section of `make bench`): site search on
PostgreSQL with 10,000 stories across the languages.

Builds a database of its own (BENCH_SEARCH_DATABASE) with the demo content,
then clones the demo stories in bulk with SQL until each story library (every
language of each demo municipality) holds its share of BENCH_STORIES: every
clone copies a demo story of the same library (body, facet fields) under a
title and summary made of words from that library's own demo texts, and the
clones numbered alike in one municipality's libraries are translations of one
another (same translation key). The search index is then built with
`manage.py update_index`, as after a deployment, and the tables are vacuumed
and analysed, as autovacuum soon does. 200 queries of one to three words
drawn from the same vocabularies, spread over the languages, then go through
the default municipality's public search view (/<language>/search/?q=...)
with Django's test client; the time of each answer (database, search backend,
template) gives p50 and p95 (goal: p95 at most 100 ms, docs/benchmarks.md).
The database is dropped at the end, unless BENCH_SEARCH_KEEP=1: then it is
kept, and the next run with BENCH_SEARCH_KEEP=1 reuses it (applies new
migrations, builds nothing), to measure a change or EXPLAIN a query without
building the data set again."""

import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_site import ROOT, manage, prepare, production_env  # noqa: E402

DATABASE = os.environ.get("BENCH_SEARCH_DATABASE", "samla_bench_search")
STORIES = int(os.environ.get("BENCH_STORIES", "10000"))
QUERIES = int(os.environ.get("BENCH_SEARCH_QUERIES", "200"))
KEEP = os.environ.get("BENCH_SEARCH_KEEP") == "1"
GOAL_MS = 100
TREEBEARD_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
TREEBEARD_STEP = 4
WORD = re.compile(r"\w{4,}")


def psql(sql):
    subprocess.run(
        ["su", "postgres", "-c", f'psql -q -d postgres -c "{sql}"'],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def tree_step(position):
    digits = ""
    while position:
        position, digit = divmod(position, len(TREEBEARD_ALPHABET))
        digits = TREEBEARD_ALPHABET[digit] + digits
    return digits.rjust(TREEBEARD_STEP, "0")


def vocabulary(stories):
    words = set()
    for story in stories:
        words.update(WORD.findall(f"{story.title} {story.summary} {story.body}".lower()))
    return sorted(words)


def demo_stories(library):
    from stories.library.models import StoryPage

    return list(StoryPage.objects.child_of(library).exclude(slug__startswith="bench-"))


def vocabularies():
    """Each language's vocabulary: the words of its libraries' demo stories."""
    from stories.library.models import StoryIndexPage

    stories = {}
    for library in StoryIndexPage.objects.select_related("locale"):
        stories.setdefault(library.locale.language_code, []).extend(demo_stories(library))
    return {language: vocabulary(stories[language]) for language in sorted(stories)}


def clone_stories(count):
    """Adds `count` stories, spread evenly over the languages' libraries."""
    from django.db import connection, transaction

    from wagtail.models import Page

    from stories.library.models import StoryIndexPage, StoryPage

    page_table, story_table = Page._meta.db_table, StoryPage._meta.db_table
    with connection.cursor() as cursor:
        page_columns = [
            c.name for c in connection.introspection.get_table_description(cursor, page_table)
        ]
        story_columns = [
            c.name for c in connection.introspection.get_table_description(cursor, story_table)
        ]
    copied_page = [
        c
        for c in page_columns
        if c
        not in {
            "id",
            "path",
            "translation_key",
            "title",
            "draft_title",
            "slug",
            "url_path",
            "numchild",
        }
    ]
    copied_story = [c for c in story_columns if c not in {"page_ptr_id", "summary"}]
    insert_page = (
        f"INSERT INTO {page_table} (path, numchild, translation_key, title, draft_title, slug, url_path, {', '.join(copied_page)}) "
        f"SELECT %s, 0, %s, %s, %s, %s, %s, {', '.join(copied_page)} FROM {page_table} WHERE id = %s RETURNING id"
    )
    insert_story = (
        f"INSERT INTO {story_table} (page_ptr_id, summary, {', '.join(copied_story)}) "
        f"SELECT %s, %s, {', '.join(copied_story)} FROM {story_table} WHERE page_ptr_id = %s"
    )
    libraries = list(StoryIndexPage.objects.order_by("locale__language_code"))
    per_library = count // len(libraries)
    keys = {}  # per set of libraries that are translations of one another (a municipality's)
    for library in libraries:
        translation_keys = keys.setdefault(
            library.translation_key, [uuid.uuid4() for _ in range(per_library)]
        )
        sources = demo_stories(library)
        words = vocabulary(sources)
        rng = random.Random(library.locale.language_code)
        last_child = library.get_last_child()
        first_position = int(last_child.path[-TREEBEARD_STEP:], 36) + 1 if last_child else 1
        with transaction.atomic(), connection.cursor() as cursor:
            for number in range(per_library):
                source = sources[number % len(sources)]
                title = " ".join(rng.sample(words, 6)).capitalize()
                slug = f"bench-{number}"
                path = library.path + tree_step(first_position + number)
                cursor.execute(
                    insert_page,
                    [
                        path,
                        translation_keys[number],
                        title,
                        title,
                        slug,
                        f"{library.url_path}{slug}/",
                        source.pk,
                    ],
                )
                (page_id,) = cursor.fetchone()
                summary = " ".join(rng.choices(words, k=40)).capitalize() + "."
                cursor.execute(insert_story, [page_id, summary, source.pk])
            cursor.execute(
                f"UPDATE {page_table} SET numchild = numchild + %s WHERE id = %s",
                [per_library, library.pk],
            )


def run_queries(vocabularies, count):
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    rng = random.Random(17)
    languages = sorted(vocabularies)
    client.get(f"/{languages[0]}/search/?q=warm")  # the per-process caches a running server has
    timings, hits = [], 0
    for number in range(count):
        language = languages[number % len(languages)]
        query = " ".join(rng.sample(vocabularies[language], rng.randint(1, 3)))
        began = time.perf_counter()
        response = client.get(f"/{language}/search/", {"q": query})
        timings.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            sys.exit(f"/{language}/search/?q={query} answered {response.status_code}")
        hits += b"search-result" in response.content
    return timings, hits


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def database_exists():
    found = subprocess.run(
        [
            "su",
            "postgres",
            "-c",
            f"psql -tA -d postgres -c \"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'\"",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return found.stdout.strip() == "1"


def main():
    subprocess.run(["bash", "scripts/postgres.sh", "start"], cwd=ROOT, check=True)
    reuse = KEEP and database_exists()
    if not reuse:
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        psql(f"CREATE DATABASE {DATABASE} OWNER samla")
    workdir = Path(tempfile.mkdtemp(prefix="samla-bench-search-"))
    env = production_env(workdir, DATABASE_URL=f"postgres://samla:samla@127.0.0.1:5432/{DATABASE}")
    try:
        began = time.monotonic()
        if reuse:
            manage(env, "migrate", "--no-input", "-v", "0")
            manage(env, "collectstatic", "--no-input", "-v", "0")
        else:
            prepare(env)
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.db import connection

        if not reuse:
            clone_stories(STORIES)
            connection.close()
            manage(env, "update_index", stdout=subprocess.DEVNULL)
            with connection.cursor() as cursor:
                # What autovacuum does a minute or so after a bulk load, and
                # what a running site has long had: without statistics on the
                # new rows PostgreSQL would plan the first queries blind.
                cursor.execute("VACUUM ANALYZE")
        words = vocabularies()
        from stories.library.models import StoryPage

        stories = StoryPage.objects.count()
        built = time.monotonic() - began
        timings, hits = run_queries(words, QUERIES)
        print(
            f"\nSite search on PostgreSQL: {stories} stories in {len(words)} languages "
            f"(data set {'reused' if reuse else 'built and indexed'} in {built:.0f} s), "
            f"{QUERIES} queries of 1-3 words "
            f"through /<language>/search/, {hits} with results, {os.cpu_count()} cores, "
            f"load average {os.getloadavg()[0]:.1f}\n"
        )
        p95 = percentile(timings, 0.95)
        print("| stories | queries | median ms | p95 ms | max ms | goal p95 ≤ 100 ms |")
        print("|---|---|---|---|---|---|")
        print(
            f"| {stories} | {QUERIES} | {statistics.median(timings):.1f} | {p95:.1f} "
            f"| {max(timings):.1f} | {'met' if p95 <= GOAL_MS else 'not met'} |"
        )
    finally:
        from django.db import connections

        connections.close_all()
        if KEEP:
            print(f"Database {DATABASE} kept (BENCH_SEARCH_KEEP=1)")
        else:
            psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        subprocess.run(["rm", "-rf", str(workdir)], check=False)


if __name__ == "__main__":
    main()
