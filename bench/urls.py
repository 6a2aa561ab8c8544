"""The project's URLs plus the minimal reference views benchmarks compare against."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as project_urlpatterns


def minimal(request):
    """The cheapest possible page: the floor every other page is compared with."""
    return HttpResponse("ok")


urlpatterns = [
    path("__bench__/minimal/", minimal),
    path("__bench__/minimal-login/", login_required(minimal)),
    *project_urlpatterns,
]
