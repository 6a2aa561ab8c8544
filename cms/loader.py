"""Build the survivors' site from the shipped content: safe to run again and again.

Every registered rules pack gets its own section of the site, built from its
``explainers``: the deployment's pack at the site's root (``/``), every other pack
in a section under it named after the pack (e.g. ``/scotland/``), each with its own
home page, journey map, stage and topic pages, glossary and help page.

English is the default language and has every page. Each translation in the
``translations`` of a pack's explainers becomes its own page tree (a translated
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
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from rules import RulesPack, all_packs, default_pack_key, get_pack

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
    # What was saved, so Wagtail's reference index is brought up to date once.
    saved: list = field(default_factory=list, repr=False, compare=False)


def _stream(blocks: list[tuple]) -> list[dict]:
    return [{"type": kind, "value": value} for kind, value in blocks]


def _publish(page: Page) -> None:
    page.save_revision().publish()


def section_slug(pack: RulesPack) -> str:
    """The URL segment of a pack's section, e.g. "scotland" for /scotland/."""
    return pack.key.replace("_", "-")


class _Loader:
    """Loads one pack's pages in one language; ``english`` marks a translation.

    ``english`` maps labels to the pack's English pages; ``parent`` is where the
    pack's home page goes: the tree's root for the deployment's pack, else that
    pack's home page in the same language.
    """

    def __init__(
        self,
        *,
        pack: RulesPack,
        update: bool,
        report: LoadReport,
        locale: Locale,
        content,
        parent: Page,
        english: dict[str, Page] | None = None,
    ) -> None:
        self.pack = pack
        self.update = update
        self.report = report
        self.locale = locale
        self.content = content
        self.parent = parent
        self.english = english
        self.fill = explainer_content(pack).fill
        self.pages: dict[str, Page] = {}
        self.unlinked: list[tuple[Page, dict]] = []
        self.in_section = pack.key != default_pack_key()
        where = [pack.key] if self.in_section else []
        if english is not None:
            where.append(locale.language_code)
        self.suffix = f" [{', '.join(where)}]" if where else ""
        self.home_page: HomePage | None = None

    # Finding and placing pages -------------------------------------------------

    def _existing(self, model, label: str, **lookup) -> Page | None:
        """The page already loaded for ``label``, looked for in this pack's tree."""
        if self.english is not None:
            source = self.english[label]
            return model.objects.filter(
                locale=self.locale, translation_key=source.translation_key
            ).first()
        found = model.objects.filter(locale=self.locale, **lookup)
        if model is HomePage:
            return found.filter(rules_pack=self.pack.key).first()
        return found.descendant_of(self.home_page).first()

    def _new(self, model, label: str, **values) -> Page:
        page = model(locale=self.locale, **values)
        if self.english is not None:
            page.translation_key = self.english[label].translation_key
            page.needs_native_review = True
        return page

    def _link_pages(self, fields: dict) -> tuple[dict, bool]:
        """Swap ``{page:slug}`` for page ids in this pack's tree: this language's
        page, else the English one."""
        missing = False
        english_home = self.home_page if self.english is None else self.english["home"]

        def page_id(match: re.Match) -> str:
            nonlocal missing
            found = (
                Page.objects.filter(slug=match.group(1), locale=self.locale)
                .descendant_of(self.home_page)
                .first()
                or Page.objects.filter(slug=match.group(1))
                .descendant_of(english_home)
                .first()
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
        self.report.saved.append(page)
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
            if self.in_section:
                slug = section_slug(self.pack)
            elif self.english is None:
                slug = "home"
            else:
                slug = f"home-{self.locale.language_code}"
            home = self._new(
                HomePage,
                "home",
                title=content["title"],
                slug=slug,
                rules_pack=self.pack.key,
            )
            self.home_page = home
            self._place(self.parent, home, fields, "home")
            if self.english is None and not self.in_section:
                Site.objects.update_or_create(
                    is_default_site=True,
                    defaults={
                        "hostname": "localhost",
                        "root_page": home,
                        "site_name": "Waymark",
                    },
                )
            return home
        self.home_page = home
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
        for stage in sorted(self.pack.stages, key=lambda s: s.order):
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
            fields = {"summary": self.fill(content["summary"])}
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
                "summary": self.fill(content["summary"]),
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
        values = {
            "term": term,
            "full_name": full_name,
            "plain_meaning": self.fill(meaning),
        }
        here = {"slug": slug, "locale": self.locale, "rules_pack": self.pack.key}
        found = GlossaryTerm.objects.filter(**here).first()
        if found is None:
            found = GlossaryTerm.objects.create(**here, **values)
            self.report.created.append(f"term {slug}{self.suffix}")
        elif self.update:
            for name, value in values.items():
                setattr(found, name, value)
            found.full_clean()
            found.save()
            self.report.updated.append(f"term {slug}{self.suffix}")
        else:
            return
        self.report.saved.append(found)

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


def _packs_root_first() -> list[RulesPack]:
    """Every pack, the deployment's first: the others' sections hang under it."""
    first = get_pack(default_pack_key())
    return [first, *(pack for pack in all_packs() if pack is not first)]


def _load_pack(
    pack: RulesPack,
    *,
    update: bool,
    report: LoadReport,
    root_homes: dict[str, Page] | None,
) -> dict[str, Page]:
    """Build one pack's section in every language; returns its home per language.

    ``root_homes`` (language code → the deployment pack's home page) is where a
    section goes; None loads the deployment's pack itself, at the tree's root.
    """
    default = Locale.get_default()

    def parent_in(locale: Locale) -> Page | None:
        if root_homes is None:
            return Page.get_first_root_node()
        return root_homes.get(locale.language_code)

    english = _Loader(
        pack=pack,
        update=update,
        report=report,
        locale=default,
        content=import_module(f"{pack.explainers}.english").ENGLISH,
        parent=parent_in(default),
    ).run()
    homes = {default.language_code: english["home"]}
    translations = import_module(f"{pack.explainers}.translations").TRANSLATIONS
    for code, content in translations.items():
        locale, _created = Locale.objects.get_or_create(language_code=code)
        parent = parent_in(locale)
        if parent is None:
            # A section's translation lives under the root's home page in the
            # same language; without one, readers could not reach it.
            logger.warning(
                "Explainers: %s has %s pages but the site's home page does not; "
                "skipped them",
                pack.key,
                code,
            )
            continue
        pages = _Loader(
            pack=pack,
            update=update,
            report=report,
            locale=locale,
            content=content,
            parent=parent,
            english=english,
        ).run()
        homes[code] = pages["home"]
    return homes


@transaction.atomic
def explainers_load(*, update: bool = False) -> LoadReport:
    """Create any missing shipped page or term; with ``update``, restore their text.

    Without ``update`` an editor's changes are never overwritten, so it is safe to
    run on every deploy and from the demo script. Every pack's section is built,
    in every language its explainers have.
    """
    report = LoadReport()
    root_homes: dict[str, Page] | None = None
    # A page is saved three times on its way to being published (and again when
    # relinked): queue the indexing of its references once, at the end, rather
    # than on every save (as the save signal would, so a worker still does it).
    with disable_reference_index_auto_update():
        for pack in _packs_root_first():
            homes = _load_pack(
                pack, update=update, report=report, root_homes=root_homes
            )
            if root_homes is None:
                root_homes = homes
    for saved in {(type(obj), obj.pk): obj for obj in report.saved}.values():
        meta = saved._meta
        update_reference_index_task.enqueue(
            meta.app_label, meta.model_name, str(saved.pk)
        )
    Site.clear_site_root_paths_cache()
    logger.info(
        "Explainers: %d created, %d updated", len(report.created), len(report.updated)
    )
    return report
