"""The Scotland rules pack: stages, events, diets, special measures and time limits.

Scotland's route differs from England and Wales: Police Scotland reports a case to
the procurator fiscal (COPFS), who decides whether to prosecute (Crown Counsel for
High Court cases); Victim Information and Advice (VIA) keeps the survivor told;
cases run in the justice of the peace court, the sheriff court (summary or with a
jury) or the High Court of Justiciary, through diets rather than hearings.

Every time limit and provision carries its source. Rows marked ``verify=True`` were
not confirmed against the current primary text; ``note`` says what was read (the
author had no live internet, only stored copies of public pages). Check them against
legislation.gov.uk and copfs.gov.uk before relying on them.
"""

from datetime import date

from django.utils.translation import gettext_lazy as _

from rules.base import (
    Choice,
    CodeRight,
    CourtTier,
    EligibilityRoute,
    EventType,
    HearingOutcome,
    HearingType,
    Milestones,
    OffenceCategory,
    Outcome,
    PoliceForce,
    RulesPack,
    SpecialMeasure,
    Stage,
    StatutoryProvision,
    Terms,
    TimeLimitRule,
)
from rules.common import (
    CONTACT_CONSENTS,
    closure_reasons,
    pause_stages,
    support_events,
)

from . import CHECKED, COURTS_CSV
from .helplines import HELPLINES
from .letters import LETTER_TEXTS, LETTER_WORDINGS, REVIEW_SCHEMES, SENTENCE_TYPES

STAGES = (
    Stage("before_reporting", _("Before reporting"), _("Thinking about reporting"), 0),
    Stage("report", _("Reported to Police Scotland"), _("Telling the police"), 1),
    Stage("investigation", _("Police investigation"), _("The police investigate"), 2),
    Stage(
        "fiscal_decision",
        _("Decision on prosecution (procurator fiscal)"),
        _("Deciding whether to go to court"),
        3,
    ),
    Stage(
        "no_proceedings_review",
        _("No proceedings and review"),
        _("No court case, and asking for a review"),
        4,
        side_route=True,
    ),
    Stage("court_before_trial", _("Court diets before trial"), _("Going to court"), 5),
    Stage("trial", _("Trial"), _("The trial"), 6),
    Stage("verdict", _("Verdict"), _("The verdict"), 7),
    Stage("new_prosecution", _("New prosecution"), _("A new trial"), 8),
    Stage("sentence", _("Sentence"), _("Sentencing"), 9),
    Stage("after_sentence", _("After sentence"), _("After the sentence"), 10),
    *pause_stages(11),
)

_ALL = frozenset(s.key for s in STAGES)
_POLICE = frozenset({"report", "investigation"})
_COURT = frozenset({"court_before_trial", "new_prosecution"})

