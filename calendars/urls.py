"""The public subscription feed (outside the admin: calendar apps cannot log in)."""

from django.urls import path

from . import views

urlpatterns = [
    path("feeds/<str:token>.ics", views.feed, name="calendar_feed"),
]
