vcl 4.1;
# Samla's front-end cache (docs/operations.md, "Front-end cache (Varnish)").
#
# Contract for whoever starts varnishd:
#
#   site/deploy/varnish/backends.sh 127.0.0.1:8001 127.0.0.1:8002 > $DIR/samla-backends.vcl
#   varnishd -n $WORKDIR -a 127.0.0.1:6081 -f $PWD/site/deploy/varnish/samla.vcl \
#            -p vcl_path=$DIR:/usr/share/varnish/vcl -s malloc,256m
#
# The included file samla-backends.vcl (found through vcl_path) defines:
#   - one `backend` per app server, each with `.probe = samla_health;`,
#   - `acl samla_purgers` (loopback and the app servers: who may PURGE),
#   - a `sub vcl_init` adding each backend to the round-robin director
#     `samla_app` (Varnish runs the vcl_init bodies in order, so the director
#     created below exists by then).
# backends.sh writes exactly that. A backend that fails its probe gets no
# requests; a fetch that fails is retried once on the next backend.
#
# What is cached: GET/HEAD answers whose Cache-Control says "public" or
# "s-maxage" and that set no cookie (Samla's CacheControlMiddleware decides;
# nothing without such a header is stored). Never cached, never given a
# cached answer: requests with a session cookie (signed in), /admin/
# (previews included), every POST, the language redirect at /, and the
# personal views (subscription confirm/stop links, partner sign-off).
# Other cookies are removed from cacheable requests, so the cache key is
# host + URL (query string included, sorted) + X-Forwarded-Proto; the
# language is always in the path.
#
# PURGE <path> with the page's Host (wagtail.contrib.frontend_cache, from
# samla_purgers only) bans every stored answer of that host and path,
# whatever its query string: a page's filtered listings, paginated feeds and
# API listings go with it. With the header `X-Samla-Purge: prefix` it bans
# every stored answer under that path.

import directors;
import std;

probe samla_health {
    # Answered by the app before the database or host checks (home/caching/health.py).
    .url = "/healthz";
    .timeout = 2s;
    .interval = 5s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

sub vcl_init {
    new samla_app = directors.round_robin();
}

include "samla-backends.vcl";

sub vcl_recv {
    set req.backend_hint = samla_app.backend();
    # Readers get a copy up to 10 s stale while a fresh one is fetched; while
    # every backend is sick, anything within the grace period (24 h).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method == "PURGE") {
        if (client.ip !~ samla_purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.X-Samla-Purge == "prefix") {
            # Everything under the path: the urgent notice and the menu are on every page.
            ban("obj.http.x-samla-host == " + std.tolower(req.http.host) +
                " && obj.http.x-samla-path ~ ^" + regsub(req.url, "\?.*$", ""));
        } else {
            ban("obj.http.x-samla-host == " + std.tolower(req.http.host) +
                " && obj.http.x-samla-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)"
        || req.url ~ "^/(\?|$)"
        || req.url ~ "^/[a-z]{2,3}/(partner-sign-off|subscribe/confirm|subscribe/stop)/") {
        return (pass);
    }
    unset req.http.Cookie;
    set req.url = std.querysort(req.url);
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(std.tolower(req.http.host));
    # http and https answers hold different absolute links.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    set beresp.http.x-samla-host = std.tolower(bereq.http.host);
    set beresp.http.x-samla-path = regsub(bereq.url, "\?.*$", "");

    if (beresp.status >= 500 && bereq.is_bgfetch) {
        # Keep serving the stale copy rather than an error page.
        return (abandon);
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(public|s-maxage)"
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary == "*") {
        # Not shared: remember for two minutes that this URL is fetched each time.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # One more try, on the next backend of the round robin.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.x-samla-host;
    unset resp.http.x-samla-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
