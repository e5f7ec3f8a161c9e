from django.urls import path

from campaigns import views

urlpatterns = [
    path("report-a-rumour/", views.report_rumour, name="report_rumour"),
    path("report-a-rumour/thanks/", views.report_rumour_thanks, name="report_rumour_thanks"),
    path("myths/<int:page_id>/share.png", views.myth_share_image, name="myth_share_image"),
]
