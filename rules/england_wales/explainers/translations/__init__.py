"""Translations of the most used pages, one module per language.

Each language module holds only words (``WORDS``); the builders below turn them
into pages of the same shape as the English ones, so every language has the same
sections and the same order. Pages not translated stay in English and the site
says so. Every translation is loaded marked "needs review by a native speaker"
until an editor clears it. Write short sentences in everyday words, as in English.
"""

from __future__ import annotations

from types import SimpleNamespace

from .. import choose, good, h, important, p, person, q, right, steps, ul


def _html(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _home(w: dict) -> dict:
    return {
        "title": w["home_title"],
        "intro": _html(*w["home_intro"]),
        "safety_note": w["home_safety"],
    }


def _journey(w: dict) -> dict:
    return {"title": w["journey_title"], "intro": _html(w["journey_intro"])}


def _help(w: dict) -> dict:
    """Get help now: only the introduction; the helplines come from the rules pack."""
    return {
        "title": w["help_title"],
        "slug": "get-help-now",
        "intro": _html(w["help_intro"]),
    }


def _person(w: dict, key: str) -> tuple:
    """Someone she meets, from the ``<key>_role`` and ``<key>_does`` words."""
    return person(w[f"{key}_role"], w[f"{key}_does"])


def _before_reporting(w: dict) -> dict:
    """The first stage, with the question sex workers ask most: about their work."""
    return {
        "title": w["br_title"],
        "slug": "thinking-about-reporting",
        "summary": w["br_summary"],
        "what_happens": [
            p(w["br_not_your_fault"]),
            p(w["br_thinking"]),
            ul(*w["br_choices"], intro=w["br_choices_intro"]),
            good(w["br_ugly_mugs"]),
        ],
        "who_you_meet": [_person(w, "advocate")],
        "questions": [
            q(w["work_q"], "\n\n".join(w["work_a"])),
            q(w["change_q"], w["change_a"]),
        ],
    }


def _deciding_on_a_charge(w: dict) -> dict:
    """The charging decision: the CPS decides, and no charge can be reviewed."""
    return {
        "title": w["ch_title"],
        "slug": "deciding-on-a-charge",
        "summary": w["ch_summary"],
        "what_happens": [
            p(w["ch_who_decides"]),
            steps(*w["ch_test"], intro=w["ch_test_intro"]),
            ul(*w["ch_outcomes"], intro=w["ch_outcomes_intro"]),
        ],
        "who_you_meet": [_person(w, k) for k in ("cps", "oic", "advocate")],
        "how_long": [p(w["ch_how_long"])],
        "your_rights": [right(6, w["ch_right_6"])],
        "what_you_can_ask_for": [ul(*w["ch_ask"])],
        "what_your_advocate_can_do": [p(w["advocate_chases"]), p(w["ch_review"])],
        "questions": [q(w["ch_believe_q"], w["ch_believe_a"])],
    }


def _going_to_court(w: dict) -> dict:
    """Hearings before trial: special measures are asked for; the court decides."""
    return {
        "title": w["gc_title"],
        "slug": "going-to-court",
        "summary": w["gc_summary"],
        "what_happens": [
            p(w["gc_courts"]),
            p(w["gc_ptph"]),
            ul(*w["gc_plea"], intro=w["gc_plea_intro"]),
            p(w["gc_other"]),
        ],
        "who_you_meet": [_person(w, k) for k in ("wcu", "cps", "ws", "advocate")],
        "how_long": [p(w["gc_how_long"])],
        "your_rights": [right(8, w["gc_right_8"]), right(9, w["gc_right_9"])],
        "what_you_can_ask_for": [ul(*w["gc_ask"]), important(w["gc_ask_early"])],
        "what_your_advocate_can_do": [p(w["gc_advocate"])],
        "questions": [
            q(w["gc_go_q"], w["gc_go_a"]),
            q(w["gc_scared_q"], w["gc_scared_a"]),
        ],
    }


# A guide not yet translated: the link text in each language says it is in English.
_DATES_LINK = '<a linktype="page" id="{{page:if-the-trial-date-moves}}">{text}</a>'


def _the_trial(w: dict) -> dict:
    """The trial: questions about her sex life or work need the judge's leave."""
    return {
        "title": w["tr_title"],
        "slug": "the-trial",
        "summary": w["tr_summary"],
        "what_happens": [
            steps(*w["tr_steps"], intro=w["tr_steps_intro"]),
            p(w["tr_sides"]),
            p(w["tr_evidence"]),
            good(w["tr_limits"]),
        ],
        "who_you_meet": [
            _person(w, k) for k in ("judge", "jury", "prosecutor", "defence", "ws")
        ],
        "how_long": [
            p(w["tr_how_long"]),
            p(
                w["tr_dates"].replace(
                    "{link}", _DATES_LINK.format(text=w["tr_dates_link"])
                )
            ),
        ],
        "your_rights": [right(8, w["tr_right_8"]), right(10, w["tr_right_10"])],
        "what_you_can_ask_for": [ul(*w["tr_ask"])],
        "what_your_advocate_can_do": [p(w["tr_advocate"])],
        "questions": [
            q(w["tr_name_q"], "\n\n".join(w["tr_name_a"])),
            q(w["tr_watch_q"], w["tr_watch_a"]),
        ],
    }


def _topic(slug: str, w: dict, key: str, body) -> dict:
    """A translated topic explainer: same slug as the English page it translates."""
    return {
        "source_slug": slug,
        "slug": slug,
        "title": w[f"{key}_title"],
        "summary": w[f"{key}_summary"],
        "body": body,
    }


def _cover_your_tracks(w: dict) -> dict:
    return _topic(
        "cover-your-tracks",
        w,
        "ct",
        lambda: [
            p(w["ct_exit"]),
            important(w["ct_exit_limit"]),
            h(w["ct_private_h"]),
            p(w["ct_private"]),
            h(w["ct_clear_h"]),
            steps(*w["ct_clear_steps"], intro=w["ct_clear_intro"]),
            good(w["ct_empty"]),
            h(w["ct_sync_h"]),
            p(w["ct_sync"]),
            steps(*w["ct_sync_steps"], intro=w["ct_sync_intro"]),
            good(w["ct_sync_note"]),
            h(w["ct_other_h"]),
            ul(*w["ct_other"]),
            p(w["danger"]),
        ],
    )


def _if_you_want_to_stop(w: dict) -> dict:
    """Stepping back: honest that the CPS decides whether the case goes on."""
    return _topic(
        "if-you-want-to-stop",
        w,
        "stop",
        lambda: [
            p(w["stop_hard"]),
            ul(*w["stop_choices"], intro=w["stop_choices_intro"]),
            p(w["stop_cps"]),
            choose(w["stop_come_back"]),
        ],
    )


def build(words: dict) -> SimpleNamespace:
    """One language's pages, in the shape the loader reads."""
    return SimpleNamespace(
        HOME=_home(words),
        JOURNEY=_journey(words),
        HELP=_help(words),
        STAGES={
            "before_reporting": _before_reporting(words),
            "charging_decision": _deciding_on_a_charge(words),
            "hearings": _going_to_court(words),
            "trial": _the_trial(words),
        },
        TOPICS=[_if_you_want_to_stop(words), _cover_your_tracks(words)],
    )


def _load() -> dict[str, SimpleNamespace]:
    from . import cy, pl, pt, ro, th, zh_hans

    return {
        "cy": build(cy.WORDS),
        "ro": build(ro.WORDS),
        "pl": build(pl.WORDS),
        "pt": build(pt.WORDS),
        "th": build(th.WORDS),
        "zh-hans": build(zh_hans.WORDS),
    }


TRANSLATIONS = _load()
