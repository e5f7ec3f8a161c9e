"""Partner sign-off of a myth page: first in the Fact check, the partner
reads the myth answer as readers will, with no link to other pages (not the
related myths, not a draft), and the Fact check follows their approval."""

import re

from django.core import mail

import pytest

from home.models import PartnerReviewer


@pytest.fixture
def submitted_myth(make_myth, communicator, django_capture_on_commit_callbacks):
    related = make_myth("relaterad", title="Relaterad myt")
    draft_related = make_myth("utkast", title="Hemlig utkastmyt", live=False)
    myth = make_myth(
        "polisen",
        live=False,
        short_fact="Polisen svarar inom tio minuter.",
        related_myths=[("myth", related), ("myth", draft_related)],
    )
    PartnerReviewer.objects.create(
        page=myth, name="Anna Berg", organisation="Polisen", email="anna@polisen.example"
    )
    myth.save_revision(user=communicator)
    with django_capture_on_commit_callbacks(execute=True):
        myth.get_workflow().start(myth, communicator)
    [message] = [m for m in mail.outbox if "anna@polisen.example" in m.to]
    return myth, re.search(r"http://testserver(/\S+/)", message.body).group(1)


def test_the_partner_reads_the_myth_answer_without_links(client, submitted_myth):
    myth, link = submitted_myth

    html = client.get(link).content.decode()

    assert "Polisen svarar inom tio minuter." in html
    assert "Skollagen" in html  # the sources, as readers see them
    assert "<a " not in html
    assert "Hemlig utkastmyt" not in html


def test_the_fact_check_follows_the_partners_approval(client, submitted_myth):
    myth, link = submitted_myth

    client.post(link, {"decision": "approve", "comment": "Stämmer."})

    myth.refresh_from_db()
    assert myth.current_workflow_task.name == "Fact check"
