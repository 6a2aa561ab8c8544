"""Reminder pages, mounted inside the Wagtail admin by wagtail_hooks."""

from django.urls import path

from . import views

app_name = "reminders"
urlpatterns = [
    path(
        "journey/<int:pk>/",
        views.SurvivorReminderChoiceView.as_view(),
        name="journey",
    ),
]
