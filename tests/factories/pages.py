import wagtail_factories

from home.models import ContentPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = "Om oss"
    intro = "En sida om oss."

    class Meta:
        model = ContentPage
