from django.shortcuts import redirect
from django.template.response import TemplateResponse

from wagtail.models import Locale

from home.municipalities.models import municipality_of_request
from home.security.origin import origin_checked
from home.security.ratelimit import rate_limited
from stories.suggestions.forms import ExampleSuggestionForm

SUGGESTIONS_PER_HOUR = 5


@origin_checked
def suggest_example(request):
    form = ExampleSuggestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if refusal := rate_limited(request, "suggest-example", SUGGESTIONS_PER_HOUR):
            return refusal
        if not form.is_spam():
            form.instance.locale = Locale.get_active()
            form.instance.municipality = municipality_of_request(request)
            form.save()
        return redirect("suggest_example_thanks")
    return TemplateResponse(request, "stories/suggestions/suggest_example.html", {"form": form})


def suggest_example_thanks(request):
    return TemplateResponse(request, "stories/suggestions/suggest_example_thanks.html")
