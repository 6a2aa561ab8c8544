"""Report URLs, mounted under the admin by journeys/report_hooks.py."""

from django.urls import path

from . import views

app_name = "waymark_reports"

urlpatterns = [
    path("", views.ReportView.as_view(), name="index"),
    path("print/", views.PrintableReportView.as_view(), name="print"),
    path("download/<slug:name>.<str:fmt>", views.download, name="download"),
]
