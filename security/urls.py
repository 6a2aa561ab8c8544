"""Security pages, mounted under the admin so they share its sign-in and headers."""

from django.urls import path

from . import two_factor, views

urlpatterns = [
    path("two-factor/", two_factor.verify, name="two_factor_verify"),
    path("two-factor/set-up/", two_factor.setup, name="two_factor_setup"),
    path("access-log/", views.access_log, name="security_access_log"),
    path("staff/", views.staff, name="security_staff"),
    path(
        "staff/<int:user_id>/unlock/",
        views.staff_unlock,
        name="security_staff_unlock",
    ),
    path(
        "staff/<int:user_id>/reset-two-factor/",
        views.staff_reset_two_factor,
        name="security_staff_reset_two_factor",
    ),
    path(
        "survivors/<int:survivor_id>/export/",
        views.survivor_export,
        name="security_survivor_export",
    ),
    path(
        "survivors/<int:survivor_id>/erase/",
        views.survivor_erase,
        name="security_survivor_erase",
    ),
]
