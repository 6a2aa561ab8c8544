"""Security pages, mounted inside the Wagtail admin by wagtail_hooks.

Two-factor sign-in is here too: the two-factor middleware lets a signed-in but
unverified user reach only these pages.
"""

from django.urls import path

from . import two_factor, views

app_name = "security"
urlpatterns = [
    path("two-factor/", two_factor.verify, name="two_factor_verify"),
    path("two-factor/set-up/", two_factor.setup, name="two_factor_setup"),
    path("two-factor/rule/", views.two_factor_policy, name="two_factor_policy"),
    path("access-log/", views.access_log, name="access_log"),
    path("staff/", views.staff, name="staff"),
    path("staff/<int:user_id>/unlock/", views.staff_unlock, name="staff_unlock"),
    path(
        "staff/<int:user_id>/reset-two-factor/",
        views.staff_reset_two_factor,
        name="staff_reset_two_factor",
    ),
    path(
        "survivors/<int:survivor_id>/export/",
        views.survivor_export,
        name="survivor_export",
    ),
    path(
        "survivors/<int:survivor_id>/erase/",
        views.survivor_erase,
        name="survivor_erase",
    ),
]
