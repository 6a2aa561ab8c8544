"""Pages of the survivors' site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The survivors' site home page."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("A few short sentences. Aim for reading age 9."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        return super().get_context(request, *args, **kwargs)


__all__ = ["HomePage", "models"]
