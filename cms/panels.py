"""Editor panels: a reading-age estimate shown while editing an explainer."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from . import errors
from .readability import TARGET_READING_AGE, is_too_hard, reading_age


def reading_age_message(page) -> tuple[str, str]:
    """Return (status, message) describing how hard the page's body text is."""
    age = reading_age(page.body_text())
    values = {"age": age, "target": TARGET_READING_AGE}
    if age is None:
        return "info", errors.READING_AGE_UNKNOWN % values
    if is_too_hard(age):
        return "warning", errors.READING_AGE_TOO_HIGH % values
    return "info", errors.READING_AGE_OK % values


class ReadingAgePanel(Panel):
    """Shows the reading age of the saved text, with a warning above the target."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Reading age"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "reading_age"

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/panels/reading_age.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            status, message = (
                reading_age_message(self.instance) if self.instance.pk else ("info", "")
            )
            context.update(status=status, message=message)
            return context