EVENT_TYPES = (
    EventType(
        "reported",
        _("Reported to Police Scotland"),
        frozenset({"before_reporting"}),
        to_stage="report",
        can_start=True,
    ),
    # Forensic Medical Services (Victims of Sexual Offences) (Scotland) Act 2021:
    # an examination can be had without reporting to the police (self-referral).
    EventType(
        "forensic_examination",
        _("Forensic medical examination"),
        frozenset({"before_reporting"}) | _POLICE,
        outcomes=(
            Outcome("self_referral", _("Self-referral, without telling the police")),
            Outcome("police_referral", _("Arranged by the police")),
        ),
        outcome_label=_("How it was arranged"),
    ),
    EventType(
        "statement_given",
        _("Statement given to the police"),
        _POLICE,
        "investigation",
        outcomes=(
            Outcome("written", _("Written statement")),
            Outcome("visually_recorded", _("Visually recorded interview")),
            Outcome(
                "joint_investigative_interview",
                _("Joint investigative interview (child witness)"),
            ),
        ),
        outcome_label=_("Kind of statement"),
    ),
    EventType(
        "suspect_arrested",
        _("Suspect arrested"),
        _POLICE,
        "investigation",
        asks_when_told=True,
    ),
    EventType(
        "interviewed_under_caution",
        _("Suspect interviewed by the police"),
        _POLICE,
        "investigation",
        asks_when_told=True,
    ),
    EventType(
        "investigative_liberation",
        _("Suspect released on investigative liberation"),
        frozenset({"investigation"}),
        asks_when_told=True,
    ),
    EventType(
        "released_without_charge",
        _("Suspect released without charge"),
        frozenset({"investigation"}),
        asks_when_told=True,
    ),
    EventType(
        "charged",
        _("Suspect charged by the police"),
        _POLICE,
        "fiscal_decision",
        asks_when_told=True,
        outcomes=(
            Outcome("custody", _("Kept in custody to appear at court")),
            Outcome("undertaking", _("Released on an undertaking to appear at court")),
            Outcome("report", _("Released; the police report the case to the fiscal")),
        ),
        outcome_label=_("After the charge"),
    ),
    EventType(
        "reported_to_fiscal",
        _("Police report sent to the procurator fiscal"),
        _POLICE,
        "fiscal_decision",
    ),
    EventType(
        "further_investigation",
        _("Procurator fiscal asked the police for more enquiries"),
        frozenset({"fiscal_decision"}),
        "investigation",
    ),
    EventType(
        "precognition",
        _("Precognition (interview by the procurator fiscal)"),
        frozenset({"fiscal_decision"}) | _COURT,
    ),
    EventType(
        "prosecution_decision",
        _("Decision on prosecution"),
        frozenset({"fiscal_decision"}),
        asks_when_told=True,
        outcomes=(
            Outcome(
                "high_court",
                _("Prosecution on indictment in the High Court"),
                "court_before_trial",
            ),
            Outcome(
                "sheriff_solemn",
                _("Prosecution on indictment in the sheriff court (sheriff and jury)"),
                "court_before_trial",
            ),
            Outcome(
                "sheriff_summary",
                _("Summary prosecution in the sheriff court"),
                "court_before_trial",
            ),
            Outcome(
                "justice_of_the_peace",
                _("Summary prosecution in the justice of the peace court"),
                "court_before_trial",
            ),
            Outcome(
                "no_proceedings",
                _("No proceedings (no court case)"),
                "no_proceedings_review",
            ),
        ),
        outcome_label=_("Decision"),
    ),
    # Direct measures (e.g. a fiscal warning or fiscal fine) are outside the
    # Victims' Right to Review, so they close the journey like a disposal.
    EventType(
        "direct_measure",
        _("Direct measure instead of prosecution"),
        frozenset({"fiscal_decision"}),
        "closed",
        asks_when_told=True,
    ),
    EventType(
        "proceedings_discontinued",
        _("Prosecution stopped by the Crown"),
        _COURT | {"trial"},
        "no_proceedings_review",
        asks_when_told=True,
        outcomes=(
            Outcome("no_further_proceedings", _("No further proceedings")),
            Outcome("no_evidence", _("Case deserted or no evidence led by the Crown")),
        ),
        outcome_label=_("How it was stopped"),
    ),
    EventType(
        "review_requested",
        _("Victims' Right to Review requested (COPFS)"),
        frozenset({"no_proceedings_review"}),
    ),
    EventType(
        "review_outcome",
        _("Review outcome"),
        frozenset({"no_proceedings_review"}),
        asks_when_told=True,
        outcomes=(
            Outcome("upheld", _("Decision upheld: no proceedings")),
            Outcome(
                "overturned",
                _("Decision overturned: the case goes back to be prosecuted"),
                "fiscal_decision",
            ),
            Outcome(
                "further_investigation",
                _("Sent back for more enquiries"),
                "investigation",
            ),
        ),
        outcome_label=_("Outcome"),
    ),
    EventType(
        "petition_appearance",
        _("First appearance on petition"),
        frozenset({"court_before_trial"}),
        asks_when_told=True,
        hearing_related=True,
    ),
    EventType(
        "bail_decision",
        _("Bail decision"),
        _COURT | {"trial", "verdict", "sentence", "after_sentence"},
        asks_when_told=True,
        hearing_related=True,
        outcomes=(
            Outcome("bail", _("Released on bail, with conditions")),
            Outcome("remanded", _("Remanded in custody")),
        ),
        outcome_label=_("Bail"),
    ),
    EventType(
        "indictment_served",
        _("Indictment served"),
        frozenset({"court_before_trial"}),
        asks_when_told=True,
    ),
    EventType(
        "vulnerable_witness_notice",
        _("Special measures asked for by the Crown"),
        _COURT,
        outcomes=(
            Outcome(
                "notice", _("Vulnerable witness notice (standard special measures)")
            ),
            Outcome(
                "application", _("Vulnerable witness application (other measures)")
            ),
        ),
        outcome_label=_("Kind"),
    ),
    EventType(
        "evidence_by_commissioner",
        _("Evidence taken by a commissioner"),
        _COURT,
        hearing_related=True,
    ),
    EventType(
        "plea",
        _("Plea"),
        _COURT,
        asks_when_told=True,
        hearing_related=True,
        outcomes=(
            Outcome("guilty", _("Guilty"), "sentence"),
            Outcome("not_guilty", _("Not guilty")),
            Outcome("mixed", _("Guilty to some charges, not guilty to others")),
            Outcome(
                "partial_accepted",
                _("Guilty to some charges or a lesser charge, accepted by the Crown"),
                "sentence",
            ),
        ),
        outcome_label=_("Plea"),
    ),
    EventType(
        "trial_started",
        _("Trial started"),
        _COURT,
        "trial",
        hearing_related=True,
    ),
    # The verdicts a court may return. "Not proven" is abolished for trials that
    # start after the commencement of the Victims, Witnesses, and Justice Reform
    # (Scotland) Act 2025 (see VERDICT_PROVISIONS and verdicts.py).
    EventType(
        "verdict",
        _("Verdict"),
        frozenset({"trial"}),
        asks_when_told=True,
        hearing_related=True,
        outcomes=(
            Outcome("guilty", _("Guilty"), "sentence"),
            Outcome("not_guilty", _("Not guilty"), "verdict"),
            Outcome("not_proven", _("Not proven"), "verdict"),
            Outcome(
                "no_case_to_answer",
                _("Submission of no case to answer upheld"),
                "verdict",
            ),
        ),
        outcome_label=_("Verdict"),
    ),
    EventType(
        "trial_deserted",
        _("Trial diet deserted"),
        frozenset({"trial"}),
        asks_when_told=True,
        hearing_related=True,
        outcomes=(
            Outcome(
                "pro_loco_et_tempore",
                _("Deserted pro loco et tempore: the Crown may start again"),
                "new_prosecution",
            ),
            Outcome(
                "simpliciter",
                _("Deserted simpliciter: the case cannot be brought again"),
                "verdict",
            ),
        ),
        outcome_label=_("Desertion"),
    ),
    EventType(
        "retrial_decided",
        _("Decision on a new prosecution"),
        frozenset({"new_prosecution"}),
        asks_when_told=True,
        outcomes=(
            Outcome("retrial", _("The Crown will bring a new prosecution")),
            Outcome("no_retrial", _("No new prosecution: the case ends"), "verdict"),
        ),
        outcome_label=_("Decision"),
    ),
    EventType(
        "victim_statement",
        _("Victim statement made"),
        frozenset({"fiscal_decision", "trial", "verdict", "sentence"}) | _COURT,
    ),
    EventType(
        "sentence_deferred",
        _("Sentence deferred"),
        frozenset({"sentence"}),
        asks_when_told=True,
        hearing_related=True,
    ),
    EventType(
        "sentenced",
        _("Sentenced"),
        frozenset({"sentence"}),
        "after_sentence",
        asks_when_told=True,
        hearing_related=True,
    ),
    EventType(
        "victim_notification_scheme",
        _("Joined the Victim Notification Scheme"),
        frozenset({"after_sentence"}),
    ),
    EventType(
        "appeal_lodged",
        _("Convicted person's appeal lodged"),
        frozenset({"after_sentence"}),
        asks_when_told=True,
        outcomes=(
            Outcome("conviction", _("Against conviction")),
            Outcome("sentence", _("Against sentence")),
            Outcome("both", _("Against conviction and sentence")),
        ),
        outcome_label=_("Appeal against"),
    ),
    EventType(
        "unduly_lenient_request",
        _("Asked the Crown to appeal the sentence as unduly lenient"),
        frozenset({"after_sentence"}),
    ),
    EventType(
        "crown_appeal_lodged",
        _("Crown appeal against sentence lodged"),
        frozenset({"after_sentence"}),
        asks_when_told=True,
    ),
    EventType(
        "appeal_decided",
        _("Appeal decided (High Court of Justiciary)"),
        frozenset({"after_sentence"}),
        asks_when_told=True,
        outcomes=(
            Outcome("dismissed", _("Appeal refused")),
            Outcome("sentence_changed", _("Sentence changed")),
            Outcome("conviction_quashed", _("Conviction quashed"), "verdict"),
            Outcome(
                "new_prosecution",
                _("Conviction set aside; authority for a new prosecution"),
                "new_prosecution",
            ),
        ),
        outcome_label=_("Outcome"),
    ),
    *support_events(
        _ALL,
        (
            Outcome("no_proceedings", _("No proceedings")),
            Outcome("direct_measure", _("Direct measure")),
        ),
    ),
)

