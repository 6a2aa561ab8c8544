"""Survivors' data rights: subject access export, erasure and retention.

Everything hanging off a survivor is found generically: any model with a foreign
key to a survivor, a journey, or another record already found (a letter on a
journey, a reminder on a hearing) is included, so apps added later are covered
without registering. Apps can add generated files with the
``waymark_subject_access_files`` hook.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core import hooks as waymark_hooks
from core.access import policy
from core.records import system_user
from journeys import signals
from journeys.models import Court, Hearing, Journey, Survivor
from organisations.models import Organisation
from rules import RulesPack, all_packs

from . import errors, ledger
from .access import log_access
from .models import AccessLog

# Models never followed or exported: accountability records hold no content.
EXCLUDED_MODELS: frozenset[str] = frozenset({"security.accesslog"})
# Fields never exported (credentials such as calendar feed tokens).
SECRET_FIELD_WORDS = ("token", "secret", "password", "key")
# Other people's personal data, which a subject access copy must not disclose
# (UK GDPR Art. 15(4), DPA 2018 Sch. 2 para 16): the suspect's name and looks.
THIRD_PARTY_FIELDS: dict[str, frozenset[str]] = {
    "journeys.defendant": frozenset({"name", "description"}),
    # What identifies the individual she reported (intelligence reports).
    "intelligence.intelligencereport": frozenset(
        {
            "description",
            "vehicle_registration",
            "vehicle_description",
            "phone_numbers",
            "handles",
        }
    ),
}
# Records kept after anonymisation (for statistics) and the fields blanked on them.
KEEP_AND_BLANK: dict[str, tuple[str, ...]] = {
    "journeys.journey": (
        "crime_reference",
        "prosecution_reference",
        "court_case_number",
        "oic_name",
        "oic_contact",
    ),
    "journeys.stageevent": ("details",),
    "journeys.hearing": ("outcome", "last_move_reason", "status_reason"),
}
SURVIVOR_BLANK = (
    "legal_name",
    "pronouns",
    "preferred_language",
    "interpreter_language",
    "communication_needs",
    "safe_contact_times",
    "safe_contact_notes",
)
MAX_DEPTH = 5
# Erased hearings point here instead of their court: a court, a month and an
# offence can narrow a case down to one person, and no board figure uses courts.
COURT_NOT_RECORDED_SLUG = "court-not-recorded"


def _is_history_model(model: type[models.Model]) -> bool:
    return hasattr(model, "instance_type") and hasattr(model, "history_object")


@dataclass
class Collected:
    """Every record hanging off a root, by model, in the order they were found."""

    records: dict[type[models.Model], dict[int, models.Model]] = field(
        default_factory=dict
    )
    # The foreign keys that led to each model, for finding its history rows.
    links: dict[type[models.Model], list[models.ForeignKey]] = field(
        default_factory=dict
    )

    def pks(self, model) -> set:
        return set(self.records.get(model, {}))


def collect(root: models.Model) -> Collected:
    """Find the root and every record below it by following foreign keys to them."""
    found = Collected()
    found.records[type(root)] = {root.pk: root}
    candidates = [
        m
        for m in apps.get_models()
        if not _is_history_model(m) and m._meta.label_lower not in EXCLUDED_MODELS
    ]
    for _depth in range(MAX_DEPTH):
        grew = False
        for model in candidates:
            links = [
                f
                for f in model._meta.concrete_fields
                if f.many_to_one and f.related_model in found.records
            ]
            if not links or model is Organisation:
                continue
            query = Q()
            for link in links:
                query |= Q(
                    **{f"{link.attname}__in": list(found.pks(link.related_model))}
                )
            rows = model._base_manager.filter(query)
            bucket = found.records.setdefault(model, {})
            found.links[model] = links
            for row in rows:
                if row.pk not in bucket:
                    bucket[row.pk] = row
                    grew = True
        if not grew:
            break
    return found


# Export ----------------------------------------------------------------------
_PACK_LISTS = {
    "validate_stage": "stages",
    "validate_event_type": "event_types",
    "validate_hearing_type": "hearing_types",
    "validate_offence_category": "offence_categories",
    "validate_police_force": "police_forces",
    "validate_consent_scope": "consent_scopes",
}


def _is_secret(f) -> bool:
    if f.name in THIRD_PARTY_FIELDS.get(f.model._meta.label_lower, ()):
        return True
    return any(word in f.name.lower() for word in SECRET_FIELD_WORDS)


def _label(model, pk, labels: dict) -> object:
    """A related record in words, looked up once per export."""
    key = (model, pk)
    if key not in labels:
        related = model._base_manager.filter(pk=pk).first()
        if related is None:
            labels[key] = pk  # since deleted: the number is all there is
        elif hasattr(related, "get_full_name"):
            labels[key] = related.get_full_name() or related.get_username()
        else:
            labels[key] = str(related)
    return labels[key]


def _readable(obj: models.Model, f, labels: dict) -> object:
    value = getattr(obj, f.attname)
    if value is None or value == "":
        return value
    if f.many_to_one:
        return _label(f.related_model, value, labels)
    if f.choices:
        return str(dict(f.flatchoices).get(value, value))
    for validator in f.validators:
        listing = _PACK_LISTS.get(getattr(validator, "__name__", ""))
        if listing:
            labels = {}
            for pack in all_packs():
                labels.update(pack.choices_of(getattr(pack, listing)))
            return str(labels.get(value, value))
    if isinstance(f, models.FileField):
        return value.name if hasattr(value, "name") else str(value)
    if isinstance(value, date | timedelta):
        return str(value) if isinstance(value, timedelta) else value.isoformat()
    return value


def _describe(obj: models.Model, labels: dict) -> dict:
    """A record as label → readable value, without credentials."""
    described = {"record number": obj.pk}
    for f in type(obj)._meta.concrete_fields:
        if f.primary_key or _is_secret(f):
            continue
        described[str(f.verbose_name)] = _readable(obj, f, labels)
    return described


_CHANGE = {"+": "created", "~": "changed", "-": "deleted"}


def _history_of(model, found: Collected, labels: dict) -> list[dict]:
    history = getattr(model, "history", None)
    if history is None:
        return []
    historical = model.history.model
    query = Q(id__in=list(found.pks(model)))
    for link in found.links.get(model, []):
        query |= Q(**{f"{link.attname}__in": list(found.pks(link.related_model))})
    rows = []
    for row in historical.objects.filter(query).order_by("history_date"):
        entry = {
            "when": row.history_date.isoformat(),
            "change": _CHANGE.get(row.history_type, row.history_type),
            "by": (
                _label(get_user_model(), row.history_user_id, labels)
                if row.history_user_id
                else None
            ),
            "reason": getattr(row, "history_change_reason", None) or "",
        }
        record = {"record number": row.id}
        for f in model._meta.concrete_fields:
            if f.primary_key or _is_secret(f):
                continue
            record[str(f.verbose_name)] = _readable(row, f, labels)
        entry["record"] = record
        rows.append(entry)
    return rows


README = """Your records at {service}

