"""Wagtail's database search backend (WAGTAILSEARCH_BACKENDS), with one change
on PostgreSQL: the full-text match is a filter, not a selected column.

Wagtail's PostgreSQL backend annotates each page with `title || body`, the
tsvector its filter matches (and home/migrations/0017's GIN index covers),
so PostgreSQL builds that concatenation again for every match it ranks,
detoasting the body a second time, only to send it to Django, which never
reads it: 40 % of the time of a search whose words match a thousand stories
(docs/benchmarks.md, "Site search on 10,000 stories"). Here the vector is an
alias: the same filter, the same ranking, nothing selected. SQLite (FTS5) and
other databases get Wagtail's backend unchanged."""

from django.db import connection

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not


class MatchNotSelectedQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        query = self.query
        if isinstance(query, (MatchAll, Fuzzy)) or (
            isinstance(query, Not) and isinstance(query.subquery, MatchAll)
        ):
            return super().search(config, start, stop, score_field, backend)
        # As Wagtail's, with alias() where it has annotate().
        search_query = self.build_tsquery(query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        combined_vector = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined_vector = combined_vector._combine(vector, "||", False)
        queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class SamlaPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = MatchNotSelectedQueryCompiler


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return SamlaPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
