"""Fictional sample journeys in this pack's keys, for the demo and the benchmarks.

``SCENARIOS`` are the demo organisation's survivors (fictional names only);
``ROUTES`` and the lists after it feed the generated caseload; ``MAIN_ROUTE`` the
board report benchmark. Every key is checked against the pack by the tests.
"""

from __future__ import annotations

# (event, outcome, days after the journey's report)
Steps = list[tuple[str, str, int]]

POLICE = [
    ("reported", "", 0),
    ("abe_interview", "", 6),
    ("suspect_arrested", "", 9),
    ("interviewed_under_caution", "", 10),
    ("bailed", "", 10),
]
TO_CHARGE = [*POLICE, ("file_to_cps", "", 60), ("charged", "", 120)]
TO_TRIAL = [
    *TO_CHARGE,
    ("first_hearing", "", 121),
    ("sent_to_crown_court", "", 121),
    ("plea", "not_guilty", 150),
]

# (chosen name, offence, steps, report days ago, hearings to add)
SCENARIOS: list[tuple[str, str, Steps, int, str]] = [
    ("Robin", "rape", [("contact_made", "", 0)], 30, ""),
    ("Sky", "sexual_assault", [("reported", "", 0)], 20, ""),
    ("Jade", "rape", POLICE, 90, ""),
    ("Marley", "assault_by_penetration", [*POLICE, ("file_to_cps", "", 60)], 200, ""),
    (
        "Ash",
        "rape",
        [*POLICE, ("file_to_cps", "", 60), ("no_further_action", "cps", 150)],
        200,
        "",
    ),
    (
        "Kit",
        "rape",
        [
            *POLICE,
            ("file_to_cps", "", 60),
            ("no_further_action", "cps", 150),
            ("review_requested", "cps", 156),
            ("review_outcome", "overturned", 220),
            ("charged", "", 240),
        ],
        400,
        "upcoming_ptph",
    ),
    ("Rowan", "rape", TO_TRIAL, 300, "trial_moved"),
    ("Quinn", "sexual_assault", [*TO_TRIAL, ("trial_started", "", 280)], 300, ""),
    (
        "Sasha",
        "rape",
        [
            *TO_TRIAL,
            ("trial_started", "", 400),
            ("verdict", "hung_jury", 405),
            ("retrial_decided", "retrial", 420),
        ],
        560,
        "retrial_window",
    ),
    (
        "Remi",
        "rape",
        [
            *TO_TRIAL,
            ("trial_started", "", 400),
            ("verdict", "hung_jury", 405),
            ("retrial_decided", "retrial", 420),
            ("trial_started", "", 600),
            ("verdict", "guilty", 606),
        ],
        700,
        "sentence",
    ),
    (
        "Morgan",
        "assault_by_penetration",
        [
            *TO_TRIAL,
            ("trial_started", "", 300),
            ("verdict", "guilty", 305),
            ("sentenced", "", 340),
        ],
        360,
        "",
    ),
    (
        "Alex",
        "trafficking_exploitation",
        [
            *POLICE,
            ("withdrawn", "", 40),
            ("re_engaged", "", 90),
            ("file_to_cps", "", 100),
        ],
        150,
        "",
    ),
    ("Frankie", "stalking_harassment", [*POLICE, ("withdrawn", "", 30)], 80, ""),
    (
        "Jo",
        "physical_assault",
        [*TO_TRIAL, ("trial_started", "", 300), ("verdict", "not_guilty", 302)]
        + [("closed", "acquittal", 330)],
        400,
        "",
    ),
]


# The generated caseload: full routes; a journey follows a prefix of one.
FIRST_STEPS = [("reported", ""), ("abe_interview", ""), ("suspect_arrested", "")]
COURT = [
    *FIRST_STEPS,
    ("interviewed_under_caution", ""),
    ("file_to_cps", ""),
    ("charged", ""),
    ("first_hearing", ""),
    ("sent_to_crown_court", ""),
    ("plea", "not_guilty"),
    ("trial_started", ""),
]
# Full routes; a journey follows a prefix of one of them.
ROUTES = [
    [*COURT, ("verdict", "guilty"), ("sentenced", ""), ("closed", "conviction")],
    [*COURT, ("verdict", "not_guilty"), ("closed", "acquittal")],
    [
        *COURT,
        ("verdict", "hung_jury"),
        ("retrial_decided", "retrial"),
        ("trial_started", ""),
        ("verdict", "guilty"),
        ("sentenced", ""),
    ],
    [
        *FIRST_STEPS,
        ("file_to_cps", ""),
        ("no_further_action", "cps"),
        ("closed", "no_further_action"),
    ],
    [
        *FIRST_STEPS,
        ("no_further_action", "police"),
        ("review_requested", "police"),
        ("review_outcome", "overturned"),
        ("charged", ""),
        ("plea", "guilty"),
        ("sentenced", ""),
    ],
    [
        *FIRST_STEPS,
        ("withdrawn", ""),
        ("re_engaged", ""),
        ("file_to_cps", ""),
        ("charged", ""),
    ],
    [*FIRST_STEPS, ("withdrawn", ""), ("closed", "withdrawn")],
    [("reported", ""), ("contact_lost", ""), ("closed", "lost_contact")],
]
COURT_STAGES = {"hearings", "trial", "verdict", "retrial", "sentence", "after_sentence"}
OFFENCES = ["rape"] * 5 + ["sexual_assault"] * 3 + ["assault_by_penetration", "other"]
HEARING_TYPES = ["first_appearance", "sending", "ptph", "mention", "trial", "sentence"]


# The main route through the graph, for the board report benchmark.
MAIN_ROUTE = [
    ("reported", ""),
    ("abe_interview", ""),
    ("file_to_cps", ""),
    ("charged", ""),
    ("first_hearing", ""),
    ("sent_to_crown_court", ""),
    ("plea", "not_guilty"),
    ("trial_started", ""),
    ("verdict", "*"),
    ("sentenced", ""),
]
