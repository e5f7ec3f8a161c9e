"""Who a request comes from, and a per-client rate limit for the public forms."""

from django.conf import settings
from django.core.cache import caches
from django.template.response import TemplateResponse

RATE_LIMIT_PERIOD_SECONDS = 3600


def client_address(request):
    """The client's address as the outermost of our trusted proxies saw it.

    Each reverse proxy appends the address it was called from to
    X-Forwarded-For, so only the last PROXY_COUNT entries can be trusted:
    anything to their left was written by the client, and a rate limit keyed
    on it could be dodged by changing the header. django-axes uses this too
    (AXES_CLIENT_IP_CALLABLE), so lock-outs and rate limits agree.

    With TRUSTED_PROXIES set (the front-end cache's addresses), the header is
    read only on requests that come from one of them: a client that reaches
    an app server directly cannot name another client.
    """
    remote_address = request.META.get("REMOTE_ADDR", "")
    if settings.PROXY_COUNT <= 0:
        return remote_address
    if settings.TRUSTED_PROXIES and remote_address not in settings.TRUSTED_PROXIES:
        return remote_address
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < settings.PROXY_COUNT:
        return remote_address
    return forwarded[-settings.PROXY_COUNT]


def rate_limited(request, scope, limit_per_hour, template_name="home/rate_limited.html"):
    """Count one attempt of this client at `scope` (a public form). Once it has
    gone over `limit_per_hour` within the hour, the answer to give instead:
    429 Too Many Requests with `template_name`, asking the reader to wait;
    otherwise None.

    Counts live in the shared cache so every app server sees them. While that
    cache is unreachable each process counts on its own: a flood is still
    held back, at worst a few times more loosely."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    count = _count_attempt(caches["default"], key, RATE_LIMIT_PERIOD_SECONDS)
    if count is None:
        count = _count_attempt(caches["process"], key, RATE_LIMIT_PERIOD_SECONDS)
    if count > limit_per_hour:
        return TemplateResponse(request, template_name, status=429)
    return None


def _count_attempt(cache, key, period_seconds):
    """The attempt's number within the period, or None when the cache is unreachable."""
    added = cache.add(key, 1, timeout=period_seconds)
    if added:
        return 1
    if added is None:  # django-redis answers None when it ignored a connection error
        return None
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=period_seconds)
        return 1
