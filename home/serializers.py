"""What API fields of several apps share."""

from wagtail.models import Page

from rest_framework import serializers


class ListingField(serializers.Field):
    """A read-only API field of a page whose value needs a query of its own.
    The query runs once for all the pages of a listing (`read_for(pages)`),
    then each page is represented from what it read (`represent`), so a
    listing costs the same number of queries for twenty pages as for two."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)
        self._read = None

    def read_for(self, pages):
        raise NotImplementedError

    def represent(self, page, read):
        raise NotImplementedError

    def to_representation(self, page):
        if self._read is None:
            listed = self.root.instance  # one page, or the listing's page of pages
            self._read = self.read_for([listed] if isinstance(listed, Page) else list(listed))
        return self.represent(page, self._read)
