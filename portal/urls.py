"""Her page and feed, outside the admin: the token in the address is the only key."""

from django.urls import path

from . import views

app_name = "portal_public"

urlpatterns = [
    path("<str:token>/", views.page, name="page"),
    path("<str:token>/appointments.ics", views.feed, name="feed"),
]