This file was made on {made} in answer to a request for a copy of the
information we hold about you.

Each .json file is plain text and opens in any text editor or web browser.
- survivor.json: your details as we hold them, and every earlier version.
- the other .json files: each kind of record (journeys, events, hearings and
  so on), with "history" listing every change, when it was made and by whom.
- access_log.json: each time a member of staff opened your records, and who.
- files/: documents such as letters we produced for you.

Details of other people (such as the name of the person you reported) are
left out, as the law requires.
"""


def _json(data) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str).encode()


def _require_manager(actor, organisation_id: int) -> None:
    if policy.organisation_id(actor) != organisation_id:
        raise PermissionDenied(errors.MANAGERS_ONLY)
    policy.ensure_manager(actor, errors.MANAGERS_ONLY)


def survivor_export(*, actor, survivor: Survivor) -> bytes:
    """Build the subject-access ZIP for one survivor (service managers only)."""
    _require_manager(actor, survivor.organisation_id)
    found = collect(survivor)
    labels: dict = {}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt",
            README.format(
                service=survivor.organisation.name,
                made=timezone.localdate().isoformat(),
            ),
        )
        for model, rows in found.records.items():
            name = "survivor" if model is Survivor else _file_stem(model)
            archive.writestr(
                f"{name}.json",
                _json(
                    {
                        "kind": str(model._meta.verbose_name_plural),
                        "records": [_describe(row, labels) for row in rows.values()],
                        "history": _history_of(model, found, labels),
                    }
                ),
            )
            for row in rows.values():
                for f in model._meta.concrete_fields:
                    if isinstance(f, models.FileField) and getattr(row, f.attname):
                        stored = getattr(row, f.attname)
                        with stored.open("rb") as handle:
                            archive.writestr(
                                f"files/{_file_stem(model)}/{row.pk}-"
                                f"{stored.name.rsplit('/', 1)[-1]}",
                                handle.read(),
                            )
        # Generated files other apps add (see core.hooks).
        for path, content in waymark_hooks.collect(
            waymark_hooks.SUBJECT_ACCESS_FILES, survivor
        ):
            archive.writestr(f"files/{path}", content)
        archive.writestr("access_log.json", _json(_access_log_of(survivor, labels)))
    log_access(actor, survivor, action=AccessLog.Action.EXPORT)
    return buffer.getvalue()


def _access_log_of(survivor: Survivor, labels: dict) -> dict:
    """Who at the service opened her records, when and how: her right to know."""
    entries = (
        AccessLog.objects.filter(survivor_id=survivor.pk)
        .select_related("content_type")
        .order_by("occurred_at", "pk")
    )
    return {
        "kind": str(AccessLog._meta.verbose_name_plural),
        "records": [
            {
                "when": entry.occurred_at.isoformat(),
                "who": _label(get_user_model(), entry.user_id, labels),
                "what": entry.get_action_display(),
                "record": f"{entry.content_type.name} {entry.object_id}",
            }
            for entry in entries
        ],
    }


def _file_stem(model) -> str:
    return f"{model._meta.app_label}-{model._meta.model_name}"


# Erasure and retention -----------------------------------------------------------
def _anonymise(found: Collected, *, actor, reason: str) -> None:
    """Blank what is kept, delete the rest, and replace every history row."""
    now = timezone.now()
    kept: dict[type[models.Model], list[int]] = {}
    for model, rows in reversed(list(found.records.items())):
        label = model._meta.label_lower
        pks = list(rows)
        if model is Survivor:
            for pk in pks:
                Survivor._base_manager.filter(pk=pk).update(
                    chosen_name=f"{_('Erased survivor')} {pk}",
                    erased_at=now,
                    updated_at=now,
                    **dict.fromkeys(SURVIVOR_BLANK, ""),
                )
            kept[model] = pks
        elif label in KEEP_AND_BLANK:
            updates = dict.fromkeys(KEEP_AND_BLANK[label], "")
            # update() skips auto_now: touch it so feed ETags and other
            # fingerprints built on it change, and clients refetch.
            if any(f.name == "updated_at" for f in model._meta.concrete_fields):
                updates["updated_at"] = now
            if model is Journey:
                updates["anonymised_at"] = now
            model._base_manager.filter(pk__in=pks).update(**updates)
            if model is Journey:
                _coarsen_incident_dates(pks)
            if model is Hearing:
                for pack in all_packs():
                    Hearing._base_manager.filter(
                        pk__in=pks, journey__rules_pack=pack.key
                    ).update(court=_court_not_recorded(pack))
            _coarsen_dates(model, pks)
            kept[model] = pks
        else:
            for row in rows.values():
                _delete_files(row)
            model._base_manager.filter(pk__in=pks).delete()
    for model in found.records:
        if getattr(model, "history", None) is not None:
            historical = model.history.model
            query = Q(id__in=list(found.pks(model)))
            for link in found.links.get(model, []):
                query |= Q(
                    **{f"{link.attname}__in": list(found.pks(link.related_model))}
                )
            historical.objects.filter(query).delete()
    for model, pks in kept.items():
        if getattr(model, "history", None) is not None:
            model.history.bulk_history_create(
                list(model._base_manager.filter(pk__in=pks)),
                default_user=actor,
                default_change_reason=reason,
            )
    _scrub_admin_logs(found)


# Date-times on kept records that describe her case (not system timestamps).
COARSENED_DATETIMES = {"journeys.hearing": ("starts_at",)}


def _coarsen_dates(model, pks: list[int]) -> None:
    """Keep only the month of every date on a kept record: an exact date (with a
    court and an offence) can point back to one person; a month is enough for
    statistics."""
    dates = [
        f.attname
        for f in model._meta.concrete_fields
        if isinstance(f, models.DateField) and not isinstance(f, models.DateTimeField)
    ]
    stamps = list(COARSENED_DATETIMES.get(model._meta.label_lower, ()))
    if not dates and not stamps:
        return
    for row in model._base_manager.filter(pk__in=pks).values("pk", *dates, *stamps):
        updates = {name: row[name].replace(day=1) for name in dates if row[name]}
        for name in stamps:
            if row[name]:
                local = timezone.localtime(row[name])
                updates[name] = local.replace(
                    day=1, hour=0, minute=0, second=0, microsecond=0
                )
        if updates:
            model._base_manager.filter(pk=row["pk"]).update(**updates)


def court_not_recorded_slug(pack: RulesPack) -> str:
    return f"{COURT_NOT_RECORDED_SLUG}-{pack.key}"


def _court_not_recorded(pack: RulesPack) -> Court:
    """The neutral court erased hearings of a pack point to; never offered in a form."""
    court, _created = Court.objects.get_or_create(
        slug=court_not_recorded_slug(pack),
        defaults={
            "name": _("Court not recorded"),
            "rules_pack": pack.key,
            # Every tier, so it says nothing about the case.
            "tiers": ",".join(sorted(t.key for t in pack.court_tiers)),
            "is_active": False,
        },
    )
    return court


def _coarsen_incident_dates(pks: list[int]) -> None:
    """Keep only the month of the incident: enough for statistics."""
    dated = Journey._base_manager.filter(pk__in=pks, incident_date__isnull=False)
    for journey in dated:
        Journey._base_manager.filter(pk=journey.pk).update(
            incident_date=journey.incident_date.replace(day=1),
            incident_date_precision=Journey.DatePrecision.MONTH,
        )


def _delete_files(row: models.Model) -> None:
    for f in type(row)._meta.concrete_fields:
        if isinstance(f, models.FileField):
            stored = getattr(row, f.attname)
            if stored:
                stored.delete(save=False)


def _scrub_admin_logs(found: Collected) -> None:
    """Admin action logs, revisions and search entries copy record titles: scrub."""
    for model, rows in found.records.items():
        content_type = ContentType.objects.get_for_model(model)
        ids = [str(pk) for pk in rows]
        label = str(model._meta.verbose_name)
        if apps.is_installed("wagtail"):
            from wagtail.models import ModelLogEntry, Revision

            ModelLogEntry.objects.filter(
                content_type=content_type, object_id__in=ids
            ).update(label=label, data={})
            Revision.objects.filter(
                base_content_type=content_type, object_id__in=ids
            ).delete()
            _reindex(model, rows)
        if apps.is_installed("django.contrib.admin"):
            from django.contrib.admin.models import LogEntry

            LogEntry.objects.filter(
                content_type=content_type, object_id__in=ids
            ).update(object_repr=label, change_message="")


def _reindex(model, rows) -> None:
    from wagtail.search import index

    if not issubclass(model, index.Indexed):
        return
    for pk in rows:
        obj = model._base_manager.filter(pk=pk).first()
        if obj is None:
            index.remove_object(rows[pk])
        else:
            index.insert_or_update_object(obj)


@transaction.atomic
def survivor_erase(*, actor, survivor: Survivor, confirmation: str) -> Survivor:
    """Anonymise a survivor and everything about them, history included."""
    _require_manager(actor, survivor.organisation_id)
    if survivor.erased_at is not None:
        raise ValidationError(errors.ALREADY_ERASED, code="already_erased")
    if confirmation.strip().casefold() != survivor.chosen_name.strip().casefold():
        raise ValidationError(
            {"confirmation": errors.CONFIRMATION_MISMATCH}, code="confirmation"
        )
    hearing_ids = _hearing_ids(journey__survivor=survivor)
    _anonymise(collect(survivor), actor=actor, reason="erased")
    log_access(actor, survivor, action=AccessLog.Action.ERASE)
    ledger.record_erasure(survivor, kind="erased")
    survivor.refresh_from_db()
    _erased(survivor, hearing_ids, actor=actor)
    return survivor


def _hearing_ids(**lookup) -> list[int]:
    return list(Hearing._base_manager.filter(**lookup).values_list("pk", flat=True))


def _erased(survivor: Survivor, hearing_ids: list[int], *, actor) -> None:
    """Let calendars drop anything rendered with the erased details."""
    signals.survivor_erased.send(
        sender=Survivor, survivor=survivor, hearing_ids=hearing_ids, actor=actor
    )


# Retention -------------------------------------------------------------------------
def journey_closed_on(journey: Journey) -> date | None:
    """The date of the closing event (or of the last change, without events)."""
    if journey.status != Journey.Status.CLOSED:
        return None
    last = getattr(journey, "last_event_on", None)
    if last is None:
        last = journey.events.aggregate(last=Max("occurred_on"))["last"]
    return last or timezone.localtime(journey.updated_at).date()


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def retention_due(*, today: date | None = None) -> list[Journey]:
    """Closed journeys whose service's retention period has run out."""
    today = today or timezone.localdate()
    due = []
    journeys = (
        Journey._base_manager.filter(
            status=Journey.Status.CLOSED, anonymised_at__isnull=True
        )
        .select_related("organisation")
        .annotate(last_event_on=Max("events__occurred_on"))
        .order_by("organisation_id", "pk")
    )
    for journey in journeys:
        closed_on = journey_closed_on(journey)
        if closed_on <= _years_before(today, journey.organisation.retention_years):
            due.append(journey)
    return due


