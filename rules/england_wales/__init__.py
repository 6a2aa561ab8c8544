"""The England & Wales rules pack.

``pack`` holds the stages, the stage graph, hearing types, special measures,
eligibility routes, offence categories, Victims' Code rights and time limits, each
with its source; ``letters`` holds the legal wording letters cite, the letter texts
and the review schemes; ``courts.csv`` is the HMCTS court directory (Open
Government Licence v3.0); ``explainers`` the public site's pages; ``demo`` the
fictional sample journeys of the demo and the benchmarks.
"""

from pathlib import Path

COURTS_CSV = Path(__file__).resolve().parent / "courts.csv"
