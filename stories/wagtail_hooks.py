# Wagtail imports stories.wagtail_hooks only: each domain's admin wiring is loaded here.
import stories.facets.wagtail_hooks  # noqa: F401
import stories.following.wagtail_hooks  # noqa: F401
import stories.library.wagtail_hooks  # noqa: F401
import stories.suggestions.wagtail_hooks  # noqa: F401