@transaction.atomic
def journey_anonymise_for_retention(*, journey: Journey) -> None:
    """Anonymise a journey past retention; the survivor too once nothing is left."""
    actor = system_user()
    survivor = journey.survivor
    others_live = (
        Journey._base_manager.filter(survivor=survivor, anonymised_at__isnull=True)
        .exclude(pk=journey.pk)
        .exists()
    )
    if others_live:
        hearing_ids = _hearing_ids(journey=journey)
        _anonymise(collect(journey), actor=actor, reason="retention")
        log_access(actor, journey, action=AccessLog.Action.RETENTION)
        ledger.record_erasure(journey, kind="retention")
    else:
        hearing_ids = _hearing_ids(journey__survivor=survivor)
        _anonymise(collect(survivor), actor=actor, reason="retention")
        log_access(actor, survivor, action=AccessLog.Action.RETENTION)
        ledger.record_erasure(survivor, kind="retention")
    _erased(survivor, hearing_ids, actor=actor)


@transaction.atomic
def erase_again(obj: Survivor | Journey) -> None:
    """Replay a ledgered erasure on a record a restored backup brought back."""
    actor = system_user()
    if isinstance(obj, Survivor):
        survivor, hearing_ids = obj, _hearing_ids(journey__survivor=obj)
    else:
        survivor, hearing_ids = obj.survivor, _hearing_ids(journey=obj)
    _anonymise(collect(obj), actor=actor, reason="erased")
    log_access(actor, obj, action=AccessLog.Action.ERASE)
    _erased(survivor, hearing_ids, actor=actor)
