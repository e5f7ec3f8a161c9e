"""A per-client rate limit kept in the shared cache, for the public forms."""

from django.core.cache import cache


def client_address(request):
    # Behind the reverse proxy the client is the first X-Forwarded-For entry.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "unknown")


def hit_rate_limit(request, scope, limit, period_seconds):
    """Count one attempt; True when this client has gone over `limit` in the period."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    if cache.add(key, 1, timeout=period_seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=period_seconds)
        return False
    return count > limit
