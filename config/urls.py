"""Project URLs: the advocates' workspace lives in the Wagtail admin."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

# Staff pages live in the Wagtail admin: each app mounts its own ``admin_urls``
# (namespaced by the app) with the ``register_admin_urls`` hook. Pages outside the
# admin are included here, each namespaced by its ``urls.app_name``.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Calendar subscription feeds: secret-token URLs calendar apps poll.
    path("calendar/", include("calendars.urls")),
    # A survivor's own page and calendar feed: secret-token URLs, no sign-in.
    path("p/", include("portal.urls")),
    # Partner organisations' pages: signed in, two-factor, consent-scoped.
    path("partner/", include("partners.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving comes last so it never shadows an app URL. Each language
# of the survivors' site has its own page tree under its prefix (/cy/, /ro/, ...);
# English has none, so its addresses never change.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)), prefix_default_language=False
)
