"""A reader subscribes to new myth answers in Arabic and hears about the next one."""

from django.core import mail

from campaigns.models import MythIndexPage
from home.models import Subscription
from tests.utils import publish


def test_arabic_reader_gets_one_email_for_a_new_arabic_myth_answer_and_leaves_in_one_click(
    client, homes, make_myth, django_capture_on_commit_callbacks
):
    arabic_index = MythIndexPage(title="خرافات وحقائق", slug="myter")
    homes["ar"].add_child(instance=arabic_index)
    publish(arabic_index)

    client.post("/ar/subscribe/", {"email": "reader@example.org", "topics": ["myths"]})
    confirm = next(
        line for line in mail.outbox[0].body.splitlines() if "/subscribe/confirm/" in line
    )
    client.get(confirm.strip().replace("http://testserver", ""))

    with django_capture_on_commit_callbacks(execute=True):
        make_myth(slug="bostad", parent=arabic_index, title="هل يحصل اللاجئون على السكن أولًا؟")
        make_myth(slug="svensk-myt")  # Swedish: not for this reader

    assert len(mail.outbox) == 2
    news = mail.outbox[1]
    assert news.subject == "جديد في سملا: هل يحصل اللاجئون على السكن أولًا؟"
    assert "/ar/myter/bostad/" in news.body

    unsubscribe = (
        news.extra_headers["List-Unsubscribe"].strip("<>").replace("http://testserver", "")
    )
    assert client.get(unsubscribe).status_code == 200
    assert not Subscription.objects.exists()
