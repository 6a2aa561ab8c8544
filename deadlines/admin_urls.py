"""Deadline and breach pages, mounted inside the Wagtail admin by wagtail_hooks."""

from django.urls import path

from . import views

app_name = "deadlines"
urlpatterns = [
    path("", views.DeadlineListView.as_view(), name="list"),
    path("journey/<int:pk>/", views.JourneyDeadlinesView.as_view(), name="journey"),
    path("breach/<int:pk>/", views.BreachView.as_view(), name="breach"),
    path("rules/", views.RulesView.as_view(), name="rules"),
    path("deadline/<int:pk>/mark/", views.deadline_mark, name="mark"),
]
