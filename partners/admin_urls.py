"""Staff pages about partners, mounted inside the Wagtail admin by wagtail_hooks."""

from django.urls import path

from . import admin_views

app_name = "sharing"

urlpatterns = [
    path("agreements/", admin_views.agreements, name="agreements"),
    path("agreements/add/", admin_views.agreement_add, name="agreement_add"),
    path(
        "agreements/<int:agreement_id>/end/",
        admin_views.agreement_end,
        name="agreement_end",
    ),
    path("sign-ins/add/", admin_views.member_add, name="member_add"),
    path(
        "sign-ins/<int:member_id>/active/",
        admin_views.member_set_active,
        name="member_set_active",
    ),
    path(
        "journeys/<int:pk>/share/",
        admin_views.ConsentRecordView.as_view(),
        name="journey_consent_add",
    ),
    path(
        "journeys/<int:pk>/share/<int:sharing_consent_id>/withdraw/",
        admin_views.consent_withdraw,
        name="journey_consent_withdraw",
    ),
]
