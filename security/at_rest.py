"""Data steps that bring rows written before a field was encrypted up to date.

Migrations call these with their historical models; they are plain functions so
regenerated migrations can call them again.
"""

from __future__ import annotations

# History change reasons that used to carry free text after the colon.
NEUTRAL_REASONS = ("moved", "vacated", "adjourned", "heard")


def encrypt_plain_values(model, names: list[str]) -> int:
    """Re-save every non-empty value of the named columns, which encrypts it."""
    changed = 0
    for pk, *values in model._base_manager.values_list("pk", *names).iterator():
        updates = {n: v for n, v in zip(names, values, strict=True) if v}
        if updates:
            model._base_manager.filter(pk=pk).update(**updates)
            changed += 1
    return changed


def neutralise_hearing_change_reasons(historical_hearing) -> int:
    """Move "vacated: <text>" out of the plain change reason into status_reason."""
    changed = 0
    rows = historical_hearing._base_manager.filter(history_change_reason__contains=":")
    for row in rows.iterator():
        word, _colon, text = row.history_change_reason.partition(":")
        if word not in NEUTRAL_REASONS:
            continue
        updates = {"history_change_reason": word}
        if word != "moved" and not row.status_reason:
            updates["status_reason"] = text.strip()
        historical_hearing._base_manager.filter(pk=row.pk).update(**updates)
        changed += 1
    return changed
