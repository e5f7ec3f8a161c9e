"""Checks that hostile text stayed text: parsed as a browser (or a feed reader,
or a mail program) would parse it, the HTML holds no element, attribute,
script or javascript: address that came out of the text, and the text itself
is there for the reader to see."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

# What the tests store in titles, labels, names, alt texts and translations.
SCRIPT = '<script>alert("xss")</script>'
IMG = '"><img src=x onerror=alert("xss")>'
HOSTILE = f"{SCRIPT}{IMG}"

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


@dataclass
class Markup:
    elements: list = field(default_factory=list)  # (tag, {attribute: value})
    scripts: list = field(default_factory=list)  # (type, text)
    text: str = ""

    def attribute_values(self, name):
        return [attrs[name] for _tag, attrs in self.elements if attrs.get(name) is not None]

    def scripts_of_type(self, script_type):
        return [text for kind, text in self.scripts if kind == script_type]


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.markup = Markup()
        self._texts = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value for name, value in attrs}
        self.markup.elements.append((tag, attributes))
        if tag == "script":
            self._script = [attributes.get("type", ""), []]

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.markup.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)
        else:
            self._texts.append(data)


def parse(html):
    parser = _Parser()
    parser.feed(html)
    parser.close()
    parser.markup.text = "".join(parser._texts)
    return parser.markup


def assert_inert(html, shown=HOSTILE):
    """`html` holds nothing executable that came from stored text, and `shown`
    (if given) is there as readable text or an attribute's value."""
    markup = parse(html)
    for tag, attrs in markup.elements:
        handlers = [name for name in attrs if name.startswith("on")]
        assert not handlers, f"<{tag}> got event handler attributes {handlers}"
        for name in URL_ATTRIBUTES & set(attrs):
            value = (attrs[name] or "").strip().lower()
            assert not value.startswith("javascript:"), f"<{tag} {name}={attrs[name]!r}>"
    for script_type, text in markup.scripts:
        if script_type not in DATA_SCRIPT_TYPES:
            assert 'alert("xss")' not in text, f"a script came out of stored text: {text[:200]!r}"
    if shown is not None:
        values = [value for _tag, attrs in markup.elements for value in attrs.values() if value]
        assert shown in markup.text or any(shown in value for value in values), (
            "the stored text is not shown as text"
        )
    return markup
