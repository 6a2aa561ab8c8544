"""The England & Wales rules pack: stages, events, hearings, measures and time limits.

Every time limit carries its source. Rows marked ``verify=True`` were not confirmed
against the current primary text (see shared DOMAIN notes) and show that to managers.
"""

from datetime import date

from django.utils.translation import gettext_lazy as _

from rules.base import (
    POLICY_YES,
    Choice,
    CodeRight,
    CourtTier,
    EligibilityRoute,
    EventType,
    ForcePolicy,
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

from . import COURTS_CSV
from .helplines import HELPLINES
from .letters import LETTER_TEXTS, LETTER_WORDINGS, REVIEW_SCHEMES, SENTENCE_TYPES

STAGES = (
    Stage("before_reporting", _("Before reporting"), _("Thinking about reporting"), 0),
    Stage("report", _("Reported to police"), _("Telling the police"), 1),
    Stage("investigation", _("Investigation"), _("The police investigate"), 2),
    Stage("charging_decision", _("Charging decision"), _("Deciding on a charge"), 3),
    Stage(
        "nfa_review",
        _("No further action and review"),
        _("No charge, and asking for a review"),
        4,
        side_route=True,
    ),
    Stage("hearings", _("Court hearings before trial"), _("Going to court"), 5),
    Stage("trial", _("Trial"), _("The trial"), 6),
    Stage("verdict", _("Verdict"), _("The verdict"), 7),
    Stage("retrial", _("Retrial"), _("A new trial"), 8),
    Stage("sentence", _("Sentence"), _("Sentencing"), 9),
    Stage("after_sentence", _("After sentence"), _("After the sentence"), 10),
    *pause_stages(11),
)

_ALL = frozenset(s.key for s in STAGES)
_POLICE = frozenset({"report", "investigation"})

EVENT_TYPES = (
    EventType(
        "reported",
        _("Reported to police"),
        frozenset({"before_reporting"}),
        to_stage="report",
        can_start=True,
    ),
    EventType("abe_interview", _("ABE video interview"), _POLICE, "investigation"),
    EventType(
        "suspect_arrested",
        _("Suspect arrested"),
        _POLICE,
        "investigation",
        asks_when_told=True,
    ),
    EventType(
        "interviewed_under_caution",
        _("Suspect interviewed under caution"),
        _POLICE,
        "investigation",
        asks_when_told=True,
    ),
    EventType(
        "released_under_investigation",
        _("Suspect released under investigation"),
        frozenset({"investigation"}),
        asks_when_told=True,
    ),
    EventType(
        "bailed",
        _("Suspect on pre-charge bail"),
        frozenset({"investigation"}),
        asks_when_told=True,
    ),
    EventType(
        "bail_extended",
        _("Pre-charge bail extended"),
        frozenset({"investigation"}),
        asks_when_told=True,
        outcomes=(
            Outcome("six_months", _("Extended to 6 months")),
            Outcome("nine_months", _("Extended to 9 months")),
            Outcome("by_court", _("Extended by a court")),
        ),
        outcome_label=_("Extension"),
    ),
    EventType(
        "file_to_cps",
        _("File passed to CPS"),
        frozenset({"investigation"}),
        "charging_decision",
    ),
    EventType(
        "further_investigation",
        _("CPS asked for more investigation"),
        frozenset({"charging_decision"}),
        "investigation",
    ),
    EventType(
        "charged",
        _("Charged"),
        frozenset({"investigation", "charging_decision"}),
        "hearings",
        asks_when_told=True,
    ),
    EventType(
        "no_further_action",
        _("No further action (NFA)"),
        frozenset({"report", "investigation", "charging_decision"}),
        "nfa_review",
        asks_when_told=True,
        outcomes=(
            Outcome("police", _("Police decision")),
            Outcome("cps", _("CPS decision")),
        ),
        outcome_label=_("Decision made by"),
    ),
    EventType(
        "out_of_court_disposal",
        _("Out-of-court disposal"),
        frozenset({"investigation", "charging_decision"}),
        "closed",
        asks_when_told=True,
    ),
    EventType(
        "review_requested",
        _("Victims' Right to Review requested"),
        frozenset({"nfa_review"}),
        outcomes=(
            Outcome("police", _("Police scheme")),
            Outcome("cps", _("CPS scheme")),
        ),
        outcome_label=_("Review scheme"),
    ),
    EventType(
        "review_outcome",
        _("Review outcome"),
        frozenset({"nfa_review"}),
        asks_when_told=True,
        outcomes=(
            Outcome("upheld", _("Decision upheld: no further action")),
            Outcome("overturned", _("Decision overturned"), "charging_decision"),
            Outcome(
                "further_investigation",
                _("Sent back for more investigation"),
                "investigation",
            ),
        ),
        outcome_label=_("Outcome"),
    ),
    EventType(
        "first_hearing",
        _("First hearing (magistrates' court)"),
        frozenset({"hearings"}),
        hearing_related=True,
    ),
    EventType(
        "sent_to_crown_court",
        _("Sent to the Crown Court"),
        frozenset({"hearings"}),
        hearing_related=True,
    ),
    EventType(
        "plea",
        _("Plea entered"),
        frozenset({"hearings", "retrial"}),
        asks_when_told=True,
        hearing_related=True,
        outcomes=(
            Outcome("guilty", _("Guilty"), "sentence"),
            Outcome("not_guilty", _("Not guilty")),
            Outcome("mixed", _("Guilty to some charges, not guilty to others")),
        ),
        outcome_label=_("Plea"),
    ),
    EventType(
        "trial_started",
        _("Trial started"),
        frozenset({"hearings", "retrial"}),
        "trial",
        hearing_related=True,
    ),
    EventType(
        "verdict",
        _("Verdict"),
        frozenset({"trial"}),
        asks_when_told=True,
        hearing_related=True,
        outcomes=(
            Outcome("guilty", _("Guilty"), "sentence"),
            Outcome("not_guilty", _("Not guilty"), "verdict"),
            Outcome(
                "hung_jury",
                _("Jury discharged without a verdict (hung jury)"),
                "retrial",
            ),
            Outcome("no_case_to_answer", _("No case to answer"), "verdict"),
        ),
        outcome_label=_("Verdict"),
    ),
    EventType(
        "retrial_decided",
        _("Retrial decision"),
        frozenset({"retrial"}),
        asks_when_told=True,
        outcomes=(
            Outcome("retrial", _("The CPS will seek a retrial")),
            Outcome("no_retrial", _("No retrial: the prosecution ends"), "verdict"),
        ),
        outcome_label=_("Decision"),
    ),
    EventType(
        "retrial_ordered_on_appeal",
        _("Retrial ordered on appeal"),
        frozenset({"after_sentence"}),
        "retrial",
        asks_when_told=True,
    ),
    EventType(
        "victim_personal_statement",
        _("Victim Personal Statement made"),
        frozenset({"investigation", "charging_decision", "hearings", "trial"})
        | frozenset({"retrial", "verdict", "sentence"}),
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
        "appeal_lodged",
        _("Defendant's appeal lodged"),
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
        "appeal_decided",
        _("Appeal decided"),
        frozenset({"after_sentence"}),
        asks_when_told=True,
        outcomes=(
            Outcome("dismissed", _("Appeal dismissed")),
            Outcome("sentence_changed", _("Sentence changed")),
            Outcome("conviction_quashed", _("Conviction quashed"), "verdict"),
        ),
        outcome_label=_("Outcome"),
    ),
    EventType(
        "unduly_lenient_request",
        _("Unduly lenient sentence request made"),
        frozenset({"after_sentence"}),
    ),
    *support_events(
        _ALL,
        (
            Outcome("no_further_action", _("No further action")),
            Outcome("out_of_court_disposal", _("Out-of-court disposal")),
        ),
    ),
)

# The two levels of criminal court; a combined court centre sits as both.
COURT_TIERS = (
    CourtTier("crown", _("Crown Court")),
    CourtTier("magistrates", _("Magistrates' court")),
)
CROWN_ONLY = frozenset({"crown"})

HEARING_TYPES = (
    HearingType("first_appearance", _("First appearance")),
    HearingType("bail", _("Bail hearing")),
    HearingType("sending", _("Sending to the Crown Court")),
    HearingType("ptph", _("Plea and Trial Preparation Hearing (PTPH)"), CROWN_ONLY),
    HearingType("mention", _("Further case management / mention")),
    HearingType("ground_rules", _("Ground rules hearing")),
    HearingType("section_28", _("Section 28 recorded cross-examination"), CROWN_ONLY),
    HearingType("trial", _("Trial"), is_trial=True),
    HearingType("retrial", _("Retrial"), is_trial=True),
    HearingType("sentence", _("Sentencing")),
    HearingType("appeal", _("Appeal")),
    HearingType("other", _("Other hearing")),
)

# What can happen at a hearing, and the timeline event each means, so recording
# the outcome moves the stage in the same step.
HEARING_OUTCOMES = (
    HearingOutcome("first_hearing_held", _("First hearing held"), "first_hearing"),
    HearingOutcome(
        "sent_to_crown_court", _("Sent to the Crown Court"), "sent_to_crown_court"
    ),
    HearingOutcome("plea_guilty", _("Plea: guilty"), "plea", "guilty"),
    HearingOutcome("plea_not_guilty", _("Plea: not guilty"), "plea", "not_guilty"),
    HearingOutcome(
        "plea_mixed",
        _("Plea: guilty to some charges, not guilty to others"),
        "plea",
        "mixed",
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
        "hung_jury",
        _("Trial: jury discharged without a verdict (hung jury)"),
        "verdict",
        "hung_jury",
        prerequisite="trial_started",
    ),
    HearingOutcome(
        "no_case_to_answer",
        _("Trial: no case to answer"),
        "verdict",
        "no_case_to_answer",
        prerequisite="trial_started",
    ),
    HearingOutcome("sentenced", _("Sentenced"), "sentenced"),
    HearingOutcome("other", _("Something else (say what below)")),
)

SPECIAL_MEASURES = (
    SpecialMeasure(
        "screens",
        "s.23",
        _("Screens"),
        _("A screen so you do not see the defendant."),
    ),
    SpecialMeasure(
        "live_link",
        "s.24",
        _("Live link"),
        _("You give evidence by video from a separate room."),
    ),
    SpecialMeasure(
        "evidence_in_private",
        "s.25",
        _("Evidence in private"),
        _("The public gallery is cleared while you give evidence."),
    ),
    SpecialMeasure(
        "wigs_and_gowns",
        "s.26",
        _("Removal of wigs and gowns"),
        _("The judge and lawyers take off their wigs and gowns."),
    ),
    SpecialMeasure(
        "video_evidence_in_chief",
        "s.27",
        _("Video-recorded evidence in chief"),
        _("Your recorded police interview is played as your main evidence."),
    ),
    SpecialMeasure(
        "pre_recorded_cross_examination",
        "s.28",
        _("Pre-recorded cross-examination"),
        _("Your cross-examination is recorded before the trial."),
        tiers=CROWN_ONLY,
    ),
    SpecialMeasure(
        "intermediary",
        "s.29",
        _("Examination through an intermediary"),
        _("A communication specialist helps you understand and be understood."),
        s16_only=True,
    ),
    SpecialMeasure(
        "communication_aids",
        "s.30",
        _("Aids to communication"),
        _("Tools such as a communication board help you give evidence."),
        s16_only=True,
    ),
)

# YJCEA 1999 ss.16-18, as amended by the Modern Slavery Act 2015 s.46 and the
# Domestic Abuse Act 2021 s.62 (checked against legislation.gov.uk, see
# docs/letters.md). The offence category decides the automatic route; s.16 (age
# under 18, or disorder or disability) can apply to anyone and is the only route
# to an intermediary (s.29) and aids to communication (s.30): s.18(1).
ELIGIBILITY_ROUTES = (
    EligibilityRoute(
        "s17_4",
        "s.17(4) and (4A)(a)",
        _("Complainant of a sexual offence (automatic)"),
        automatic=True,
        offence_flag="sexual_offence",
    ),
    EligibilityRoute(
        "s17_4_slavery",
        "s.17(4) and (4A)(b)",
        _(
            "Complainant of an offence under s.1 or 2 of the Modern Slavery Act "
            "2015 (automatic)"
        ),
        automatic=True,
        offence_flag="modern_slavery",
    ),
    EligibilityRoute(
        "s17_4A",
        "s.17(4) and (4A)(c)",
        _(
            "Complainant of an offence where the behaviour of the accused is alleged "
            "to amount to domestic abuse (automatic)"
        ),
        automatic=True,
        offence_flag="domestic_abuse",
    ),
    EligibilityRoute(
        "s17_fear",
        "s.17(1)-(2)",
        _("Fear or distress about testifying"),
        fallback=True,
    ),
    EligibilityRoute(
        "s16",
        "s.16",
        _("Under 18, or evidence affected by a disorder or disability"),
        all_measures=True,
    ),
)

S16_GROUNDS = (
    Choice("under_18", _("Under 18 at the time of the hearing – s.16(1)(a)")),
    Choice(
        "mental_disorder",
        _("Mental disorder (Mental Health Act 1983) – s.16(1)(b), (2)(a)(i)"),
    ),
    Choice(
        "impairment",
        _(
            "Significant impairment of intelligence and social functioning – "
            "s.16(1)(b), (2)(a)(ii)"
        ),
    ),
    Choice(
        "physical",
        _("Physical disability or physical disorder – s.16(1)(b), (2)(b)"),
    ),
)

OFFENCE_CATEGORIES = (
    OffenceCategory("rape", _("Rape"), sexual_offence=True, enhanced_rights=True),
    OffenceCategory(
        "assault_by_penetration",
        _("Assault by penetration"),
        sexual_offence=True,
        enhanced_rights=True,
    ),
    OffenceCategory(
        "sexual_assault",
        _("Sexual assault"),
        sexual_offence=True,
        enhanced_rights=True,
    ),
    OffenceCategory(
        "other_sexual",
        _("Other sexual offence"),
        sexual_offence=True,
        enhanced_rights=True,
    ),
    OffenceCategory(
        "trafficking_exploitation",
        _("Trafficking or exploitation (modern slavery)"),
        modern_slavery=True,
        enhanced_rights=True,
    ),
    OffenceCategory(
        "domestic_abuse",
        _("Domestic abuse"),
        domestic_abuse=True,
        enhanced_rights=True,
    ),
    OffenceCategory("stalking_harassment", _("Stalking or harassment")),
    OffenceCategory("physical_assault", _("Physical assault")),
    OffenceCategory("robbery_theft", _("Robbery or theft")),
    OffenceCategory("other", _("Other offence")),
)

_CHECKED = date(2026, 11, 21)
# A later guilty plea or the end of the prosecution makes the application moot.
_SM_ENDED_BY = "plea:guilty,verdict,retrial_decided:no_retrial,closed"
_PRE_CHARGE_ENDS = (
    "charged,no_further_action,released_under_investigation,out_of_court_disposal"
)
_BAIL_NOTE = _(
    "Bail time runs from the day after the arrest, not from the day bail was "
    "granted, so the period ends on the same date as the arrest, months later. "
    "Without a recorded arrest it is counted from the bail date."
)
_CRIMPR_NOTE = _(
    "Figure carried over from the Criminal Procedure Rules 2015 r.18.3 (28 days "
    "after a not-guilty plea in a magistrates' court, 14 in the Crown Court). The "
    "Criminal Procedure Rules 2025 replaced the 2020 Rules on 6 October 2025; the "
    "figure and the rule number (r.18.4) are not yet confirmed against them. "
    "legislation.gov.uk's contents of the 2020 Rules (as at 8 February 2021) list "
    "r.18.3 as 'Making an application for a direction or order' and r.18.4 as "
    "'Decisions and reasons': check both before relying on them."
)
_CRIMPR_SOURCE = _(
    "Criminal Procedure Rules 2025 (in force 6 October 2025) r.18.4; formerly "
    "CrimPR 2020 Part 18, CrimPR 2015 r.18.3"
)
# Letters cite only what is certain until the row is confirmed.
_CRIMPR_CITATION = _("Part 18 of the Criminal Procedure Rules 2025")

TIME_LIMITS = (
    TimeLimitRule(
        "special_measures_magistrates",
        _("Special measures application (magistrates' court)"),
        _("after a not-guilty plea in the magistrates' court"),
        28,
        "calendar_days",
        _CRIMPR_SOURCE,
        last_checked=None,
        verify=True,
        note=_CRIMPR_NOTE,
        citation=_CRIMPR_CITATION,
        basis_event="plea",
        # A mixed plea still means a trial, so the survivor may give evidence.
        basis_outcome="not_guilty,mixed",
        applies_to="magistrates",
        ended_by=_SM_ENDED_BY,
    ),
    TimeLimitRule(
        "special_measures_crown",
        _("Special measures application (Crown Court)"),
        _("after a not-guilty plea in the Crown Court"),
        14,
        "calendar_days",
        _CRIMPR_SOURCE,
        last_checked=None,
        verify=True,
        note=_CRIMPR_NOTE,
        citation=_CRIMPR_CITATION,
        basis_event="plea",
        # A mixed plea still means a trial, so the survivor may give evidence.
        basis_outcome="not_guilty,mixed",
        applies_to="crown",
        ended_by=_SM_ENDED_BY,
    ),
    TimeLimitRule(
        "vrr_police",
        _("Victims' Right to Review request (police scheme)"),
        _("from being told of the police decision not to charge"),
        3,
        "months",
        _("Police Victims' Right to Review scheme"),
        last_checked=None,
        verify=True,
        citation=_("the police Victims' Right to Review scheme"),
        basis_event="no_further_action",
        basis_outcome="police",
        counts_from_told=True,
        met_by="review_requested:police",
        ended_by="review_outcome",
    ),
    TimeLimitRule(
        "vrr_cps_prompt",
        _("Victims' Right to Review request (CPS scheme, prompt review)"),
        _("from being told of the CPS decision"),
        10,
        "working_days",
        _("CPS Victims' Right to Review guidance"),
        last_checked=None,
        verify=True,
        citation=_("the CPS Victims' Right to Review guidance"),
        basis_event="no_further_action",
        basis_outcome="cps",
        counts_from_told=True,
        met_by="review_requested:cps",
        ended_by="review_outcome",
    ),
    TimeLimitRule(
        "vrr_cps_latest",
        _("Victims' Right to Review request (CPS scheme, latest)"),
        _("from being told of the CPS decision; later only in exceptional cases"),
        3,
        "months",
        _("CPS Victims' Right to Review guidance"),
        last_checked=None,
        verify=True,
        citation=_("the CPS Victims' Right to Review guidance"),
        basis_event="no_further_action",
        basis_outcome="cps",
        counts_from_told=True,
        met_by="review_requested:cps",
        ended_by="review_outcome",
    ),
    TimeLimitRule(
        "unduly_lenient_sentence",
        _("Unduly lenient sentence referral"),
        _(
            "from the date of sentence; ends at 5pm on the last working day within "
            "the 28 days; no extension"
        ),
        28,
        "calendar_days",
        _(
            "Criminal Justice Act 1988 s.36 and Sch. 3 para. 1; gov.uk 'Complain "
            "about a low Crown Court sentence'"
        ),
        last_checked=_CHECKED,
        note=_(
            "If the 28th day is a weekend or bank holiday, the request must reach "
            "the Attorney General's Office by 5pm on the working day before."
        ),
        citation=_(
            "section 36 of, and paragraph 1 of Schedule 3 to, the Criminal Justice "
            "Act 1988"
        ),
        basis_event="sentenced",
        met_by="unduly_lenient_request",
        ends_on_working_day=True,
        ends_at="17:00",
    ),
    TimeLimitRule(
        "defendant_appeal_notice",
        _("Defendant's notice of appeal against sentence"),
        _("from sentence"),
        28,
        "calendar_days",
        _("Criminal Appeal Act 1968 s.18(2); Criminal Procedure Rules Part 39"),
        last_checked=_CHECKED,
        basis_event="sentenced",
        met_by="appeal_lodged:sentence,appeal_lodged:both",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "defendant_appeal_notice_conviction",
        _("Defendant's notice of appeal against conviction"),
        _("from conviction (a guilty plea or verdict), not from sentence"),
        28,
        "calendar_days",
        _("Criminal Appeal Act 1968 s.18(2); Criminal Procedure Rules Part 39"),
        last_checked=_CHECKED,
        note=_(
            "The Court of Appeal may extend the time (s.18(3)), so a late appeal "
            "is still possible."
        ),
        basis_event="plea,verdict",
        basis_outcome="guilty,mixed",
        met_by="appeal_lodged:conviction,appeal_lodged:both",
        follow_up_missed=False,
    ),
    TimeLimitRule(
        "retrial_arraignment",
        _("Arraignment on a retrial ordered on appeal"),
        _("from the Court of Appeal's order; later only with its leave"),
        2,
        "months",
        _("Criminal Appeal Act 1968 s.8(1)"),
        last_checked=_CHECKED,
        basis_event="retrial_ordered_on_appeal",
        met_by="plea",
        ended_by="closed",
    ),
    TimeLimitRule(
        "pre_charge_bail_initial",
        _("Pre-charge bail review (initial period)"),
        _("3 months beginning with the day after the arrest"),
        3,
        "months",
        _(
            "Police and Criminal Evidence Act 1984 s.47ZB, as amended by the "
            "Police, Crime, Sentencing and Courts Act 2022 s.45 and Sch. 4"
        ),
        last_checked=_CHECKED,
        note=_BAIL_NOTE,
        basis_event="bailed",
        counts_from_event="suspect_arrested",
        ended_by="bail_extended," + _PRE_CHARGE_ENDS,
    ),
    TimeLimitRule(
        "pre_charge_bail_six_months",
        _("Pre-charge bail review (first extension)"),
        _("6 months beginning with the day after the arrest"),
        6,
        "months",
        _("Police and Criminal Evidence Act 1984 s.47ZD, as amended in 2022"),
        last_checked=_CHECKED,
        note=_BAIL_NOTE,
        basis_event="bail_extended",
        basis_outcome="six_months",
        counts_from_event="suspect_arrested,bailed",
        ended_by="bail_extended:nine_months,bail_extended:by_court," + _PRE_CHARGE_ENDS,
    ),
    TimeLimitRule(
        "pre_charge_bail_nine_months",
        _("Pre-charge bail review (second extension)"),
        _("9 months beginning with the day after the arrest"),
        9,
        "months",
        _(
            "Police and Criminal Evidence Act 1984 s.47ZDA, inserted by the "
            "Police, Crime, Sentencing and Courts Act 2022 Sch. 4"
        ),
        last_checked=_CHECKED,
        note=_BAIL_NOTE,
        basis_event="bail_extended",
        basis_outcome="nine_months",
        counts_from_event="suspect_arrested,bailed",
        ended_by="bail_extended:by_court," + _PRE_CHARGE_ENDS,
    ),
    TimeLimitRule(
        "code_referral_to_support",
        _("Victims' Code: referral to support services (Right 4)"),
        _("from reporting"),
        2,
        "working_days",
        _("Code of Practice for Victims of Crime 2020, para. 4.5"),
        last_checked=None,
        verify=True,
        basis_event="reported",
        applies_to="standard,enhanced",
        code_right=4,
        # A referral recorded at any point (even before the report) meets it.
        met_by="referred_to_support",
        shown_as_deadline=True,
    ),
    TimeLimitRule(
        "code_investigation_update_standard",
        _("Victims' Code: told of arrest, interview, release or bail (Right 6)"),
        _("from the police decision"),
        5,
        "working_days",
        _("Code of Practice for Victims of Crime 2020, Right 6"),
        last_checked=None,
        verify=True,
        basis_event="suspect_arrested,interviewed_under_caution,"
        "released_under_investigation,bailed,bail_extended",
        applies_to="standard",
        code_right=6,
    ),
    TimeLimitRule(
        "code_investigation_update_enhanced",
        _("Victims' Code: told of arrest, interview, release or bail (Right 6)"),
        _("from the police decision"),
        1,
        "working_days",
        _("Code of Practice for Victims of Crime 2020, Right 6 (enhanced rights)"),
        last_checked=None,
        verify=True,
        basis_event="suspect_arrested,interviewed_under_caution,"
        "released_under_investigation,bailed,bail_extended",
        applies_to="enhanced",
        code_right=6,
    ),
    TimeLimitRule(
        "code_charge_decision_standard",
        _("Victims' Code: told of a charging decision (Right 6)"),
        _("from the decision"),
        5,
        "working_days",
        _("Code of Practice for Victims of Crime 2020, Right 6"),
        last_checked=None,
        verify=True,
        basis_event="charged,no_further_action,out_of_court_disposal,review_outcome",
        applies_to="standard",
        code_right=6,
    ),
    TimeLimitRule(
        "code_charge_decision_enhanced",
        _("Victims' Code: told of a charging decision (Right 6)"),
        _("from the decision"),
        1,
        "working_days",
        _("Code of Practice for Victims of Crime 2020, Right 6 (enhanced rights)"),
        last_checked=None,
        verify=True,
        basis_event="charged,no_further_action,out_of_court_disposal,review_outcome",
        applies_to="enhanced",
        code_right=6,
    ),
    # The key keeps "enhanced" so stored rows stay linked; the duty is owed to all
    # victims who are witnesses, whatever their level of rights.
    TimeLimitRule(
        "code_hearing_date_enhanced",
        _("Victims' Code: told of a hearing date (Right 8)"),
        _("from the Witness Care Unit hearing of it"),
        1,
        "working_days",
        _(
            "Code of Practice for Victims of Crime 2020, Right 8 (para. 8.1: all "
            "victims, not only those with enhanced rights)"
        ),
        last_checked=_CHECKED,
        basis_event="hearing_listed",
        applies_to="standard,enhanced",
        code_right=8,
        shown_as_deadline=True,
    ),
    TimeLimitRule(
        "code_outcome_enhanced",
        _("Victims' Code: told of the outcome and sentence (Right 9)"),
        _("from the Witness Care Unit receiving it from the court"),
        1,
        "working_days",
        _(
            "Code of Practice for Victims of Crime 2020, Right 9 (para. 9.1: all "
            "victims, not only those with enhanced rights)"
        ),
        last_checked=_CHECKED,
        basis_event="plea,verdict,retrial_decided,sentenced,appeal_decided",
        # Key kept for stored rows; the duty is owed to all victims.
        applies_to="standard,enhanced",
        code_right=9,
    ),
)

STATUTORY_PROVISIONS = (
    StatutoryProvision(
        "vpa_2024_s5",
        _("Duty to provide services in accordance with the Victims' Code"),
        _("Victims and Prisoners Act 2024 s.5"),
        in_force_on=date(2025, 1, 29),
        wording=_(
            "Since 29 January 2025, section 5 of the Victims and Prisoners Act "
            "2024 requires the bodies named in the Victims' Code to provide their "
            "services in accordance with it, unless there is a good reason not to."
        ),
        last_checked=_CHECKED,
    ),
    StatutoryProvision(
        "dvcva_2004_s35",
        _("Victim Contact Scheme"),
        _("Domestic Violence, Crime and Victims Act 2004 ss.35–45"),
        in_force_on=date(2005, 4, 1),
        wording=_(
            "If the sentence is 12 months or more for a sexual or violent offence, "
            "she can join the Victim Contact Scheme: the Probation Service tells her "
            "about release and can ask for conditions to protect her. Check that "
            "probation has been in touch, and refer her if not."
        ),
        last_checked=_CHECKED,
    ),
)

CODE_RIGHTS = (
    CodeRight(1, _("To be able to understand and to be understood")),
    CodeRight(
        2, _("To have the details of the crime recorded without unjustified delay")
    ),
    CodeRight(3, _("To be provided with information when reporting the crime")),
    CodeRight(4, _("To be referred to services that support victims")),
    CodeRight(5, _("To be provided with information about compensation")),
    CodeRight(
        6, _("To be provided with information about the investigation and prosecution")
    ),
    CodeRight(7, _("To make a Victim Personal Statement")),
    CodeRight(
        8, _("To be given information about the trial and your role as a witness")
    ),
    CodeRight(
        9, _("To be given information about the outcome of the case and any appeal")
    ),
    CodeRight(10, _("To be paid expenses and have property returned")),
    CodeRight(
        11, _("To be given information about the offender following a conviction")
    ),
    CodeRight(12, _("To make a complaint about your rights not being met")),
)

# Published policies towards sex workers who report a crime. Every force is
# "unknown" until a row names the force's own publication; a row taken from
# research or press reports rather than the force's current policy is
# verify=True, like the unconfirmed time limits above.
FORCE_POLICIES: dict[str, dict[str, ForcePolicy]] = {
    "merseyside": {
        "hate_crime": ForcePolicy(
            POLICY_YES,
            source=_(
                "Merseyside Police, from 2006: crimes against sex workers treated "
                "as hate crime. Reported in research on the Merseyside approach "
                "(Campbell, Durham University) and by National Ugly Mugs."
            ),
            last_checked=None,
            verify=True,
            note=_("Not yet confirmed against the force's current published policy."),
        ),
    },
}

POLICE_FORCES = tuple(
    PoliceForce(key, label, **FORCE_POLICIES.get(key, {}))
    for key, label in (
        ("avon_somerset", "Avon and Somerset Constabulary"),
        ("bedfordshire", "Bedfordshire Police"),
        ("cambridgeshire", "Cambridgeshire Constabulary"),
        ("cheshire", "Cheshire Constabulary"),
        ("city_of_london", "City of London Police"),
        ("cleveland", "Cleveland Police"),
        ("cumbria", "Cumbria Constabulary"),
        ("derbyshire", "Derbyshire Constabulary"),
        ("devon_cornwall", "Devon and Cornwall Police"),
        ("dorset", "Dorset Police"),
        ("durham", "Durham Constabulary"),
        ("dyfed_powys", "Dyfed-Powys Police"),
        ("essex", "Essex Police"),
        ("gloucestershire", "Gloucestershire Constabulary"),
        ("greater_manchester", "Greater Manchester Police"),
        ("gwent", "Gwent Police"),
        ("hampshire", "Hampshire and Isle of Wight Constabulary"),
        ("hertfordshire", "Hertfordshire Constabulary"),
        ("humberside", "Humberside Police"),
        ("kent", "Kent Police"),
        ("lancashire", "Lancashire Constabulary"),
        ("leicestershire", "Leicestershire Police"),
        ("lincolnshire", "Lincolnshire Police"),
        ("merseyside", "Merseyside Police"),
        ("metropolitan", "Metropolitan Police Service"),
        ("norfolk", "Norfolk Constabulary"),
        ("north_wales", "North Wales Police"),
        ("north_yorkshire", "North Yorkshire Police"),
        ("northamptonshire", "Northamptonshire Police"),
        ("northumbria", "Northumbria Police"),
        ("nottinghamshire", "Nottinghamshire Police"),
        ("south_wales", "South Wales Police"),
        ("south_yorkshire", "South Yorkshire Police"),
        ("staffordshire", "Staffordshire Police"),
        ("suffolk", "Suffolk Constabulary"),
        ("surrey", "Surrey Police"),
        ("sussex", "Sussex Police"),
        ("thames_valley", "Thames Valley Police"),
        ("warwickshire", "Warwickshire Police"),
        ("west_mercia", "West Mercia Police"),
        ("west_midlands", "West Midlands Police"),
        ("west_yorkshire", "West Yorkshire Police"),
        ("wiltshire", "Wiltshire Police"),
        ("british_transport", "British Transport Police"),
    )
)

CONSENT_SCOPES = (
    Choice("share_police", _("Share information with the police")),
    Choice("share_cps", _("Share information with the CPS")),
    Choice("share_wcu", _("Share information with the Witness Care Unit")),
    Choice("share_witness_service", _("Share information with the Witness Service")),
    *CONTACT_CONSENTS,
)

CLOSURE_REASONS = closure_reasons(EVENT_TYPES)

TERMS = Terms(
    prosecution_reference=_("CPS URN"),
    prosecutor=_("Crown Prosecution Service"),
    prosecutor_short=_("the CPS"),
    listing_unit=_("Witness Care Unit"),
    listing_learned_on=_("date the Witness Care Unit learned of this listing"),
    listing_learned_on_help=_(
        "The Victims' Code clock for this listing (Right 8) runs from this day."
    ),
    enhanced_rights=_("enhanced Victims' Code rights"),
    enhanced_rights_help=_(
        "Tick if the survivor is vulnerable, intimidated or persistently "
        "targeted. Victims of sexual offences, domestic abuse and modern "
        "slavery have enhanced rights anyway."
    ),
    victims_code=_("the Victims' Code"),
    listing_duty=_(
        "The Witness Care Unit must tell the survivor of a hearing date within 1 "
        "working day of learning of it (Victims' Code, Right 8, for every victim)."
    ),
)

MILESTONES = Milestones(
    reported="reported",
    charged="charged",
    charging_decisions=("charged", "no_further_action", "out_of_court_disposal"),
    first_hearing="first_hearing",
    trial_started="trial_started",
    verdict="verdict",
    decisive_verdicts=("guilty", "not_guilty", "no_case_to_answer"),
    hung_jury="hung_jury",
    retrial_decided="retrial_decided",
    retrial_ordered="retrial",
    retrial_refused="no_retrial",
    withdrawn="withdrawn",
    closing=("closed", "out_of_court_disposal"),
    reopened="reopened",
    waiting_stages=(
        "report",
        "investigation",
        "charging_decision",
        "hearings",
        "trial",
        "retrial",
    ),
    # A guilty plea (to all or some charges) or a guilty verdict.
    convictions=("plea:guilty", "plea:mixed", "verdict:guilty"),
)

PACK = RulesPack(
    key="england_wales",
    name=_("England and Wales"),
    stages=STAGES,
    event_types=EVENT_TYPES,
    hearing_types=HEARING_TYPES,
    special_measures=SPECIAL_MEASURES,
    eligibility_routes=ELIGIBILITY_ROUTES,
    s16_grounds=S16_GROUNDS,
    offence_categories=OFFENCE_CATEGORIES,
    time_limits=TIME_LIMITS,
    code_rights=CODE_RIGHTS,
    police_forces=POLICE_FORCES,
    consent_scopes=CONSENT_SCOPES,
    closure_reasons=CLOSURE_REASONS,
    initial_stage="before_reporting",
    holiday_region="ENG",
    letter_wordings=LETTER_WORDINGS,
    statutory_provisions=STATUTORY_PROVISIONS,
    hearing_outcomes=HEARING_OUTCOMES,
    helplines=HELPLINES,
    time_zone="Europe/London",
    court_tiers=COURT_TIERS,
    courts_csv=COURTS_CSV,
    terms=TERMS,
    milestones=MILESTONES,
    explainers="rules.england_wales.explainers",
    demo="rules.england_wales.demo",
    letter_texts=LETTER_TEXTS,
    victim_contact_provision="dvcva_2004_s35",
    review_schemes=REVIEW_SCHEMES,
    # The Attorney General's referral covers Crown Court sentences only.
    sentence_review_tiers=frozenset({"crown"}),
    sentence_types=SENTENCE_TYPES,
    complaint_provision="vpa_2024_s5",
)
