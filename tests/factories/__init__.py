"""Plain builders for the pages and snippets tests need. Fixtures of any
scope call them: function-scoped ones in the conftest files, and the
module-scoped ones that build a tree once for all tests of a module
(`module_db` in tests/conftest.py)."""