# The levels of criminal court. A sheriff court sits both with a jury (solemn)
# and without (summary), and most buildings also hold a justice of the peace court,
# so a court's tiers are narrowed by the diet's type where the type says.
COURT_TIERS = (
    CourtTier("high_court", _("High Court of Justiciary")),
    CourtTier("sheriff_solemn", _("Sheriff court (sheriff and jury)")),
    CourtTier("sheriff_summary", _("Sheriff court (summary)")),
    CourtTier("justice_of_the_peace", _("Justice of the peace court")),
)
HIGH_COURT = frozenset({"high_court"})
SOLEMN = frozenset({"high_court", "sheriff_solemn"})
SUMMARY = frozenset({"sheriff_summary", "justice_of_the_peace"})

HEARING_TYPES = (
    HearingType(
        "petition",
        _("First appearance on petition (in private)"),
        frozenset({"sheriff_solemn"}),
    ),
    HearingType("custody", _("Appearance from custody")),
    HearingType("bail", _("Bail hearing or bail appeal")),
    HearingType("pleading_diet", _("Pleading diet (summary)"), SUMMARY),
    HearingType("intermediate_diet", _("Intermediate diet (summary)"), SUMMARY),
    HearingType(
        "first_diet", _("First diet (sheriff and jury)"), frozenset({"sheriff_solemn"})
    ),
    HearingType(
        "preliminary_hearing", _("Preliminary hearing (High Court)"), HIGH_COURT
    ),
    HearingType("ground_rules", _("Ground rules hearing")),
    HearingType("commission", _("Evidence by commissioner")),
    HearingType("continued_diet", _("Continued or adjourned diet")),
    HearingType("trial", _("Trial diet"), is_trial=True),
    HearingType("retrial", _("Trial diet (new prosecution)"), is_trial=True),
    HearingType("sentence", _("Sentencing diet (including a deferred sentence)")),
    HearingType("appeal", _("Appeal hearing (High Court of Justiciary)"), HIGH_COURT),
    HearingType("other", _("Other diet")),
)

