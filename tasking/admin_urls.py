"""Tasking URLs, mounted in the Wagtail admin by wagtail_hooks."""

from django.urls import path

from . import views

app_name = "tasking"

urlpatterns = [
    path("", views.MeetingIndexView.as_view(), name="meetings"),
    path("new/", views.MeetingAddView.as_view(), name="meeting_add"),
    path("<int:pk>/", views.MeetingDetailView.as_view(), name="meeting"),
    path("<int:pk>/edit/", views.MeetingEditView.as_view(), name="meeting_edit"),
    path(
        "<int:pk>/agenda.<str:fmt>",
        views.AgendaExportView.as_view(),
        name="meeting_agenda",
    ),
    path(
        "<int:pk>/agreed/<int:journey_pk>/",
        views.AgreedView.as_view(),
        name="meeting_agreed",
    ),
    path("journey/<int:pk>/risk/", views.RiskSetView.as_view(), name="journey_risk"),
    path(
        "journey/<int:pk>/actions/new/",
        views.ActionAddView.as_view(),
        name="journey_action_add",
    ),
    path("actions/<int:pk>/", views.ActionEditView.as_view(), name="action_edit"),
    path("actions/<int:pk>/done/", views.ActionDoneView.as_view(), name="action_done"),
    path(
        "actions/<int:pk>/reopen/",
        views.ActionReopenView.as_view(),
        name="action_reopen",
    ),
]
