"""Staff calendar views, mounted inside the Wagtail admin (login required)."""

from django.urls import path

from . import views

app_name = "calendars"

urlpatterns = [
    path("feed/", views.SubscriptionView.as_view(), name="subscription"),
    path("hearings/<int:pk>/invite.ics", views.hearing_ics, name="hearing_ics"),
    path(
        "hearings/<int:pk>/appointment.ics",
        views.hearing_survivor_ics,
        name="hearing_survivor_ics",
    ),
    path("hearings/<int:pk>/email/", views.hearing_email, name="hearing_email"),
    path("journeys/<int:pk>/calendar.ics", views.journey_ics, name="journey_ics"),
]