HEARING_OUTCOMES = (
    HearingOutcome(
        "petition_appearance", _("Appeared on petition"), "petition_appearance"
    ),
    HearingOutcome("bail", _("Released on bail"), "bail_decision", "bail"),
    HearingOutcome("remanded", _("Remanded in custody"), "bail_decision", "remanded"),
    HearingOutcome("plea_guilty", _("Plea: guilty"), "plea", "guilty"),
    HearingOutcome("plea_not_guilty", _("Plea: not guilty"), "plea", "not_guilty"),
    HearingOutcome(
        "plea_mixed",
        _("Plea: guilty to some charges, not guilty to others"),
        "plea",
        "mixed",
    ),
    HearingOutcome(
        "plea_partial_accepted",
        _("Plea: guilty to some charges or a lesser charge, accepted by the Crown"),
        "plea",
        "partial_accepted",
    ),
    HearingOutcome(
        "commission_held",
        _("Evidence taken by a commissioner"),
        "evidence_by_commissioner",
    ),
    HearingOutcome("trial_started", _("Trial started"), "trial_started"),
    HearingOutcome(
        "verdict_guilty",
        _("Trial: verdict guilty"),
        "verdict",
        "guilty",
        prerequisite="trial_started",
    ),
    HearingOutcome(
        "verdict_not_guilty",
        _("Trial: verdict not guilty"),
        "verdict",
        "not_guilty",
        prerequisite="trial_started",
    ),
    HearingOutcome(
        "verdict_not_proven",
        _("Trial: verdict not proven"),
        "verdict",
        "not_proven",
        prerequisite="trial_started",
    ),
    HearingOutcome(
        "no_case_to_answer",
        _("Trial: submission of no case to answer upheld"),
        "verdict",
        "no_case_to_answer",
        prerequisite="trial_started",
    ),
    HearingOutcome(
        "deserted_pro_loco",
        _("Trial diet deserted pro loco et tempore"),
        "trial_deserted",
        "pro_loco_et_tempore",
        prerequisite="trial_started",
    ),
    HearingOutcome(
        "deserted_simpliciter",
        _("Trial diet deserted simpliciter"),
        "trial_deserted",
        "simpliciter",
        prerequisite="trial_started",
    ),
    HearingOutcome("sentence_deferred", _("Sentence deferred"), "sentence_deferred"),
    HearingOutcome("sentenced", _("Sentenced"), "sentenced"),
    HearingOutcome("other", _("Something else (say what below)")),
)

_SM_NOTE = _(
    "Sections 271H-271M of the Criminal Procedure (Scotland) Act 1995, inserted by "
    "the Vulnerable Witnesses (Scotland) Act 2004 and amended by the Victims and "
    "Witnesses (Scotland) Act 2014 (from 1 September 2015). The list of standard "
    "and other measures was read on a stored copy of the COPFS news release 'Extra "
    "help for vulnerable witnesses in Court'; confirm each section number on "
    "legislation.gov.uk."
)

# Criminal Procedure (Scotland) Act 1995 s.271H(1). Standard special measures
# (s.271A(14)): live television link, screen, supporter. The others need a
# vulnerable witness application that the court decides (s.271C, s.271A(5A)).
SPECIAL_MEASURES = (
    SpecialMeasure(
        "live_link",
        "s.271J",
        _("Live television link"),
        _("You give evidence by video from a room away from the courtroom."),
        standard=True,
    ),
    SpecialMeasure(
        "screen",
        "s.271K",
        _("Screen"),
        _("A screen so you do not see the accused."),
        standard=True,
    ),
    SpecialMeasure(
        "supporter",
        "s.271L",
        _("Supporter"),
        _("A person you trust sits near you while you give evidence."),
        standard=True,
    ),
    SpecialMeasure(
        "evidence_by_commissioner",
        "s.271I",
        _("Evidence taken by a commissioner"),
        _("Your evidence and the questions are recorded before the trial."),
    ),
    SpecialMeasure(
        "prior_statement",
        "s.271M",
        _("Prior statement as evidence in chief"),
        _("Your recorded statement is used as your main evidence."),
    ),
    SpecialMeasure(
        "closed_court",
        "s.271HB",
        _("Excluding the public (closed court)"),
        _("The public are asked to leave while you give evidence."),
    ),
)

# Who is a vulnerable witness: Criminal Procedure (Scotland) Act 1995 s.271(1), as
# amended by the Victims and Witnesses (Scotland) Act 2014 s.10. A child witness
# and a "deemed vulnerable witness" (the alleged victim of a sexual offence, human
# trafficking, domestic abuse or stalking) are entitled to the standard special
# measures (s.271A); anyone else needs the court to agree (s.271C). Every route may
# ask for every measure (no measure is limited to some routes, so no route needs
# ``all_measures``); the standard ones come by notice alone.
ELIGIBILITY_ROUTES = (
    EligibilityRoute(
        "deemed_sexual",
        "s.271(1)(c)",
        _("Complainer of a sexual offence: deemed vulnerable (automatic)"),
        automatic=True,
        offence_flag="sexual_offence",
    ),
    EligibilityRoute(
        "deemed_trafficking",
        "s.271(1)(c)",
        _("Complainer of human trafficking: deemed vulnerable (automatic)"),
        automatic=True,
        offence_flag="modern_slavery",
    ),
    EligibilityRoute(
        "deemed_domestic",
        "s.271(1)(c)",
        _("Complainer of domestic abuse: deemed vulnerable (automatic)"),
        automatic=True,
        offence_flag="domestic_abuse",
    ),
    EligibilityRoute(
        "deemed_stalking",
        "s.271(1)(c)",
        _("Complainer of stalking: deemed vulnerable (automatic)"),
        automatic=True,
        offence_flag="stalking",
    ),
    EligibilityRoute(
        "fear_or_distress",
        "s.271(1)(b)",
        _(
            "Evidence likely to be affected by mental disorder, or by fear or "
            "distress about giving evidence (the court decides)"
        ),
        fallback=True,
    ),
    EligibilityRoute(
        "child_witness",
        "s.271(1)(a)",
        _("Child witness: under 18 when the proceedings start (automatic)"),
        automatic=True,
    ),
    EligibilityRoute(
        "risk_of_harm",
        "s.271(1)(d)",
        _("Significant risk of harm from giving evidence (the court decides)"),
    ),
)

