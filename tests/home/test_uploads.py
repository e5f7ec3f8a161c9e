"""Uploads are hostile until proven otherwise: size, pixel count and type
limits, and a rejected upload leaves no row and no file behind."""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage


def png(width, height):
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def stored_files():
    """The uploaded originals. Renditions are left out: the browser tests' server
    shares this media folder and may write one at any moment, and a refused
    upload never makes one."""
    media = Path(settings.MEDIA_ROOT)
    return {
        path
        for folder in ("original_images", "documents")
        for path in (media / folder).rglob("*")
        if path.is_file()
    }


@pytest.fixture
def editor(client, communicator):
    client.force_login(communicator)
    return client


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_a_normal_image_is_accepted(editor):
    response = upload_image(editor, "ok.png", png(40, 30))
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="ok.png").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bomb.png", png(8000, 8000)),  # 64 megapixels in a few kilobytes
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("fake.png", b"<html><script>alert(1)</script></html>"),
    ],
    ids=["decompression-bomb", "svg", "not-an-image"],
)
def test_hostile_images_are_refused_and_leave_nothing_behind(editor, name, content):
    before = stored_files()

    response = upload_image(editor, name, content)

    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors
    assert not get_image_model().objects.exists()
    assert stored_files() == before


def test_oversized_image_is_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload_image(editor, "big.png", png(40, 30) + b"\0" * 2048)
    assert response.context["form"].errors
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "script.js", "program.exe"])
def test_documents_outside_the_allow_list_are_refused(editor, name):
    before = stored_files()
    response = editor.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, b"<script>alert(1)</script>"),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert not get_document_model().objects.exists()
    assert stored_files() == before


def test_an_allowed_document_is_accepted(editor):
    response = editor.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Broschyr",
            "file": SimpleUploadedFile("broschyr.pdf", b"%PDF-1.4 test"),
            "collection": 1,
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Broschyr").exists()
