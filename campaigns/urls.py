from django.urls import path

from campaigns.myths import views as myth_views
from campaigns.rumours import views as rumour_views

urlpatterns = [
    path("report-a-rumour/", rumour_views.report_rumour, name="report_rumour"),
    path("report-a-rumour/thanks/", rumour_views.report_rumour_thanks, name="report_rumour_thanks"),
    path("myths/<int:page_id>/share.png", myth_views.myth_share_image, name="myth_share_image"),
]