OFFENCE_CATEGORIES = (
    OffenceCategory("rape", _("Rape"), sexual_offence=True, enhanced_rights=True),
    OffenceCategory(
        "assault_by_penetration",
        _("Sexual assault by penetration"),
        sexual_offence=True,
        enhanced_rights=True,
    ),
    OffenceCategory(
        "sexual_assault", _("Sexual assault"), sexual_offence=True, enhanced_rights=True
    ),
    OffenceCategory(
        "other_sexual",
        _("Other sexual offence"),
        sexual_offence=True,
        enhanced_rights=True,
    ),
    OffenceCategory(
        "trafficking_exploitation",
        _("Human trafficking or exploitation"),
        modern_slavery=True,
        enhanced_rights=True,
    ),
    OffenceCategory(
        "domestic_abuse", _("Domestic abuse"), domestic_abuse=True, enhanced_rights=True
    ),
    OffenceCategory("stalking", _("Stalking"), stalking=True, enhanced_rights=True),
    OffenceCategory("threatening_behaviour", _("Threatening or abusive behaviour")),
    OffenceCategory("physical_assault", _("Assault")),
    OffenceCategory("robbery_theft", _("Robbery or theft")),
    OffenceCategory("other", _("Other offence")),
)

# Criminal Procedure (Scotland) Act 1995 s.271A(13A), as inserted by the Criminal
# Procedure (Amendment) (Scotland) Act 2004 schedule para. 43 (read on a stored
# copy); the Vulnerable Witnesses (Criminal Evidence) (Scotland) Act 2019 s.8 has
# since changed the deadline, and s.271AA (2019 Act) lets standard measures be
# asked for by a simpler notification. These limits run back from a diet, so they
# are reference rows: no event starts their clock.
_VWN_NOTE = _(
    "Counted back from the diet in clear days (neither the day of lodging nor the "
    "day of the diet counts). The figure is from s.271A(13A) as first inserted in "
    "2004; the Vulnerable Witnesses (Criminal Evidence) (Scotland) Act 2019 s.8 "
    "amended the deadline and s.271AA added a simpler notification for standard "
    "special measures. The court may allow a late notice on cause shown "
    "(s.271A(4)). Shown for reference only; not counted as a deadline."
)
_VWN_CITATION = _("section 271A of the Criminal Procedure (Scotland) Act 1995")
_VWA_CITATION = _("section 271C of the Criminal Procedure (Scotland) Act 1995")
_REVIEW_ENDS = "review_outcome"
_NOT_PROSECUTED = "prosecution_decision,proceedings_discontinued"
_PETITION_ENDS = "plea:guilty,plea:partial_accepted,proceedings_discontinued,closed"

