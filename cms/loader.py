"""Build the survivors' site from the shipped content: safe to run again and again.

English is the default language and has every page. Each translation in the
``translations`` of the pack's explainers becomes its own page tree (a translated
home page beside the English one, sharing translation keys), holding only the pages that
have been translated so far; those are marked as needing a native speaker's review.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from importlib import import_module

from django.db import transaction
from wagtail.models import Locale, Page, Site

from rules import RulesPack, get_pack

from .models import (
    GlossaryPage,
    GlossaryTerm,
    HelpPage,
    HomePage,
    JourneyMapPage,
    StageExplainerPage,
    TopicExplainerPage,
)

logger = logging.getLogger(__name__)

STAGE_SECTIONS = [name for name, _label in StageExplainerPage.SECTIONS]
_PAGE_LINK = re.compile(r"\{page:([a-z0-9-]+)\}")


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _stream(blocks: list[tuple]) -> list[dict]:
    return [{"type": kind, "value": value} for kind, value in blocks]


def _publish(page: Page) -> None:
    page.save_revision().publish()


class _Loader:
    """Loads one language's pages; ``english`` (label → page) marks a translation."""

    def __init__(
        self,
        *,
        update: bool,
        report: LoadReport,
        locale: Locale,
        content,
        english: dict[str, Page] | None = None,
    ) -> None:
        self.update = update
        self.report = report
        self.locale = locale
        self.content = content
        self.english = english
        self.pages: dict[str, Page] = {}
        self.unlinked: list[tuple[Page, dict]] = []
        self.suffix = "" if english is None else f" [{locale.language_code}]"

    # Finding and placing pages -------------------------------------------------

    def _existing(self, model, label: str, **lookup) -> Page | None:
        if self.english is None:
            return model.objects.filter(locale=self.locale, **lookup).first()
        source = self.english[label]
        return model.objects.filter(
            locale=self.locale, translation_key=source.translation_key
        ).first()

    def _new(self, model, label: str, **values) -> Page:
        page = model(locale=self.locale, **values)
        if self.english is not None:
            page.translation_key = self.english[label].translation_key
            page.needs_native_review = True
        return page

    def _link_pages(self, fields: dict) -> tuple[dict, bool]:
        """Swap ``{page:slug}`` for page ids: this language's page, else English."""
        missing = False

        def page_id(match: re.Match) -> str:
            nonlocal missing
            found = (
                Page.objects.filter(slug=match.group(1), locale=self.locale).first()
                or Page.objects.filter(
                    slug=match.group(1), locale=Locale.get_default()
                ).first()
            )
            if found is None:
                missing = True
                return match.group(0)
            return str(found.pk)

        return json.loads(_PAGE_LINK.sub(page_id, json.dumps(fields))), missing

    def _place(self, parent: Page, page: Page, fields: dict, label: str) -> Page:
        """Create ``page`` under ``parent``, or refresh it when asked to."""
        raw = fields
        fields, missing = self._link_pages(fields)
        for name, value in fields.items():
            setattr(page, name, value)
        if page.pk is None:
            parent.add_child(instance=page)
            _publish(page)
            self.report.created.append(label + self.suffix)
        elif self.update:
            _publish(page)
            self.report.updated.append(label + self.suffix)
        else:
            self.report.unchanged.append(label + self.suffix)
            missing = False
        if missing:
            self.unlinked.append((page, raw))
        self.pages[label] = page
        return page

    def _relink(self) -> None:
        """Publish again the pages that linked to a page created after them."""
        for page, raw in self.unlinked:
            fields, _missing = self._link_pages(raw)
            for name, value in fields.items():
                setattr(page, name, value)
            _publish(page)

    # The pages ------------------------------------------------------------------

    def home(self) -> HomePage:
        content = self.content.HOME
        home = self._existing(HomePage, "home")
        fields = {"intro": content["intro"], "safety_note": content["safety_note"]}
        if home is None:
            root = Page.get_first_root_node()
            slug = (
                "home" if self.english is None else f"home-{self.locale.language_code}"
            )
            home = self._new(HomePage, "home", title=content["title"], slug=slug)
            self._place(root, home, fields, "home")
            if self.english is None:
                Site.objects.update_or_create(
                    is_default_site=True,
                    defaults={
                        "hostname": "localhost",
                        "root_page": home,
                        "site_name": "Waymark",
                    },
                )
            return home
        if self.update or not home.safety_note:
            # A fresh install has the migration's one-line home page: fill it in.
            self.update, was = True, self.update
            self._place(home.get_parent(), home, fields, "home")
            self.update = was
        else:
            self.report.unchanged.append("home" + self.suffix)
            self.pages["home"] = home
        return home

    def journey_map(self, home: HomePage) -> JourneyMapPage:
        content = self.content.JOURNEY
        page = self._existing(JourneyMapPage, "journey map") or self._new(
            JourneyMapPage, "journey map", title=content["title"], slug="journey"
        )
        return self._place(home, page, {"intro": content["intro"]}, "journey map")

    def stages(self, journey_map: JourneyMapPage) -> None:
        for stage in sorted(get_pack().stages, key=lambda s: s.order):
            content = self.content.STAGES.get(stage.key)
            if content is None:
                continue
            label = f"stage {stage.key}"
            page = self._existing(
                StageExplainerPage, label, stage_key=stage.key
            ) or self._new(
                StageExplainerPage,
                label,
                stage_key=stage.key,
                title=content["title"],
                slug=content["slug"],
            )
            fields = {"summary": fill(content["summary"])}
            fields.update({s: _stream(content.get(s, [])) for s in STAGE_SECTIONS})
            self._place(journey_map, page, fields, label)

    def topics(self, home: HomePage) -> None:
        for content in self.content.TOPICS:
            slug = content.get("source_slug", content["slug"])
            label = f"topic {slug}"
            page = self._existing(TopicExplainerPage, label, slug=slug) or self._new(
                TopicExplainerPage, label, title=content["title"], slug=content["slug"]
            )
            fields = {
                "summary": fill(content["summary"]),
                "body": _stream(content["body"]()),
                "show_in_menu": content.get("show_in_menu", True),
            }
            self._place(home, page, fields, label)

    def glossary(self, home: HomePage) -> None:
        content = getattr(self.content, "GLOSSARY", None)
        if content is None:
            return
        page = self._existing(GlossaryPage, "glossary") or self._new(
            GlossaryPage, "glossary", title=content["title"], slug="glossary"
        )
        self._place(home, page, {"intro": content["intro"]}, "glossary")
        for term, full_name, slug, meaning in getattr(self.content, "TERMS", []):
            self.term(term, full_name, slug, meaning)

    def help_page(self, home: HomePage) -> None:
        content = getattr(self.content, "HELP", None)
        if content is None:
            return
        page = self._existing(HelpPage, "help") or self._new(
            HelpPage, "help", title=content["title"], slug=content["slug"]
        )
        self._place(home, page, {"intro": content["intro"]}, "help")

    def term(self, term: str, full_name: str, slug: str, meaning: str) -> None:
        values = {"term": term, "full_name": full_name, "plain_meaning": fill(meaning)}
        found = GlossaryTerm.objects.filter(slug=slug, locale=self.locale).first()
        if found is None:
            GlossaryTerm.objects.create(slug=slug, locale=self.locale, **values)
            self.report.created.append(f"term {slug}{self.suffix}")
        elif self.update:
            for name, value in values.items():
                setattr(found, name, value)
            found.full_clean()
            found.save()
            self.report.updated.append(f"term {slug}{self.suffix}")

    def run(self) -> dict[str, Page]:
        home = self.home()
        journey_map = self.journey_map(home)
        self.topics(home)
        self.stages(journey_map)
        self.glossary(home)
        self.help_page(home)
        self._relink()
        return self.pages


