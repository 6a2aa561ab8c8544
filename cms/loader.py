"""Build the survivors' site from the shipped content: safe to run again and again."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.content.glossary import TERMS
from cms.content.site import GLOSSARY_INTRO, HELP, HOME, JOURNEY_INTRO
from cms.content.stages import STAGES
from cms.content.topics import TOPICS
from rules import get_pack

from .content import fill
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
    def __init__(self, *, update: bool) -> None:
        self.update = update
        self.report = LoadReport()
        self.locale = Locale.get_default()

    def _place(self, parent: Page, page: Page, fields: dict, label: str) -> Page:
        """Create ``page`` under ``parent``, or refresh it when asked to."""
        for name, value in fields.items():
            setattr(page, name, value)
        if page.pk is None:
            page.locale = self.locale
            parent.add_child(instance=page)
            _publish(page)
            self.report.created.append(label)
        elif self.update:
            _publish(page)
            self.report.updated.append(label)
        else:
            self.report.unchanged.append(label)
        return page

    def home(self) -> HomePage:
        home = HomePage.objects.filter(locale=self.locale).first()
        fields = {
            "intro": HOME["intro"],
            "safety_note": HOME["safety_note"],
        }
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(title=HOME["title"], slug="home")
            self._place(root, home, fields, "home")
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
            self.report.unchanged.append("home")
        return home

    def journey_map(self, home: HomePage) -> JourneyMapPage:
        page = JourneyMapPage.objects.child_of(home).first() or JourneyMapPage(
            title="Your journey, step by step", slug="journey"
        )
        return self._place(home, page, {"intro": JOURNEY_INTRO}, "journey map")

    def stages(self, journey_map: JourneyMapPage) -> None:
        for stage in sorted(get_pack().stages, key=lambda s: s.order):
            content = STAGES[stage.key]
            page = StageExplainerPage.objects.filter(
                stage_key=stage.key, locale=self.locale
            ).first() or StageExplainerPage(
                stage_key=stage.key, title=content["title"], slug=content["slug"]
            )
            fields = {"summary": fill(content["summary"])}
            fields.update({s: _stream(content[s]) for s in STAGE_SECTIONS})
            self._place(journey_map, page, fields, f"stage {stage.key}")

    def topics(self, home: HomePage) -> None:
        for content in TOPICS:
            page = TopicExplainerPage.objects.child_of(home).filter(
                slug=content["slug"]
            ).first() or TopicExplainerPage(
                title=content["title"], slug=content["slug"]
            )
            fields = {
                "summary": fill(content["summary"]),
                "body": _stream(content["body"]()),
                "show_in_menu": content.get("show_in_menu", True),
            }
            self._place(home, page, fields, f"topic {content['slug']}")

    def glossary(self, home: HomePage) -> None:
        page = GlossaryPage.objects.child_of(home).first() or GlossaryPage(
            title="Words explained", slug="glossary"
        )
        self._place(home, page, {"intro": GLOSSARY_INTRO}, "glossary")
        for term, full_name, slug, meaning in TERMS:
            values = {
                "term": term,
                "full_name": full_name,
                "plain_meaning": fill(meaning),
            }
            found = GlossaryTerm.objects.filter(slug=slug, locale=self.locale).first()
            if found is None:
                GlossaryTerm.objects.create(slug=slug, locale=self.locale, **values)
                self.report.created.append(f"term {slug}")
            elif self.update:
                for name, value in values.items():
                    setattr(found, name, value)
                found.full_clean()
                found.save()
                self.report.updated.append(f"term {slug}")

    def help_page(self, home: HomePage) -> None:
        page = HelpPage.objects.child_of(home).first() or HelpPage(
            title=HELP["title"], slug=HELP["slug"]
        )
        self._place(home, page, {"intro": HELP["intro"]}, "get help now")

    def run(self) -> LoadReport:
        home = self.home()
        journey_map = self.journey_map(home)
        self.stages(journey_map)
        self.topics(home)
        self.glossary(home)
        self.help_page(home)
        return self.report


@transaction.atomic
def explainers_load(*, update: bool = False) -> LoadReport:
    """Create any missing shipped page or term; with ``update``, restore their text.

    Without ``update`` an editor's changes are never overwritten, so it is safe to
    run on every deploy and from the demo script.
    """
    report = _Loader(update=update).run()
    logger.info(
        "Explainers: %d created, %d updated", len(report.created), len(report.updated)
    )
    return report