TIME_LIMITS = (
    TimeLimitRule(
        "vulnerable_witness_notice_high_court",
        _("Vulnerable witness notice (High Court)"),
        _("before the preliminary hearing"),
        14,
        "calendar_days",
        _("Criminal Procedure (Scotland) Act 1995 s.271A(2) and (13A)(a)"),
        last_checked=None,
        verify=True,
        note=_VWN_NOTE,
        citation=_VWN_CITATION,
        applies_to="high_court",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "vulnerable_witness_notice_sheriff_solemn",
        _("Vulnerable witness notice (sheriff and jury)"),
        _("before the first diet"),
        7,
        "calendar_days",
        _("Criminal Procedure (Scotland) Act 1995 s.271A(2) and (13A)(b)"),
        last_checked=None,
        verify=True,
        note=_VWN_NOTE,
        citation=_VWN_CITATION,
        applies_to="sheriff_solemn",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "vulnerable_witness_notice_summary",
        _("Vulnerable witness notice (summary)"),
        _("before the trial diet"),
        14,
        "calendar_days",
        _("Criminal Procedure (Scotland) Act 1995 s.271A(2) and (13A)(c)"),
        last_checked=None,
        verify=True,
        note=_VWN_NOTE,
        citation=_VWN_CITATION,
        applies_to="sheriff_summary,justice_of_the_peace",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "vulnerable_witness_application",
        _("Vulnerable witness application (other measures or witnesses)"),
        _("by the same required time as a vulnerable witness notice"),
        14,
        "calendar_days",
        _(
            "Criminal Procedure (Scotland) Act 1995 s.271C(2), using the required "
            "time in s.271A(13A)"
        ),
        last_checked=None,
        verify=True,
        note=_(
            "The 2004 Act made s.271C(2) use 'the required time' of s.271A(13A): "
            "14 clear days before a High Court preliminary hearing or a summary "
            "trial diet, 7 before a sheriff and jury first diet. Shown for "
            "reference only; not counted as a deadline."
        ),
        citation=_VWA_CITATION,
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "objection_notice",
        _("Objection to a special measure other than a standard one"),
        _("after the vulnerable witness notice is lodged"),
        7,
        "calendar_days",
        _(
            "Criminal Procedure (Scotland) Act 1995 s.271A(4A), inserted by the "
            "Victims and Witnesses (Scotland) Act 2014 s.13 (in force 1 September "
            "2015)"
        ),
        last_checked=CHECKED,
        note=_(
            "Read on a stored copy of s.13 of the 2014 Act on legislation.gov.uk. "
            "No objection may be made to a standard special measure. The court may "
            "allow a late objection on cause shown (s.271A(4B))."
        ),
        citation=_("section 271A(4A) of the Criminal Procedure (Scotland) Act 1995"),
        basis_event="vulnerable_witness_notice",
        basis_outcome="notice",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "vrr_copfs",
        _("Victims' Right to Review request (COPFS)"),
        _(
            "from being told of the decision not to prosecute or to stop the case; "
            "later requests are still considered"
        ),
        1,
        "months",
        _(
            "Lord Advocate's Rules: Review of a decision not to prosecute, under "
            "the Victims and Witnesses (Scotland) Act 2014 s.4"
        ),
        last_checked=CHECKED,
        verify=True,
        note=_(
            "'Normally within one month of the date a victim learns of the "
            "decision' (Inspectorate of Prosecution in Scotland, thematic report "
            "on the Victims' Right to Review, May 2018, read on a stored copy). "
            "COPFS accepts later requests, but delay may limit what it can do. "
            "Confirm the figure in the current Lord Advocate's Rules (last updated "
            "15 November 2024)."
        ),
        citation=_(
            "the Lord Advocate's Rules on the review of a decision not to "
            "prosecute (section 4 of the Victims and Witnesses (Scotland) Act 2014)"
        ),
        basis_event=_NOT_PROSECUTED,
        basis_outcome="no_proceedings,no_further_proceedings,no_evidence",
        counts_from_told=True,
        met_by="review_requested",
        ended_by=_REVIEW_ENDS,
    ),
    TimeLimitRule(
        "investigative_liberation",
        _("Investigative liberation conditions end"),
        _("from the day the suspect was released on conditions"),
        28,
        "calendar_days",
        _("Criminal Justice (Scotland) Act 2016 ss.16-17"),
        last_checked=None,
        verify=True,
        note=_(
            "Conditions imposed on release without charge last at most 28 days "
            "(2016 Act s.16); confirm from which day the 28 days run."
        ),
        basis_event="investigative_liberation",
        ended_by="charged,released_without_charge,reported_to_fiscal,closed",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "petition_to_first_diet",
        _("Preliminary hearing or first diet to begin (solemn)"),
        _("from the accused's first appearance on petition"),
        11,
        "months",
        _("Criminal Procedure (Scotland) Act 1995 s.65(1)(a) and (aa)"),
        last_checked=None,
        verify=True,
        note=_(
            "The court may extend the period on cause shown (s.65(3)). Binds the "
            "Crown, not the survivor."
        ),
        basis_event="petition_appearance",
        met_by="plea,trial_started",
        ended_by=_PETITION_ENDS,
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "petition_to_trial",
        _("Trial to begin (solemn)"),
        _("from the accused's first appearance on petition"),
        12,
        "months",
        _("Criminal Procedure (Scotland) Act 1995 s.65(1)(b)"),
        last_checked=None,
        verify=True,
        note=_(
            "The court may extend the period on cause shown (s.65(3)); if it "
            "passes without an extension the accused is discharged and cannot be "
            "tried for the offence (s.65(1A))."
        ),
        basis_event="petition_appearance",
        met_by="trial_started",
        ended_by=_PETITION_ENDS,
    ),
    TimeLimitRule(
        "appeal_intimation_solemn",
        _("Intimation of intention to appeal against conviction (solemn)"),
        _("from the final determination of the case (usually sentence)"),
        14,
        "calendar_days",
        _("Criminal Procedure (Scotland) Act 1995 s.109(1)"),
        last_checked=None,
        verify=True,
        note=_(
            "Two weeks; the note of appeal itself follows within eight weeks "
            "(s.110(1)(a)). The High Court may extend the time (s.111(2))."
        ),
        basis_event="sentenced",
        applies_to="high_court,sheriff_solemn",
        met_by="appeal_lodged:conviction,appeal_lodged:both",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "appeal_sentence_solemn",
        _("Note of appeal against sentence alone (solemn)"),
        _("from the day sentence was passed in open court"),
        14,
        "calendar_days",
        _("Criminal Procedure (Scotland) Act 1995 s.110(1)(b)"),
        last_checked=None,
        verify=True,
        note=_("The High Court may extend the time (s.111(2))."),
        basis_event="sentenced",
        applies_to="high_court,sheriff_solemn",
        met_by="appeal_lodged:sentence,appeal_lodged:both",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "appeal_summary",
        _("Note of appeal against sentence, or stated case (summary)"),
        _("from the day sentence was passed"),
        7,
        "calendar_days",
        _("Criminal Procedure (Scotland) Act 1995 ss.176(1) and 186(2)(a)"),
        last_checked=None,
        verify=True,
        note=_(
            "One week for an application for a stated case (s.176(1)) or a note "
            "of appeal against sentence alone (s.186(2)(a)); the Sheriff Appeal "
            "Court may extend it (s.181, s.186(5))."
        ),
        basis_event="sentenced",
        applies_to="sheriff_summary,justice_of_the_peace",
        met_by="appeal_lodged",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "unduly_lenient_sentence",
        _("Crown appeal against an unduly lenient sentence"),
        _("from the day sentence was passed; ask the Crown well before this"),
        28,
        "calendar_days",
        _(
            "Criminal Procedure (Scotland) Act 1995 s.108 (solemn) and s.175(4) "
            "(summary), with s.110(1)"
        ),
        last_checked=None,
        verify=True,
        note=_(
            "The Lord Advocate decides whether to appeal; a victim can only ask "
            "COPFS to consider it. Four weeks is the figure COPFS gives; confirm "
            "it against s.110(1) as amended."
        ),
        citation=_("section 108 of the Criminal Procedure (Scotland) Act 1995"),
        basis_event="sentenced",
        met_by="unduly_lenient_request,crown_appeal_lodged",
    ),
    TimeLimitRule(
        "forensic_self_referral_retention",
        _("Self-referral forensic samples kept"),
        _("from the examination, unless the survivor reports to the police"),
        26,
        "months",
        _(
            "Forensic Medical Services (Victims of Sexual Offences) (Scotland) Act "
            "2021 s.8 and regulations under it"
        ),
        last_checked=None,
        verify=True,
        note=_(
            "NHS Scotland says samples from a self-referral are stored for 26 "
            "months; confirm the section and the regulations that set the period."
        ),
        basis_event="forensic_examination",
        basis_outcome="self_referral",
        met_by="reported",
        follow_up_missed=False,
    ),
)