def explainer_content(pack: RulesPack):
    """The pack's explainer package (``RulesPack.explainers``): words and fill."""
    return import_module(pack.explainers)


def fill(text: str) -> str:
    """Put the public site's pack's time limits into ``{limit:KEY}`` texts."""
    return explainer_content(get_pack()).fill(text)


@transaction.atomic
def explainers_load(*, update: bool = False) -> LoadReport:
    """Create any missing shipped page or term; with ``update``, restore their text.

    Without ``update`` an editor's changes are never overwritten, so it is safe to
    run on every deploy and from the demo script. Every language's tree is built.
    """
    report = LoadReport()
    # The public site has no record to ask: it speaks the deployment's pack.
    pack = get_pack()
    english = _Loader(
        update=update,
        report=report,
        locale=Locale.get_default(),
        content=import_module(f"{pack.explainers}.english").ENGLISH,
    ).run()
    translations = import_module(f"{pack.explainers}.translations").TRANSLATIONS
    for code, content in translations.items():
        locale, _created = Locale.objects.get_or_create(language_code=code)
        _Loader(
            update=update,
            report=report,
            locale=locale,
            content=content,
            english=english,
        ).run()
    Site.clear_site_root_paths_cache()
    logger.info(
        "Explainers: %d created, %d updated", len(report.created), len(report.updated)
    )
    return report
