"""Saves a reader's answer to "Did this page help you?", once per page
and session, rate-limited."""

from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from home.feedback.forms import PageFeedbackForm
from home.models import PageFeedback
from home.security.origin import origin_checked
from home.security.ratelimit import rate_limited

FEEDBACK_LIMIT_PER_HOUR = 30


FEEDBACK_SESSION_KEY = "feedback_given"


@origin_checked
@require_POST
def page_feedback(request):
    form = PageFeedbackForm(request.POST)
    page = None
    if form.is_valid():
        page = Page.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        return HttpResponseBadRequest(_("We could not save your answer. Please try again."))

    redirect_to = page.get_url(request) or "/"
    given = request.session.get(FEEDBACK_SESSION_KEY, [])
    if form.is_spam() or page.pk in given:
        return HttpResponseRedirect(redirect_to + "#feedback")
    if refusal := rate_limited(request, "feedback", FEEDBACK_LIMIT_PER_HOUR):
        return refusal

    PageFeedback.objects.create(
        page=page,
        locale_id=page.locale_id,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"].strip(),
    )
    request.session[FEEDBACK_SESSION_KEY] = [*given, page.pk][-200:]
    if not url_has_allowed_host_and_scheme(redirect_to, allowed_hosts={request.get_host()}):
        redirect_to = "/"
    return HttpResponseRedirect(redirect_to + "#feedback")