# Statutory provisions letters and explainers may cite. Not proven and the
# Sexual Offences Court are data, so the day they commence is one row to change.
STATUTORY_PROVISIONS = (
    StatutoryProvision(
        "vwjr_2025_not_proven",
        _("Abolition of the not proven verdict"),
        _("Victims, Witnesses, and Justice Reform (Scotland) Act 2025 (asp 12)"),
        in_force_on=None,
        wording=_(
            "The Victims, Witnesses, and Justice Reform (Scotland) Act 2025 "
            "abolishes the not proven verdict: a court may return only guilty or "
            "not guilty in a trial that starts after the change comes into force."
        ),
        last_checked=CHECKED,
        verify=True,
    ),
    StatutoryProvision(
        "vwjr_2025_jury_majority",
        _("Two-thirds jury majority for a guilty verdict"),
        _("Victims, Witnesses, and Justice Reform (Scotland) Act 2025 (asp 12)"),
        in_force_on=None,
        wording=_(
            "When the not proven verdict goes, a guilty verdict will need at least "
            "two-thirds of the jury (10 of 15 or 14 jurors, 9 of 13, 8 of 12), "
            "instead of a simple majority of 8 of 15."
        ),
        last_checked=CHECKED,
        verify=True,
    ),
    StatutoryProvision(
        "vwjr_2025_sexual_offences_court",
        _("The Sexual Offences Court"),
        _("Victims, Witnesses, and Justice Reform (Scotland) Act 2025 (asp 12)"),
        in_force_on=None,
        wording=_(
            "A new national Sexual Offences Court will try sexual offences "
            "prosecuted on indictment, with judges and lawyers trained in "
            "trauma-informed practice, and complainers' evidence taken in advance "
            "as the normal rule."
        ),
        last_checked=CHECKED,
        verify=True,
    ),
    StatutoryProvision(
        "vwjr_2025_anonymity",
        _("Lifelong anonymity for victims of sexual offences"),
        _("Victims, Witnesses, and Justice Reform (Scotland) Act 2025 (asp 12)"),
        in_force_on=None,
        wording=_(
            "Nothing that could identify the victim of a listed sexual offence may "
            "be published during her lifetime, with narrow exceptions."
        ),
        last_checked=CHECKED,
        verify=True,
    ),
    StatutoryProvision(
        "vwce_2019_evidence_in_advance",
        _("Child witnesses give their evidence in advance"),
        _(
            "Vulnerable Witnesses (Criminal Evidence) (Scotland) Act 2019 s.1, "
            "inserting s.271BZA into the Criminal Procedure (Scotland) Act 1995"
        ),
        in_force_on=date(2020, 1, 20),
        wording=_(
            "In a High Court or sheriff and jury case of a listed serious offence, "
            "a child witness's evidence is taken before the trial (usually by a "
            "commissioner) unless an exception applies (section 271BZA of the "
            "Criminal Procedure (Scotland) Act 1995)."
        ),
        verify=True,
    ),
    StatutoryProvision(
        "cpsa_1995_s274",
        _("Restrictions on evidence about the complainer's sexual history"),
        _("Criminal Procedure (Scotland) Act 1995 ss.274-275"),
        in_force_on=date(2002, 11, 1),
        wording=_(
            "Evidence or questions about the complainer's sexual history or "
            "character are not allowed in a sexual offence trial unless the court "
            "grants an application under section 275 of the Criminal Procedure "
            "(Scotland) Act 1995."
        ),
        verify=True,
    ),
    StatutoryProvision(
        "cpsa_1995_s288c",
        _("The accused may not personally question the complainer"),
        _("Criminal Procedure (Scotland) Act 1995 s.288C"),
        in_force_on=None,
        wording=_(
            "In a sexual offence case the accused may not conduct the defence in "
            "person when the complainer gives evidence (section 288C of the "
            "Criminal Procedure (Scotland) Act 1995)."
        ),
        verify=True,
    ),
    StatutoryProvision(
        "vws_2014_s3b",
        _("The Victims' Code for Scotland"),
        _("Victims and Witnesses (Scotland) Act 2014 s.3B"),
        in_force_on=None,
        wording=_(
            "The Scottish Ministers must publish a Victims' Code for Scotland "
            "setting out victims' rights and how to complain when they are not met "
            "(section 3B of the Victims and Witnesses (Scotland) Act 2014)."
        ),
        verify=True,
    ),
    StatutoryProvision(
        "cjsa_2003_vns",
        _("Victim Notification Scheme"),
        _(
            "Criminal Justice (Scotland) Act 2003 ss.16-18; Scottish Government "
            "'Victim Notification Scheme: guidance for victims of crime'"
        ),
        in_force_on=None,
        wording=_(
            "If the sentence is 18 months or more in prison, she can join the "
            "Victim Notification Scheme: she is told of release, temporary release "
            "and escape, and can send written views before parole or home "
            "detention curfew is decided. VIA gives her the form. For a shorter "
            "sentence she can ask the Scottish Prison Service for the release "
            "date."
        ),
        last_checked=CHECKED,
        verify=True,
    ),
    StatutoryProvision(
        "fms_2021_self_referral",
        _("Forensic examination without reporting (self-referral)"),
        _("Forensic Medical Services (Victims of Sexual Offences) (Scotland) Act 2021"),
        in_force_on=date(2022, 4, 1),
        wording=_(
            "A person aged 16 or over can have a forensic medical examination at "
            "an NHS sexual assault response coordination service without reporting "
            "to the police first; the samples are stored in case she reports later."
        ),
        verify=True,
    ),
)

