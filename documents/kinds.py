"""The letters Waymark writes: one LetterKind per letter, in one registry.

A kind bundles everything about a letter type: its label and discreet file title,
the form that asks for its inputs, the facts it can report missing, the builder that
lays it out, and the placeholders its wording may use. The default wording itself is
jurisdiction data and lives in the rules pack under the same key; a pack offers only
the kinds it has wording for, and names them in its own words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from rules import RulesPack

from . import errors
from .letters import (
    COMMON_FACTS,
    COMPLAINT_FACTS,
    SENTENCE_FACTS,
    VRR_FACTS,
    Draft,
    build_code_complaint,
    build_letter_of_authority,
    build_pre_trial_visit,
    build_special_measures,
    build_unduly_lenient,
    build_vrr,
)
from .placeholders import COMMON, COURT

FactLabels = Mapping[str, tuple[str, str]]


@dataclass(frozen=True)
class LetterKind:
    key: str
    label: str
    # The title in the file's metadata: the kind of letter, never a name.
    title: str
    builder: Callable[..., Draft]
    # Dotted path of the form class (forms import the models, which need this
    # registry for their choices, so the class is looked up when first used).
    form_path: str
    placeholders: Mapping[str, str] = field(default_factory=dict)
    facts: FactLabels = field(default_factory=dict)
    # The special-measures request the letter records (and refuses without).
    needs_plan: bool = False
    # Repeats the practical arrangements of the request still open, if any.
    uses_open_request: bool = False

    @property
    def form(self):
        return _form_class(self.form_path)

    def allowed_names(self) -> dict[str, str]:
        """Placeholders this letter's wording may use, each with what it means."""
        return {**COMMON, **self.placeholders}

    def fact_labels(self) -> dict[str, tuple[str, str]]:
        """Every fact this letter can report missing: its label and where to fix it."""
        return {**COMMON_FACTS, **self.facts}

    def label_for(self, pack: RulesPack) -> str:
        """The letter's name in the pack's own words, where the pack has them."""
        return pack.letter_label(self.key) or str(self.label)


@cache
def _form_class(path: str):
    return import_string(path)


KINDS: tuple[LetterKind, ...] = (
    LetterKind(
        key="special_measures",
        label=_("Special measures request"),
        title=_("Special measures request"),
        builder=build_special_measures,
        form_path="documents.forms.SpecialMeasuresForm",
        placeholders={
            **COURT,
            "addressees": _("the officer in the case and/or the prosecutor, as chosen"),
            "application_due": _("the date the special measures application is due"),
        },
        needs_plan=True,
    ),
    LetterKind(
        key="pre_trial_visit",
        label=_("Pre-trial visit and special measures meeting request"),
        title=_("Pre-trial visit request"),
        builder=build_pre_trial_visit,
        form_path="documents.forms.LetterForm",
        placeholders=COURT,
        uses_open_request=True,
    ),
    LetterKind(
        key="vrr_request",
        label=_("Request to review a decision not to charge"),
        title=_("Review request"),
        builder=build_vrr,
        form_path="documents.forms.VrrForm",
        placeholders={
            "review_scheme": _("the review scheme"),
            "review_body": _("who carries out the review"),
            "decision_date": _("the date of the decision under review"),
            "told_on": _("the date the survivor was told of the decision"),
            "request_deadline": _("the last day to ask for the review"),
        },
        facts=VRR_FACTS,
    ),
    LetterKind(
        key="unduly_lenient",
        label=_("Unduly lenient sentence request"),
        title=_("Sentence review request"),
        builder=build_unduly_lenient,
        form_path="documents.forms.UnduleLenientForm",
        placeholders={
            "court_name": _("the court"),
            "sentence_date": _("the date of sentence"),
            "last_day": _("the last day to challenge the sentence"),
            "defendant_names": _("the defendant's name"),
        },
        facts=SENTENCE_FACTS,
    ),
    LetterKind(
        key="code_complaint",
        label=_("Victims' Code complaint"),
        title=_("Complaint"),
        builder=build_code_complaint,
        form_path="documents.forms.CodeComplaintForm",
        placeholders={
            "right": _("the Victims' Code right that was not met"),
            "due_on": _("the date by which it was due"),
            "body_at_fault": _("the organisation that did not meet it"),
        },
        facts=COMPLAINT_FACTS,
    ),
    LetterKind(
        key="letter_of_authority",
        label=_("Letter of authority"),
        title=_("Letter of authority"),
        builder=build_letter_of_authority,
        form_path="documents.forms.LetterForm",
    ),
)

REGISTRY: dict[str, LetterKind] = {kind.key: kind for kind in KINDS}


def is_kind(key: str) -> bool:
    return key in REGISTRY


def get_kind(key: str, pack: RulesPack | None = None) -> LetterKind:
    """The letter kind with this key, or a clear refusal; with a pack, only a kind
    that pack offers (a journey's letters follow its own law)."""
    try:
        kind = REGISTRY[key]
    except KeyError:
        raise ValidationError(
            errors.UNKNOWN_LETTER_TYPE,
            code="unknown_letter_type",
            params={"value": key},
        ) from None
    if pack is not None and not pack.supports_letter(key):
        raise ValidationError(
            errors.LETTER_NOT_IN_PACK,
            code="letter_not_in_pack",
            params={"letter": kind.label, "pack": pack.name},
        )
    return kind


def choices(pack: RulesPack | None = None) -> list[tuple[str, str]]:
    """(key, label) pairs in registry order: every kind for model fields, or the
    kinds a pack offers, in its own words, for menus."""
    if pack is None:
        return [(kind.key, kind.label) for kind in KINDS]
    return [(k.key, k.label_for(pack)) for k in KINDS if pack.supports_letter(k.key)]
