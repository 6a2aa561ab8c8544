"""Intelligence report URLs, mounted in the Wagtail admin by wagtail_hooks."""

from django.urls import path

from . import sharing, views

app_name = "intelligence"

urlpatterns = [
    path("", views.ReportIndexView.as_view(), name="index"),
    path("new/<int:survivor_id>/", views.ReportAddView.as_view(), name="add"),
    path("<int:pk>/", views.ReportDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.ReportEditView.as_view(), name="edit"),
    path("<int:pk>/history/", views.ReportChangesView.as_view(), name="history"),
    path(
        "export/partners.<str:fmt>",
        views.ReportExportView.as_view(audience=sharing.PARTNERS),
        name="export_partners",
    ),
    path(
        "export/police.<str:fmt>",
        views.ReportExportView.as_view(audience=sharing.POLICE),
        name="export_police",
    ),
]
