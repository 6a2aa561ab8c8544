"""Pages of the survivors' site: home, journey map, explainers and glossary."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index

from rules import RESUME, STAY, RulesPack, all_packs, default_pack_key, get_pack
from rules.registry import pack_choices

from .blocks import RICH_TEXT_FEATURES, ExplainerStreamBlock, blocks_outside_pack
from .errors import (
    BLOCK_OUTSIDE_PACK,
    HOME_PAGE_EXISTS,
    HOME_PAGE_NESTED_IN_ITS_PACK,
    STAGE_EXPLAINER_EXISTS,
    STAGE_NOT_IN_PACK,
)
from .panels import ReadingAgePanel
from .readability import stream_text

SUMMARY_HELP = _(
    "One or two short sentences shown under the title and on the journey map. "
    "Say what this is about, not what the reader must do."
)


def _stage_choices() -> list[tuple[str, str]]:
    """Every pack's stages: the database accepts any; the page's form narrows them."""
    seen: dict[str, str] = {}
    for pack in all_packs():
        for key, label in pack.stage_choices():
            seen.setdefault(key, label)
    return list(seen.items())


def pack_of_page(page: Page) -> RulesPack:
    """The rules pack of the home page a page sits under (the nearest one).

    A page not yet in the tree (an editor is creating it) has no ancestors: it
    takes the pack of the parent its form names (``placing_under``), else the
    deployment's pack.
    """
    key = None
    placing = getattr(page, "placing_under", None)
    if not page.path and placing is not None:
        return pack_of_page(placing)
    if page.path:
        key = (
            HomePage.objects.ancestor_of(page, inclusive=True)
            .order_by("-depth")
            .values_list("rules_pack", flat=True)
            .first()
        )
    return get_pack(key)


class InPackMixin:
    """A page of one pack's section of the site: its words follow that pack."""

    @cached_property
    def pack(self) -> RulesPack:
        return pack_of_page(self)

    def clean_blocks_against_pack(self, *values) -> None:
        """Refuse rights and measures the page's pack does not have."""
        for value in values:
            wrong = blocks_outside_pack(value, self.pack)
            if wrong:
                raise ValidationError(
                    BLOCK_OUTSIDE_PACK
                    % {"pack": self.pack.name, "items": ", ".join(wrong)}
                )


