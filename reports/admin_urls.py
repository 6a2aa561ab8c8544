"""Report URLs, mounted inside the Wagtail admin by reports/wagtail_hooks.py."""

from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.ReportView.as_view(), name="index"),
    path("print/", views.PrintableReportView.as_view(), name="print"),
    path("download/<slug:name>.<str:fmt>", views.download, name="download"),
]
