"""Pages of the survivors' site: home, journey map, explainers and glossary."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index

from rules import RESUME, STAY, get_pack

from .blocks import RICH_TEXT_FEATURES, ExplainerStreamBlock
from .errors import HOME_PAGE_EXISTS, STAGE_EXPLAINER_EXISTS
from .panels import ReadingAgePanel
from .readability import stream_text

SUMMARY_HELP = _(
    "One or two short sentences shown under the title and on the journey map. "
    "Say what this is about, not what the reader must do."
)


def _stage_choices() -> list[tuple[str, str]]:
    return get_pack().stage_choices()


class TranslationReviewMixin(models.Model):
    """A flag on translated pages until a native speaker has checked the words."""

    needs_native_review = models.BooleanField(
        _("needs review by a native speaker"),
        default=False,
        help_text=_(
            "Ticked on every new translation. Readers see a short notice that the "
            "translation has not been checked yet. Untick it once a native speaker "
            "has read the page and agrees it is right and easy to read."
        ),
    )

    review_panels = [FieldPanel("needs_native_review")]

    class Meta:
        abstract = True

    @property
    def shows_review_notice(self) -> bool:
        """Readers see the notice only on translations still waiting for review."""
        return self.needs_native_review and not self.locale.is_default

    def english_version(self) -> Page:
        """This page in the default language (the full site), or itself."""
        if self.locale.is_default:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self


def in_language(english_pages, locale: Locale) -> list[tuple[Page, bool]]:
    """Each English page as translated into ``locale``, else itself marked English.

    A translation shows every page of the site: the translated ones, and the rest
    in English, said so, until someone translates them.
    """
    english_pages = list(english_pages)
    if locale.is_default:
        return [(page, False) for page in english_pages]
    translated = {
        page.translation_key: page
        for page in Page.objects.filter(
            locale=locale,
            translation_key__in=[page.translation_key for page in english_pages],
        )
        .live()
        .public()
        .specific()
    }
    return [
        (
            translated.get(page.translation_key, page),
            page.translation_key not in translated,
        )
        for page in english_pages
    ]


class ExplainerMixin(models.Model):
    """A plain-language summary shared by every explainer page."""

    summary = models.TextField(_("summary"), max_length=300, help_text=SUMMARY_HELP)

    search_fields = [index.SearchField("summary")]

    class Meta:
        abstract = True

    def body_values(self) -> list:
        """The StreamField values whose words count for the reading age."""
        raise NotImplementedError

    def body_text(self) -> str:
        return stream_text(self.summary, *self.body_values())


class HomePage(TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
    """The survivors' site home page."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A few short sentences. Aim for reading age 9."),
    )
    safety_note = models.TextField(
        _("safety note"),
        blank=True,
        help_text=_(
            "Shown near the top of the home page. Keep it calm: what to do if "
            "you are in danger now."
        ),
    )

    content_panels = (
        Page.content_panels
        + TranslationReviewMixin.review_panels
        + [FieldPanel("intro"), FieldPanel("safety_note")]
    )
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.JourneyMapPage",
        "cms.TopicExplainerPage",
        "cms.GlossaryPage",
        "cms.HelpPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def clean(self):
        super().clean()
        clash = (
            HomePage.objects.filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            raise ValidationError(HOME_PAGE_EXISTS)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        english = self.english_version()
        context["journey_map"] = (
            JourneyMapPage.objects.child_of(self).live().public().first()
            or JourneyMapPage.objects.child_of(english).live().public().first()
        )
        context["topics"] = in_language(
            TopicExplainerPage.objects.child_of(english).live().public(), self.locale
        )
        return context


class JourneyMapPage(TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
    """Every stage of the route, in order, each linking to its explainer."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Reassure first: everyone's route is different and the reader can "
            "start anywhere. Aim for reading age 9."
        ),
    )

    content_panels = (
        Page.content_panels
        + TranslationReviewMixin.review_panels
        + [FieldPanel("intro")]
    )
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.StageExplainerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("journey map")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pack = get_pack()
        english = StageExplainerPage.objects.child_of(self.english_version())
        pages = {
            page.stage_key: (page, in_english)
            for page, in_english in in_language(english.live().public(), self.locale)
        }
        missing = (None, False)
        context["main_route"] = [
            (s, *pages.get(s.key, missing)) for s in pack.main_line()
        ]
        context["side_routes"] = [
            (s, *pages.get(s.key, missing))
            for s in sorted(pack.stages, key=lambda s: s.order)
            if s.side_route
        ]
        return context


class StageExplainerPage(ExplainerMixin, TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
    """What one stage of the rules pack means for a survivor, section by section."""

    stage_key = models.CharField(
        _("stage"),
        max_length=40,
        choices=_stage_choices,
        help_text=_(
            "The stage of the journey this page explains. Advocates' links point "
            "here, so each stage has one explainer per language."
        ),
    )
    what_happens = StreamField(
        ExplainerStreamBlock(),
        verbose_name=_("what happens at this stage"),
        help_text=_("What happens, in the order it usually happens."),
    )
    who_you_meet = StreamField(
        ExplainerStreamBlock(),
        blank=True,
        verbose_name=_("who you will meet"),
        help_text=_("Use 'Person you will meet' blocks, one per person or team."),
    )
    how_long = StreamField(
        ExplainerStreamBlock(),
        blank=True,
        verbose_name=_("how long it usually takes"),
        help_text=_(
            "Be honest about waiting. Give ranges, not promises. Time limits must "
            "match the rules pack."
        ),
    )
    your_rights = StreamField(
        ExplainerStreamBlock(),
        blank=True,
        verbose_name=_("your rights (Victims' Code)"),
        help_text=_("Use 'Victims' Code right' blocks for the rights that apply."),
    )
    what_you_can_ask_for = StreamField(
        ExplainerStreamBlock(),
        blank=True,
        verbose_name=_("what you can ask for"),
    )
    what_your_advocate_can_do = StreamField(
        ExplainerStreamBlock(),
        blank=True,
        verbose_name=_("what your advocate can do"),
    )
    questions = StreamField(
        ExplainerStreamBlock(),
        blank=True,
        verbose_name=_("questions people ask"),
        help_text=_("Use 'Question and answer' blocks."),
    )

    SECTIONS = (
        ("what_happens", _("What happens")),
        ("who_you_meet", _("Who you will meet")),
        ("how_long", _("How long it usually takes")),
        ("your_rights", _("Your rights under the Victims' Code")),
        ("what_you_can_ask_for", _("What you can ask for")),
        ("what_your_advocate_can_do", _("What your advocate can do")),
        ("questions", _("Questions people ask")),
    )

    content_panels = Page.content_panels + [
        *TranslationReviewMixin.review_panels,
        ReadingAgePanel(),
        MultiFieldPanel(
            [FieldPanel("stage_key"), FieldPanel("summary")], heading=_("Stage")
        ),
        *(FieldPanel(name) for name, _label in SECTIONS),
    ]
    search_fields = Page.search_fields + ExplainerMixin.search_fields
    parent_page_types = ["cms.JourneyMapPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("stage explainer")

    def clean(self):
        super().clean()
        clash = (
            StageExplainerPage.objects.filter(
                stage_key=self.stage_key, locale_id=self.locale_id
            )
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            raise ValidationError({"stage_key": STAGE_EXPLAINER_EXISTS})

    @property
    def stage(self):
        return get_pack().stage(self.stage_key)

    def body_values(self) -> list:
        return [getattr(self, name) for name, _label in self.SECTIONS]

    def sections(self) -> list[tuple[str, str, object]]:
        """The non-empty sections, with their anchors and headings, in order."""
        return [
            (name.replace("_", "-"), label, getattr(self, name))
            for name, label in self.SECTIONS
            if getattr(self, name)
        ]

    def next_stage_keys(self) -> list[str]:
        """Stages the rules pack says can follow this one (what happens next)."""
        pack = get_pack()
        keys: list[str] = []
        for event in pack.events_allowed_in(self.stage_key):
            for target in (event.to_stage, *(o.to_stage for o in event.outcomes)):
                if target not in (STAY, RESUME, self.stage_key) and target not in keys:
                    keys.append(target)
        order = {s.key: s.order for s in pack.stages}
        return sorted(keys, key=order.__getitem__)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        english = StageExplainerPage.objects.sibling_of(self.english_version())
        siblings = {
            page.stage_key: (page, in_english)
            for page, in_english in in_language(english.live().public(), self.locale)
        }
        context["next_pages"] = [
            siblings[key] for key in self.next_stage_keys() if key in siblings
        ]
        context["journey_map"] = self.get_parent()
        return context


class TopicExplainerPage(ExplainerMixin, TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
    """An explainer on one subject: special measures, giving evidence, and so on."""

    body = StreamField(
        ExplainerStreamBlock(),
        verbose_name=_("body"),
        help_text=_(
            "Start with what the reader most needs. Say what happens next. "
            "Never suggest the reader is to blame."
        ),
    )
    show_in_menu = models.BooleanField(
        _("list on the home page"),
        default=True,
        help_text=_("Untick for pages reached only from other pages."),
    )

    content_panels = Page.content_panels + [
        *TranslationReviewMixin.review_panels,
        ReadingAgePanel(),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("show_in_menu"),
    ]
    search_fields = Page.search_fields + ExplainerMixin.search_fields
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("topic explainer")

    def body_values(self) -> list:
        return [self.body]


class GlossaryPage(TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
    """Every glossary term of the page's language, A to Z, each with an anchor."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("One or two sentences. The terms come from Snippets › Glossary."),
    )

    content_panels = (
        Page.content_panels
        + TranslationReviewMixin.review_panels
        + [FieldPanel("intro")]
    )
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = GlossaryTerm.objects.filter(locale_id=self.locale_id)
        return context


class HelpPage(TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
    """Get help now: the service's own contact details and the 24/7 helplines.

    The helplines come from the rules pack and the service's details from its
    organisation record, so editors write only the introduction.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "One or two calm sentences. The numbers below come from the rules pack "
            "and the service's settings, not from this page."
        ),
    )

    content_panels = (
        Page.content_panels
        + TranslationReviewMixin.review_panels
        + [FieldPanel("intro")]
    )
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("get help now page")


class GlossaryTerm(TranslatableMixin, models.Model):
    """A word or abbreviation survivors will hear, with its plain meaning."""

    term = models.CharField(
        _("term"),
        max_length=80,
        help_text=_(
            "As people will see it written, e.g. 'PTPH' or 'warned list'. Its first "
            "use on each explainer links here."
        ),
    )
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        blank=True,
        help_text=_("For abbreviations: what the letters stand for."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The anchor on the glossary page, e.g. 'ptph'. Never change it."),
    )
    plain_meaning = models.TextField(
        _("plain meaning"),
        help_text=_("One to three short sentences. Aim for reading age 9."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("full_name"),
        FieldPanel("slug"),
        FieldPanel("plain_meaning"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = [Lower("term")]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="cms_glossary_slug_unique_per_locale"
            ),
        ]

    def __str__(self) -> str:
        return self.term
