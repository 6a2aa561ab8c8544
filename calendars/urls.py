"""The public subscription feed (outside the admin: calendar apps cannot log in)."""

from django.urls import path

from . import views

app_name = "calendar_feeds"

urlpatterns = [
    path("feeds/<str:token>.ics", views.feed, name="feed"),
]
