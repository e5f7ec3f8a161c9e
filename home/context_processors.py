from home.content_cache import CHROME_CACHE_SECONDS, content_version


def page_chrome_cache(request):
    return {"content_version": content_version(), "chrome_cache_seconds": CHROME_CACHE_SECONDS}
