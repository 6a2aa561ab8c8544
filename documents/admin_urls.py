"""Letter pages, mounted inside the Wagtail admin by documents/wagtail_hooks.py."""

from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path(
        "journey/<int:journey_pk>/",
        views.JourneyLettersView.as_view(),
        name="journey_letters",
    ),
    path(
        "journey/<int:journey_pk>/new/<slug:letter_type>/",
        views.LetterCreateView.as_view(),
        name="letter_create",
    ),
    path(
        "breach/<int:breach_pk>/complaint/",
        views.BreachComplaintView.as_view(),
        name="complaint_letter",
    ),
    path("<int:pk>/download/", views.letter_download, name="letter_download"),
    path(
        "special-measures/<int:pk>/decisions/",
        views.SpecialMeasuresDecisionView.as_view(),
        name="special_measures_decision",
    ),
    path("settings/", views.LetterSettingsView.as_view(), name="settings"),
    path(
        "settings/wording/<slug:letter_type>/",
        views.LetterTemplateEditView.as_view(),
        name="template_edit",
    ),
    path("figures/", views.FiguresView.as_view(), name="figures"),
]
