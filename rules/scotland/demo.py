"""Fictional sample journeys in the Scotland pack's keys, for the demo and benchmarks.

``SCENARIOS`` are a fictional Scottish service's survivors (made-up names only);
``ROUTES`` and the lists after it feed a generated caseload; ``MAIN_ROUTE`` the
board report benchmark. Every key is checked against the pack by the tests.
"""

from __future__ import annotations

# (event, outcome, days after the journey's report)
Steps = list[tuple[str, str, int]]

POLICE = [
    ("reported", "", 0),
    ("statement_given", "visually_recorded", 5),
    ("suspect_arrested", "", 9),
    ("interviewed_under_caution", "", 9),
]
TO_FISCAL = [*POLICE, ("charged", "report", 10)]
TO_PETITION = [
    *TO_FISCAL,
    ("prosecution_decision", "high_court", 70),
    ("petition_appearance", "", 71),
    ("bail_decision", "bail", 71),
]
TO_TRIAL = [
    *TO_PETITION,
    ("indictment_served", "", 250),
    ("vulnerable_witness_notice", "notice", 260),
    ("plea", "not_guilty", 280),
]

# (chosen name, offence, steps, report days ago, hearings to add)
SCENARIOS: list[tuple[str, str, Steps, int, str]] = [
    ("Isla", "rape", [("contact_made", "", 0)], 25, ""),
    (
        "Eilidh",
        "sexual_assault",
        [("forensic_examination", "self_referral", 0)],
        15,
        "",
    ),
    ("Morven", "rape", POLICE, 60, ""),
    ("Ailsa", "assault_by_penetration", TO_FISCAL, 150, ""),
    (
        "Rhona",
        "rape",
        [*TO_FISCAL, ("prosecution_decision", "no_proceedings", 200)],
        215,
        "",
    ),
    ("Kirsty", "rape", TO_PETITION, 120, "preliminary_hearing"),
    ("Skye", "rape", TO_TRIAL, 320, "trial_diet"),
    (
        "Fraser",
        "sexual_assault",
        [
            *TO_FISCAL,
            ("prosecution_decision", "sheriff_summary", 60),
            ("plea", "not_guilty", 75),
            ("trial_started", "", 160),
            ("verdict", "not_proven", 161),
        ],
        200,
        "",
    ),
]


# The generated caseload: full routes; a journey follows a prefix of one.
FIRST_STEPS = [
    ("reported", ""),
    ("statement_given", "written"),
    ("suspect_arrested", ""),
]
SOLEMN = [
    *FIRST_STEPS,
    ("interviewed_under_caution", ""),
    ("charged", "custody"),
    ("prosecution_decision", "high_court"),
    ("petition_appearance", ""),
    ("indictment_served", ""),
    ("plea", "not_guilty"),
    ("trial_started", ""),
]
ROUTES = [
    [*SOLEMN, ("verdict", "guilty"), ("sentenced", ""), ("closed", "conviction")],
    [*SOLEMN, ("verdict", "not_guilty"), ("closed", "acquittal")],
    [*SOLEMN, ("verdict", "not_proven"), ("closed", "acquittal")],
    [
        *SOLEMN,
        ("trial_deserted", "pro_loco_et_tempore"),
        ("retrial_decided", "retrial"),
        ("trial_started", ""),
        ("verdict", "guilty"),
        ("sentenced", ""),
    ],
    [
        *FIRST_STEPS,
        ("reported_to_fiscal", ""),
        ("prosecution_decision", "no_proceedings"),
        ("closed", "no_proceedings"),
    ],
    [
        *FIRST_STEPS,
        ("reported_to_fiscal", ""),
        ("prosecution_decision", "no_proceedings"),
        ("review_requested", ""),
        ("review_outcome", "overturned"),
        ("prosecution_decision", "sheriff_summary"),
        ("plea", "guilty"),
        ("sentenced", ""),
    ],
    [*FIRST_STEPS, ("withdrawn", ""), ("closed", "withdrawn")],
    [("reported", ""), ("contact_lost", ""), ("closed", "lost_contact")],
]
COURT_STAGES = {
    "court_before_trial",
    "trial",
    "verdict",
    "new_prosecution",
    "sentence",
    "after_sentence",
}
OFFENCES = ["rape"] * 5 + ["sexual_assault"] * 3 + ["assault_by_penetration", "other"]
# Diets any court of the pack may hold (none limited to one tier).
HEARING_TYPES = [
    "custody",
    "bail",
    "continued_diet",
    "ground_rules",
    "trial",
    "sentence",
]


# The main route through the graph, for the board report benchmark.
MAIN_ROUTE = [
    ("reported", ""),
    ("statement_given", "written"),
    ("charged", "custody"),
    ("prosecution_decision", "high_court"),
    ("petition_appearance", ""),
    ("plea", "not_guilty"),
    ("trial_started", ""),
    ("verdict", "*"),
    ("sentenced", ""),
]
