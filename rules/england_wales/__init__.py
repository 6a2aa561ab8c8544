"""The England & Wales rules pack.

``pack`` holds the stages, the stage graph, hearing types, special measures,
eligibility routes, offence categories, Victims' Code rights and time limits, each
with its source; ``letters`` holds the legal wording letters cite; ``courts.csv`` is
the HMCTS court directory (Open Government Licence v3.0).
"""

from pathlib import Path

COURTS_CSV = Path(__file__).resolve().parent / "courts.csv"