class PackPageForm(WagtailAdminPageForm):
    """The editor offers only the stages of the pack of the tree being edited."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if not self.instance.path:
            self.instance.placing_under = parent_page
        field = self.fields.get("stage_key")
        if field is not None:
            field.choices = pack_of_page(self.instance).stage_choices()


def _pack_field(help_text) -> models.CharField:
    """Which rules pack a row belongs to: any registered one, by key."""
    return models.CharField(
        _("jurisdiction"),
        max_length=40,
        choices=pack_choices,
        default=default_pack_key,
        help_text=help_text,
    )


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
    """A pack's home page: the site's root (the deployment's pack) or a section.

    Each rules pack has its own tree of pages. The deployment's pack sits at the
    site's root; every other pack's home page is a child of it (e.g. /scotland/),
    and every page below a home page speaks that home page's pack.
    """

    rules_pack = _pack_field(
        _(
            "The law the pages below this home page explain: stages, rights, "
            "special measures and helplines all come from it."
        )
    )

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
        + [FieldPanel("rules_pack"), FieldPanel("intro"), FieldPanel("safety_note")]
    )
    parent_page_types = ["wagtailcore.Page", "cms.HomePage"]
    subpage_types = [
        "cms.HomePage",
        "cms.JourneyMapPage",
        "cms.TopicExplainerPage",
        "cms.GlossaryPage",
        "cms.HelpPage",
    ]

    base_form_class = PackPageForm

    class Meta:
        verbose_name = _("home page")

    @property
    def pack(self) -> RulesPack:
        return get_pack(self.rules_pack)

    def clean(self):
        super().clean()
        clash = (
            HomePage.objects.filter(
                locale_id=self.locale_id, rules_pack=self.rules_pack
            )
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            raise ValidationError(HOME_PAGE_EXISTS)
        parent = (
            self.get_parent() if self.path else getattr(self, "placing_under", None)
        )
        if parent is not None and parent.depth > 1:
            parent = parent.specific
            if not isinstance(parent, HomePage) or parent.rules_pack == self.rules_pack:
                raise ValidationError({"rules_pack": HOME_PAGE_NESTED_IN_ITS_PACK})

    def sections(self):
        """The other packs' home pages below this one, in the same language."""
        return HomePage.objects.child_of(self).live().public()

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
        # Every other pack's section, so a reader in the wrong one finds hers.
        context["other_sections"] = [
            (home.specific, in_english)
            for home, in_english in in_language(
                HomePage.objects.filter(locale=english.locale_id)
                .exclude(pk=english.pk)
                .live()
                .public()
                .order_by("path"),
                self.locale,
            )
        ]
        return context


class SectionPage(InPackMixin, TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
    """A page each section has once, under its home page; editors write its intro."""

    content_panels = (
        Page.content_panels
        + TranslationReviewMixin.review_panels
        + [FieldPanel("intro")]
    )
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class JourneyMapPage(SectionPage):  # noqa: DJ008 - Page has it
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

    subpage_types = ["cms.StageExplainerPage"]

    class Meta:
        verbose_name = _("journey map")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pack = self.pack
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


def _section(verbose_name, help_text=None, *, blank: bool = True) -> StreamField:
    """One section of a stage explainer, written with the explainer blocks."""
    extra = {"help_text": help_text} if help_text else {}
    return StreamField(
        ExplainerStreamBlock(), blank=blank, verbose_name=verbose_name, **extra
    )


class StageExplainerPage(InPackMixin, ExplainerMixin, TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
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
    what_happens = _section(
        _("what happens at this stage"),
        _("What happens, in the order it usually happens."),
        blank=False,
    )
    who_you_meet = _section(
        _("who you will meet"),
        _("Use 'Person you will meet' blocks, one per person or team."),
    )
    how_long = _section(
        _("how long it usually takes"),
        _(
            "Be honest about waiting. Give ranges, not promises. Time limits must "
            "match the rules pack."
        ),
    )
    your_rights = _section(
        _("your rights (Victims' Code)"),
        _("Use 'Victims' Code right' blocks for the rights that apply."),
    )
    what_you_can_ask_for = _section(_("what you can ask for"))
    what_your_advocate_can_do = _section(_("what your advocate can do"))
    questions = _section(
        _("questions people ask"), _("Use 'Question and answer' blocks.")
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
    base_form_class = PackPageForm

    class Meta:
        verbose_name = _("stage explainer")

    def clean(self):
        super().clean()
        if self.stage_key not in {s.key for s in self.pack.stages}:
            raise ValidationError(
                {"stage_key": STAGE_NOT_IN_PACK % {"pack": self.pack.name}}
            )
        parent = (
            self.get_parent() if self.path else getattr(self, "placing_under", None)
        )
        siblings = StageExplainerPage.objects.filter(
            stage_key=self.stage_key, locale_id=self.locale_id
        )
        # The same stage may have a page in each pack's tree, not two in one.
        if parent is not None:
            siblings = siblings.child_of(parent)
        if siblings.exclude(pk=self.pk).exists():
            raise ValidationError({"stage_key": STAGE_EXPLAINER_EXISTS})
        self.clean_blocks_against_pack(*self.body_values())

    @property
    def stage(self):
        return self.pack.stage(self.stage_key)

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
        pack = self.pack
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


class TopicExplainerPage(InPackMixin, ExplainerMixin, TranslationReviewMixin, Page):  # noqa: DJ008 - Page has it
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

    def clean(self):
        super().clean()
        self.clean_blocks_against_pack(self.body)


class GlossaryPage(SectionPage):  # noqa: DJ008 - Page has it
    """Every glossary term of the page's language, A to Z, each with an anchor."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("One or two sentences. The terms come from Snippets › Glossary."),
    )

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = GlossaryTerm.objects.filter(
            locale_id=self.locale_id, rules_pack=self.pack.key
        )
        return context


class HelpPage(SectionPage):  # noqa: DJ008 - Page has it
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
    rules_pack = _pack_field(
        _(
            "The glossary this term belongs to: each jurisdiction's pages link "
            "only to its own terms."
        )
    )

    panels = [
        FieldPanel("rules_pack"),
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
                fields=["slug", "locale", "rules_pack"],
                name="cms_glossary_slug_unique_per_pack_locale",
            ),
        ]

    def __str__(self) -> str:
        return self.term
