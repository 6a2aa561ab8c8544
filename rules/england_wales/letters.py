"""Default wording of the England & Wales letters.

Only the adaptable words live here: recipient, subject, opening and closing. The
facts (references, measures, dates and their legal sources) are laid out by the
documents app, whose letter kinds (documents/kinds.py) carry each letter's label;
this pack only supplies the default words, keyed by the kind. Placeholders in
braces, such as ``{survivor_name}``, are filled by a small safe substitution; a
service may adapt this wording in the admin.
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from rules.base import Choice, LetterWording, ReviewScheme
from rules.common import COMPLAINT_ASKS, REVIEW_REQUEST_CLOSING, letter_of_authority

LETTER_WORDINGS = (
    LetterWording(
        key="special_measures",
        recipient="{addressees}",
        salutation=_("Dear Sir or Madam"),
        subject=_("Request for special measures for {survivor_name}"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the complainant "
            "in this case. I write with {their} consent to set out the special "
            "measures {survivor_name} wants when giving evidence, in {their} own "
            "words, so that an application can be made to the court in good time."
        ),
        closing=_(
            "Please confirm in writing that you have received this request, when "
            "the application is made, and the court's decision on each measure. "
            "If a measure is not applied for, please tell us why, so that "
            "{survivor_name} can be told before the trial.\n\n"
            "Thank you for your help. Please contact me if you need anything "
            "further."
        ),
    ),
    LetterWording(
        key="pre_trial_visit",
        label=_("Pre-trial visit and special measures meeting request"),
        recipient=_("Witness Care Unit\n{police_force}"),
        salutation=_("Dear Sir or Madam"),
        subject=_(
            "Pre-trial court visit and special measures meeting for {survivor_name}"
        ),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, a prosecution "
            "witness in this case. I write with {their} consent to ask for a "
            "pre-trial visit to the court and a special measures meeting with the "
            "prosecutor before {survivor_name} gives evidence."
        ),
        closing=_(
            "Please let me know the dates offered, so that I can attend with "
            "{survivor_name}. Please send any information about the case to me as "
            "well as to {them}, under the letter of authority that we hold.\n\n"
            "Thank you for your help."
        ),
    ),
    LetterWording(
        key="vrr_request",
        label=_("Request to review a decision not to charge"),
        recipient=_("Victims' Right to Review\n{review_body}"),
        salutation=_("Dear Sir or Madam"),
        subject=_("Request for a review of the decision not to charge"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the victim in "
            "this case. On {their} behalf, and with {their} consent, I ask for a "
            "review under the {review_scheme} of the decision made on "
            "{decision_date} to take no further action."
        ),
        closing=REVIEW_REQUEST_CLOSING,
    ),
    LetterWording(
        key="unduly_lenient",
        label=_("Unduly lenient sentence request"),
        recipient=_(
            "Attorney General's Office\nUnduly Lenient Sentences\n102 Petty France\n"
            "London\nSW1H 9EA"
        ),
        salutation=_("Dear Sir or Madam"),
        subject=_("Request to review a sentence as unduly lenient"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the victim in "
            "this case. On {their} behalf, and with {their} consent, I ask the "
            "Attorney General to consider referring the sentence below to the "
            "Court of Appeal as unduly lenient."
        ),
        closing=_(
            "Please confirm that you have received this request and tell us the "
            "outcome of your consideration. We understand that a referral must be "
            "made by {last_day} and cannot be made after that date.\n\n"
            "Thank you for considering this request."
        ),
    ),
    LetterWording(
        key="code_complaint",
        recipient=_("Complaints\n{body_at_fault}"),
        salutation=_("Dear Sir or Madam"),
        subject=_("Complaint: a Victims' Code right was not met"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the victim in "
            "this case. With {their} consent I make a complaint under Right 12 of "
            "the Code of Practice for Victims of Crime in England and Wales (the "
            "Victims' Code), because {body_at_fault} did not meet {survivor_name}'s "
            "entitlement under {right}."
        ),
        closing=format_lazy(
            "{}\n\n{}",
            COMPLAINT_ASKS,
            _(
                "If we are not satisfied with the response, we may ask a Member of "
                "Parliament to refer the complaint to the Parliamentary and Health "
                "Service Ombudsman."
            ),
        ),
    ),
    letter_of_authority(
        _(
            "This includes information from the police, the Crown Prosecution "
            "Service, the Witness Care Unit, the Witness Service and the courts."
        )
    ),
)


# What each route says, in the words of YJCEA 1999 ss.16-18 as amended (see the
# citations table in docs/letters.md).
_ROUTE_TEXTS = {
    "s17_4": _(
        "%(name)s is the complainant in respect of a sexual offence, an offence "
        "listed in section 17(4A)(a) of the YJCEA. Under section 17(4), such a "
        "complainant is eligible for special measures unless the complainant "
        "informs the court of a wish not to be; %(name)s has not done so and wants "
        "the measures below."
    ),
    "s17_4_slavery": _(
        "%(name)s is the complainant in respect of an offence under section 1 or 2 "
        "of the Modern Slavery Act 2015, an offence listed in section 17(4A)(b) of "
        "the YJCEA (these offences were brought within section 17(4) by section 46 "
        "of the Modern Slavery Act 2015). Under section 17(4), such a complainant "
        "is eligible for special measures unless the complainant informs the court "
        "of a wish not to be; %(name)s has not done so and wants the measures "
        "below."
    ),
    "s17_4A": _(
        "%(name)s is the complainant in respect of an offence where it is alleged "
        "that the behaviour of the accused amounted to domestic abuse within the "
        "meaning of section 1 of the Domestic Abuse Act 2021: an offence listed in "
        "section 17(4A)(c) of the YJCEA, inserted by section 62 of that Act. Under "
        "section 17(4), such a complainant is eligible for special measures unless "
        "the complainant informs the court of a wish not to be; %(name)s has not "
        "done so and wants the measures below."
    ),
    "s17_fear": _(
        "%(name)s is eligible under section 17(1) and (2) of the YJCEA: the quality "
        "of the evidence %(name)s gives is likely to be diminished by fear or "
        "distress in connection with testifying."
    ),
}

# Section 16: being under 18 qualifies on its own (s.16(1)(a)); the other grounds
# qualify when the quality of the evidence is likely to be diminished (s.16(1)(b)).
_GROUND_TEXTS = {
    "under_18": _(
        "%(name)s is under 18 and so is eligible for special measures under section "
        "16(1)(a) of the YJCEA. Eligibility on this ground depends on age alone."
    ),
    "mental_disorder": _(
        "%(name)s is eligible under section 16(1)(b) and (2)(a)(i) of the YJCEA: "
        "the quality of the evidence %(name)s gives is likely to be diminished "
        "because of a mental disorder within the meaning of the Mental Health Act "
        "1983."
    ),
    "impairment": _(
        "%(name)s is eligible under section 16(1)(b) and (2)(a)(ii) of the YJCEA: "
        "the quality of the evidence %(name)s gives is likely to be diminished "
        "because of a significant impairment of intelligence and social functioning."
    ),
    "physical": _(
        "%(name)s is eligible under section 16(1)(b) and (2)(b) of the YJCEA: the "
        "quality of the evidence %(name)s gives is likely to be diminished because "
        "of a physical disability or physical disorder."
    ),
}

# Sentences the letters cite in this pack's law, by the neutral keys the
# documents app asks for: "route:<eligibility route>", "ground:<s16 ground>" and
# the plain keys below. Placeholders are %(name)s-style.
LETTER_TEXTS = {
    **{f"route:{key}": text for key, text in _ROUTE_TEXTS.items()},
    **{f"ground:{key}": text for key, text in _GROUND_TEXTS.items()},
    "eligibility_line": _(
        "Eligibility: section %(section)s, Youth Justice and Criminal "
        "Evidence Act 1999 (YJCEA) – %(label)s."
    ),
    "measures_intro": _(
        "%(name)s asks for the measures below under the Youth Justice and "
        "Criminal Evidence Act 1999 (YJCEA). The reasons are given in "
        "%(their)s own words."
    ),
    "measure_section": _("%(section)s YJCEA 1999"),
    "anonymity": _(
        "%(name)s is entitled to lifelong anonymity under section 1 of the "
        "Sexual Offences (Amendment) Act 1992: nothing likely to identify "
        "%(them)s may be published. Please make sure %(their)s address and "
        "contact details are not read out or shown in court."
    ),
    "sexual_behaviour_evidence": _(
        "Section 41 of the YJCEA 1999 restricts evidence and questions about "
        "a complainant's sexual behaviour without the court's leave. Please "
        "tell us at once if the defence applies under section 41, oppose "
        "the application where appropriate, and let %(name)s know the "
        "outcome before %(name)s gives evidence."
    ),
    "also_all_measures": _("%(name)s is also eligible under section 16 of the YJCEA."),
    "all_measures": _(
        "As a witness eligible under section 16, %(name)s may be given any of "
        "the measures in sections 23 to 30, including examination through an "
        "intermediary (section 29) and aids to communication (section 30): "
        "section 18(1)(a)."
    ),
    "prosecutor_addressee": _("The reviewing lawyer\nCrown Prosecution Service"),
    "visit_request": _(
        "A pre-trial visit to the court with the Witness Service, so that %(name)s "
        "can see the courtroom, the live-link room and the waiting areas before "
        "the day."
    ),
    "meeting_request": _(
        "A special measures meeting with the prosecutor, so that %(name)s knows "
        "which measures the court has allowed and how %(name)s will give evidence."
    ),
    "practical_meeting": _(
        "a special measures meeting with the prosecutor before the trial"
    ),
    "practical_visit": _(
        "a pre-trial visit to the court, arranged with the Witness Service"
    ),
    "enhanced_rights": _(
        "As the victim of a sexual offence, %(name)s is entitled to the enhanced "
        "rights the Code gives to victims of the most serious crime."
    ),
    "fact:last_day": _("the last day for a referral"),
    "sentence_last_day": _("Last day for a referral"),
    "sentence_limit": _(
        "A referral must be made within %(amount)s %(basis)s (%(citation)s). The "
        "last day is "
    ),
    "sentence_limit_unconfirmed": _(
        "A referral must be made within the time %(citation)s allows, %(basis)s."
    ),
}

# The sentences a sentence-review letter can name (Sentencing Act 2020).
SENTENCE_TYPES = (
    Choice("immediate_custody", _("Immediate custody")),
    Choice("extended", _("Extended determinate sentence")),
    Choice("life", _("Life sentence")),
    Choice("suspended", _("Suspended sentence order")),
    Choice("community", _("Community order")),
    Choice("fine", _("Fine")),
    Choice("conditional_discharge", _("Conditional discharge")),
    Choice("absolute_discharge", _("Absolute discharge")),
    Choice("other", _("Other sentence")),
)


# The Victims' Right to Review schemes, by who decided not to charge.
REVIEW_SCHEMES = (
    ReviewScheme(
        key="police",
        name=_("police Victims' Right to Review scheme"),
        decided_by=_("the police"),
        event="no_further_action",
        decision=_("No further action"),
        limits=("vrr_police",),
        needs_event="interviewed_under_caution",
        needs_event_warning=_(
            "The police scheme covers cases where a suspect was identified "
            "and interviewed under caution; no interview under caution is "
            "recorded on this journey."
        ),
    ),
    ReviewScheme(
        key="cps",
        name=_("CPS Victims' Right to Review scheme"),
        decided_by=_("the CPS"),
        event="no_further_action",
        decision=_("No further action"),
        reviewer=_("Crown Prosecution Service"),
        limits=("vrr_cps_prompt", "vrr_cps_latest"),
        late_warning=_(
            "The %(amount)s for a prompt review ended on %(date)s; the CPS "
            "may still accept the request until %(latest)s."
        ),
        references=("crime_reference", "prosecution_reference"),
    ),
)
