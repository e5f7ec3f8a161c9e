"""The partner's sign-off page, reached from the link in their e-mail
without an account: the exact revision to check, read-only, and "Approve" or
"Request changes" with a comment. A forged, expired, used or revoked link
gets a page saying so in the link's language and changes nothing."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from home.security.ratelimit import rate_limited
from home.signoff.forms import PartnerAnswerForm
from home.signoff.links import LinkRefused, open_link, record_answer
from home.signoff.preview import revision_content

ANSWERS_LIMIT_PER_HOUR = 20

REFUSALS = {
    "invalid": (
        404,
        _("This link is not valid"),
        _("Check that you opened the whole link from the e-mail."),
    ),
    "expired": (
        410,
        _("This link has expired"),
        _("Ask the person who sent it to you for a new link."),
    ),
    "used": (
        410,
        _("This link has already been used"),
        _("Your answer was recorded. Each link can be answered once."),
    ),
    "revoked": (
        410,
        _("This link has been withdrawn"),
        _("Ask the person who sent it to you for a new link."),
    ),
    "closed": (
        410,
        _("This request is closed"),
        _(
            "The page has changed or the request was withdrawn. If your sign-off is "
            "needed again, you will get a new link by e-mail."
        ),
    ),
}


def private(response):
    """Nothing about a partner's link is kept by caches or search engines,
    and its address is never sent to another site. (Not "no-referrer": a
    browser then sends its form with "Origin: null", which CSRF refuses.)"""
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "same-origin"
    return response


def refused(request, reason):
    status, title, advice = REFUSALS[reason]
    return private(
        TemplateResponse(
            request,
            "home/signoff/link_refused.html",
            {"title": title, "advice": advice},
            status=status,
        )
    )


@never_cache
def sign_off(request, token):
    try:
        link = open_link(token)
    except LinkRefused as refusal:
        return refused(request, refusal.reason)
    form = PartnerAnswerForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if refusal := rate_limited(request, "partner_signoff", ANSWERS_LIMIT_PER_HOUR):
            return private(refusal)
        if form.is_valid():
            try:
                link = record_answer(token, form.approves, form.cleaned_data["comment"])
            except LinkRefused as refusal:
                return refused(request, refusal.reason)
            return private(
                TemplateResponse(request, "home/signoff/answer_recorded.html", {"link": link})
            )
    page = link.revision.as_object()
    context = {
        "link": link,
        "reviewer": link.reviewer,
        "form": form,
        "page_language": page.locale.language_code,
        "preview": revision_content(page, request),
    }
    status = 400 if form.is_bound else 200
    return private(TemplateResponse(request, "home/signoff/sign_off.html", context, status=status))
