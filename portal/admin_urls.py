"""The advocate's personal-link pages, mounted inside the Wagtail admin."""

from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path(
        "journeys/<int:pk>/link/",
        views.CreateLinkView.as_view(),
        name="journey_link_create",
    ),
    path(
        "journeys/<int:pk>/link/revoke/",
        views.revoke,
        name="journey_link_revoke",
    ),
]
