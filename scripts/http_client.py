"""A reader's or editor's browser over plain HTTP to 127.0.0.1, for the scripts
and tests that drive a running Samla (`make faults`, tests/stack)."""

import http.client
import re
import urllib.parse
import uuid


class Browser:
    """One keep-alive connection with cookies, as a reader's browser holds it.

    Cookies are kept whatever their Secure flag: production settings mark
    them Secure, and on loopback the TLS proxy in front is left out."""

    def __init__(self, port, forwarded_for=None):
        self.port = port
        self.cookies = {}
        self.forwarded_for = forwarded_for
        self.connection = None

    def request(self, method, path, form=None, forwarded_for=None, files=None, headers=None):
        """(status, headers, body); status 0 when the connection failed."""
        host = f"127.0.0.1:{self.port}"
        headers = {"Host": host, "Accept-Language": "sv", **(headers or {})}
        if method == "POST":
            headers.setdefault("Origin", f"http://{host}")  # as every browser sends it
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if forwarded_for or self.forwarded_for:
            headers["X-Forwarded-For"] = forwarded_for or self.forwarded_for
        body = None
        if files:
            boundary = uuid.uuid4().hex
            body = multipart(form or {}, files, boundary)
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            return 0, {}, b""
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, dict(response.getheaders()), content

    def csrf_token(self, path):
        status, _headers, content = self.request("GET", path)
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        return match.group(1).decode() if status == 200 and match else None

    def sign_in(self, username, password):
        """Signs in to the admin; True when the password was taken."""
        token = self.csrf_token("/admin/login/")
        form = {"username": username, "password": password, "csrfmiddlewaretoken": token}
        status, _headers, _content = self.request("POST", "/admin/login/", form)
        return status == 302

    def close(self):
        if self.connection is not None:
            self.connection.close()
        self.connection = None


def multipart(fields, files, boundary):
    """A multipart/form-data body: `files` maps a field to (file name, content type, bytes)."""
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for name, (filename, content_type, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    return b"".join(parts) + f"--{boundary}--\r\n".encode()
