"""The Scotland rules pack.

``pack`` holds the stages, the stage graph with the Scottish words (procurator
fiscal, diets, not proven), special measures under the Criminal Procedure (Scotland)
Act 1995 ss.271-271M, the Victims' Code for Scotland rights and time limits, each
with its source; ``verdicts`` says which verdicts a trial may return on a date;
``letters`` holds the letter wording; ``explainers`` the plain-English pages;
``courts.csv`` is the Scottish court list, compiled (not downloaded) from SCTS
public information under the Open Government Licence v3.0 (see README.md).
"""

from datetime import date
from pathlib import Path

COURTS_CSV = Path(__file__).resolve().parent / "courts.csv"

#: Rows read against stored copies of the named public pages on this date.
CHECKED = date(2026, 12, 1)
