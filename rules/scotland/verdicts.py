"""Which verdicts a Scottish trial may return, read from the pack's dated provisions.

The Victims, Witnesses, and Justice Reform (Scotland) Act 2025 abolishes "not
proven" for trials that start once the change commences. The commencement date is
not yet known (VERIFY), so it is the ``in_force_on`` of one statutory provision
row: until that row has a date, every verdict stays open.
"""

from __future__ import annotations

from datetime import date

from rules.base import Outcome, RulesPack

#: Verdict outcomes a provision abolishes from the day it is in force.
ABOLISHED_BY = {"not_proven": "vwjr_2025_not_proven"}


def verdict_outcomes(pack: RulesPack, trial_started_on: date | None) -> list[Outcome]:
    """The verdicts open to a trial that started on this day (all, if unknown)."""
    verdict = pack.event_type("verdict")
    return [
        o for o in verdict.outcomes if not _abolished(pack, o.key, trial_started_on)
    ]


def _abolished(pack: RulesPack, outcome_key: str, started_on: date | None) -> bool:
    provision_key = ABOLISHED_BY.get(outcome_key)
    if provision_key is None or started_on is None:
        return False
    in_force_on = pack.statutory_provision(provision_key).in_force_on
    return in_force_on is not None and started_on >= in_force_on
