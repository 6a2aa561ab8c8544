"""The project's URLs plus the smallest possible Django view, to compare against."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as project_urls


def minimal(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/minimal/", minimal), *project_urls]
