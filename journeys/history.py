"""Reading simple-history versions as who, when and a field-by-field diff."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from rules import all_packs

# Bookkeeping columns that change on every save and say nothing to a reader.
SKIPPED_FIELDS = {"id", "version", "created_at", "updated_at"}

# Fields whose values are keys of the rules pack.
PACK_FIELDS = {
    "current_stage": "stages",
    "resume_stage": "stages",
    "offence_category": "offence_categories",
    "police_force": "police_forces",
    "hearing_type": "hearing_types",
    "event_type": "event_types",
}


@dataclass
class Change:
    label: str
    before: str
    after: str


@dataclass
class Version:
    history_id: int
    when: datetime
    who: str
    kind: str
    reason: str
    changes: list[Change] = field(default_factory=list)
    is_current: bool = False


def _pack_labels() -> dict[str, dict[str, str]]:
    """Labels of every pack's keys (a history page may span records of several)."""
    labels: dict[str, dict[str, str]] = {name: {} for name in set(PACK_FIELDS.values())}
    for pack in all_packs():
        for name in labels:
            for item in getattr(pack, name):
                labels[name].setdefault(item.key, str(item.label))
    return labels


def _describe_user(user) -> str:
    if user is None:
        return _("Unknown")
    return user.get_full_name() or user.get_username()


class _Formatter:
    """Turns raw stored values into words, looking related rows up in bulk."""

    def __init__(self, model: type[models.Model], values_by_field: dict) -> None:
        self.model = model
        self.labels = _pack_labels()
        self.related: dict[str, dict[Any, Any]] = {}
        for f, values in values_by_field.items():
            if f.is_relation:
                ids = set(values) - {None}
                self.related[f.name] = f.related_model._base_manager.in_bulk(ids)

    @classmethod
    def for_rows(cls, model: type[models.Model], rows: list) -> _Formatter:
        fields = [
            f for f in model._meta.concrete_fields if f.name not in SKIPPED_FIELDS
        ]
        formatter = cls(
            model, {f: [getattr(r, f.attname) for r in rows] for f in fields}
        )
        formatter.fields = fields
        return formatter

    def value(self, f: models.Field, raw: Any) -> str:
        if raw is None or raw == "":
            return "—"
        if f.is_relation:
            obj = self.related[f.name].get(raw)
            if obj is None:
                return _("(removed record)")
            if hasattr(obj, "get_full_name"):
                return _describe_user(obj)
            return str(obj)
        if f.name in PACK_FIELDS:
            return self.labels[PACK_FIELDS[f.name]].get(raw, raw)
        if f.choices:
            return str(dict(f.flatchoices).get(raw, raw))
        if isinstance(raw, bool):
            return _("Yes") if raw else _("No")
        if isinstance(raw, datetime):
            return date_format(timezone.localtime(raw), "j F Y, H:i")
        if isinstance(raw, date):
            return date_format(raw, "j F Y")
        if isinstance(raw, timedelta):
            return str(raw)
        return str(raw)

    def diff(self, old, new) -> list[Change]:
        changes = []
        for f in self.fields:
            before = getattr(old, f.attname) if old is not None else None
            after = getattr(new, f.attname)
            if old is not None and before == after:
                continue
            if old is None and after in (None, ""):
                continue
            changes.append(
                Change(
                    str(f.verbose_name),
                    self.value(f, before) if old is not None else "—",
                    self.value(f, after),
                )
            )
        return changes

    def version(self, cls: type[Version], row, previous, kinds: dict, **extra):
        """One history row as a version: who, when, why, and what changed."""
        return cls(
            history_id=row.history_id,
            when=row.history_date,
            who=_describe_user(row.history_user),
            kind=kinds.get(row.history_type, row.history_type),
            reason=row.history_change_reason or "",
            changes=self.diff(previous, row),
            **extra,
        )


def version_list(instance: models.Model) -> list[Version]:
    """Every version of a record, newest first, each with what changed from before."""
    rows = list(
        instance.history.select_related("history_user").order_by(
            "history_date", "history_id"
        )
    )
    formatter = _Formatter.for_rows(type(instance), rows)
    kinds = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}
    versions = []
    previous = None
    for row in rows:
        versions.append(formatter.version(Version, row, previous, kinds))
        previous = row
    if versions:
        versions[-1].is_current = True
    versions.reverse()
    return versions


@dataclass
class RelatedVersion(Version):
    subject: str = ""


def related_versions(model: type[models.Model], queryset) -> list[RelatedVersion]:
    """Versions of a survivor's dependent rows (e.g. contact methods), newest first."""
    rows = list(
        queryset.select_related("history_user").order_by(
            "id", "history_date", "history_id"
        )
    )
    formatter = _Formatter.for_rows(model, rows)
    kinds = {"+": _("Added"), "~": _("Changed"), "-": _("Removed")}
    versions: list[RelatedVersion] = []
    previous = None
    for row in rows:
        if previous is not None and previous.id != row.id:
            previous = None
        versions.append(
            formatter.version(
                RelatedVersion, row, previous, kinds, subject=str(row.instance)
            )
        )
        previous = row
    versions.sort(key=lambda v: (v.when, v.history_id), reverse=True)
    return versions


def describe_concurrent_changes(
    model: type[models.Model], changes: list[tuple[str, Any, Any]]
) -> list[Change]:
    """Word the raw (label, before, after) tuples of a ConcurrentEditError."""
    by_label = {str(f.verbose_name): f for f in model._meta.concrete_fields}
    rows = [(by_label[label], b, a) for label, b, a in changes if label in by_label]
    formatter = _Formatter(model, {f: [b, a] for f, b, a in rows})
    return [
        Change(str(f.verbose_name), formatter.value(f, b), formatter.value(f, a))
        for f, b, a in rows
    ]