# The Victims' Code for Scotland groups its rights under headings rather than
# numbers; the numbers here are this pack's own, so a right can be cited.
CODE_RIGHTS = (
    CodeRight(1, _("To be treated with dignity, sensitivity and respect")),
    CodeRight(2, _("To understand and be understood (interpreting and translation)")),
    CodeRight(3, _("To information about your case, and about the justice system")),
    CodeRight(4, _("To take part in the case, and to have your views heard")),
    CodeRight(5, _("To protection and privacy, including special measures")),
    CodeRight(6, _("To be referred to services that support victims")),
    CodeRight(7, _("To ask for a review of a decision not to prosecute")),
    CodeRight(8, _("To make a victim statement")),
    CodeRight(9, _("To compensation and to expenses for attending court")),
    CodeRight(10, _("To information about the offender's release")),
    CodeRight(11, _("To make a complaint when your rights are not met")),
)

POLICE_FORCES = (PoliceForce("police_scotland", "Police Scotland"),)

CONSENT_SCOPES = (
    Choice("share_police", _("Share information with the police")),
    Choice("share_prosecutor", _("Share information with the procurator fiscal")),
    Choice(
        "share_via", _("Share information with Victim Information and Advice (VIA)")
    ),
    Choice(
        "share_witness_service",
        _("Share information with the Witness Service (Victim Support Scotland)"),
    ),
    *CONTACT_CONSENTS,
)

CLOSURE_REASONS = closure_reasons(EVENT_TYPES)

TERMS = Terms(
    police_officer=_("police officer dealing with the case"),
    prosecution_reference=_("COPFS case reference (PF reference)"),
    prosecutor=_("Crown Office and Procurator Fiscal Service"),
    prosecutor_short=_("the procurator fiscal"),
    listing_unit=_("Victim Information and Advice (VIA)"),
    listing_learned_on=_("date VIA learned of this diet"),
    listing_learned_on_help=_(
        "Used to see how soon the survivor was told of the diet after VIA knew."
    ),
    enhanced_rights=_("vulnerable witness"),
    enhanced_rights_help=_(
        "Tick if the survivor is a vulnerable witness (Criminal Procedure "
        "(Scotland) Act 1995 s.271). Complainers of sexual offences, human "
        "trafficking, domestic abuse and stalking are deemed vulnerable anyway."
    ),
    victims_code=_("the Victims' Code for Scotland"),
    # VIA tells witnesses of diets, but no fixed number of days is set for it
    # (VERIFY against the COPFS Standards of Service), so the form says nothing.
    listing_duty="",
)

# Scotland has no hung jury (a jury of 15 always returns a verdict by majority),
# so no verdict outcome is a hung jury; desertion pro loco et tempore plays that
# part through its own event.
MILESTONES = Milestones(
    reported="reported",
    charged="charged",
    charging_decisions=("prosecution_decision", "direct_measure"),
    first_hearing="petition_appearance",
    trial_started="trial_started",
    verdict="verdict",
    decisive_verdicts=("guilty", "not_guilty", "not_proven", "no_case_to_answer"),
    hung_jury="",
    retrial_decided="retrial_decided",
    retrial_ordered="retrial",
    retrial_refused="no_retrial",
    withdrawn="withdrawn",
    closing=("closed", "direct_measure"),
    reopened="reopened",
    waiting_stages=(
        "report",
        "investigation",
        "fiscal_decision",
        "court_before_trial",
        "trial",
        "new_prosecution",
    ),
    # A guilty plea (to all, some or a lesser charge) or a guilty verdict.
    convictions=(
        "plea:guilty",
        "plea:mixed",
        "plea:partial_accepted",
        "verdict:guilty",
    ),
)

PACK = RulesPack(
    key="scotland",
    name=_("Scotland"),
    stages=STAGES,
    event_types=EVENT_TYPES,
    hearing_types=HEARING_TYPES,
    special_measures=SPECIAL_MEASURES,
    eligibility_routes=ELIGIBILITY_ROUTES,
    offence_categories=OFFENCE_CATEGORIES,
    time_limits=TIME_LIMITS,
    code_rights=CODE_RIGHTS,
    police_forces=POLICE_FORCES,
    consent_scopes=CONSENT_SCOPES,
    closure_reasons=CLOSURE_REASONS,
    initial_stage="before_reporting",
    holiday_region="SCT",
    letter_wordings=LETTER_WORDINGS,
    statutory_provisions=STATUTORY_PROVISIONS,
    hearing_outcomes=HEARING_OUTCOMES,
    helplines=HELPLINES,
    time_zone="Europe/London",
    court_tiers=COURT_TIERS,
    courts_csv=COURTS_CSV,
    terms=TERMS,
    milestones=MILESTONES,
    explainers="rules.scotland.explainers",
    demo="rules.scotland.demo",
    letter_texts=LETTER_TEXTS,
    victim_contact_provision="cjsa_2003_vns",
    review_schemes=REVIEW_SCHEMES,
    # The Crown may appeal an unduly lenient sentence from any court: on
    # indictment (1995 Act s.108) and in summary cases (s.175(4)).
    sentence_review_tiers=frozenset(t.key for t in COURT_TIERS),
    sentence_types=SENTENCE_TYPES,
    # A complaint letter cites this once it is confirmed (it is VERIFY).
    complaint_provision="vws_2014_s3b",
)
