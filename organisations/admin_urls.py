"""A service's own settings pages, mounted inside the Wagtail admin."""

from django.urls import path

from . import views

app_name = "organisations"
urlpatterns = [
    path("public-contact/", views.public_contact, name="public_contact"),
    path("jurisdiction/", views.jurisdiction, name="jurisdiction"),
]
