"""Default wording of the Scotland letters, keyed by the documents app's letter kinds.

Only the adaptable words live here (recipient, subject, opening, closing); the
documents app lays out the facts. Placeholders in braces are the documents app's
own (``{survivor_name}``, ``{their}`` …). The law is cited as the Criminal Procedure
(Scotland) Act 1995 as amended by the Vulnerable Witnesses (Scotland) Act 2004 and
the Victims and Witnesses (Scotland) Act 2014; section numbers to confirm are listed
in the pack's VERIFY rows, and letters cite no figure that is not confirmed.
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from rules.base import Choice, LetterWording, ReviewScheme
from rules.common import COMPLAINT_ASKS, REVIEW_REQUEST_CLOSING, letter_of_authority

LETTER_WORDINGS = (
    # The vulnerable witness letter: the Crown, as the party citing the witness,
    # lodges the notice (s.271A) or application (s.271C); the advocate's job is to
    # make sure the survivor's choices reach the procurator fiscal and VIA in time.
    LetterWording(
        key="special_measures",
        recipient="{addressees}",
        salutation=_("Dear Procurator Fiscal"),
        subject=_("Vulnerable witness notice and special measures for {survivor_name}"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the complainer "
            "in this case. I write with {their} consent. As the complainer in a "
            "case of a sexual offence, {survivor_name} is a deemed vulnerable "
            "witness under section 271(1) of the Criminal Procedure (Scotland) Act "
            "1995 and is entitled to the standard special measures (a live "
            "television link, a screen and a supporter) under section 271A. I ask "
            "that the Crown's vulnerable witness notice specifies the standard "
            "special measures {they} have chosen, set out below in {their} own "
            "words, and that the Crown makes a vulnerable witness application "
            "under section 271C for any further measure asked for below, such as "
            "taking {their} evidence by a commissioner (section 271I), a prior "
            "statement as {their} evidence in chief (section 271M) or excluding "
            "the public while {they} give evidence."
        ),
        closing=_(
            "Please confirm in writing that you have received this letter, the "
            "date the vulnerable witness notice or application is lodged, and the "
            "court's order on each measure. If a measure is not asked for, please "
            "tell us why, so that {survivor_name} can be told before the diet at "
            "which {they} are to give evidence. Please also ask Victim Information "
            "and Advice to keep {survivor_name} and me informed.\n\n"
            "Thank you for your help. Please contact me if you need anything "
            "further."
        ),
    ),
    LetterWording(
        key="pre_trial_visit",
        label=_("Court familiarisation visit request"),
        recipient=_(
            "Victim Information and Advice\nCrown Office and Procurator Fiscal Service"
        ),
        salutation=_("Dear Sir or Madam"),
        subject=_("Court familiarisation visit for {survivor_name}"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, a Crown witness "
            "in this case. I write with {their} consent to ask for a visit to the "
            "court (or to the remote site for the live television link) before "
            "{survivor_name} gives evidence, arranged with the Witness Service of "
            "Victim Support Scotland, and for a chance to speak with the procurator "
            "fiscal about how {they} will give evidence."
        ),
        closing=_(
            "Please let me know the dates offered, so that I can attend with "
            "{survivor_name}. Please send any information about the case to me as "
            "well as to {them}, under the letter of authority that we hold.\n\n"
            "Thank you for your help."
        ),
    ),
    # The Response and Information Unit handles every Victims' Right to Review
    # (Inspectorate of Prosecution in Scotland, thematic report, May 2018, read on
    # a stored copy); requests may be made online, by email or by letter. VERIFY
    # the unit's postal address against copfs.gov.uk before relying on it.
    LetterWording(
        key="vrr_request",
        label=_("Request to review a decision not to prosecute (COPFS)"),
        recipient=_(
            "Victims' Right to Review\nResponse and Information Unit\nCrown Office "
            "and Procurator Fiscal Service"
        ),
        salutation=_("Dear Sir or Madam"),
        subject=_("Request for a review of the decision not to prosecute"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the victim in "
            "this case. On {their} behalf, and with {their} consent, I ask for a "
            "review under the {review_scheme} of the decision made on "
            "{decision_date} not to prosecute."
        ),
        closing=REVIEW_REQUEST_CLOSING,
    ),
    # Only the Lord Advocate may appeal a sentence as unduly lenient (1995 Act
    # s.108 on indictment, s.175(4) in summary cases); the victim's letter asks the
    # Crown to consider it. VERIFY the COPFS unit that receives such requests.
    LetterWording(
        key="unduly_lenient",
        label=_("Request for a Crown appeal against an unduly lenient sentence"),
        recipient=_("Crown Office and Procurator Fiscal Service\nAppeals Unit"),
        salutation=_("Dear Sir or Madam"),
        subject=_("Request to consider a Crown appeal against sentence"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the victim in "
            "this case. On {their} behalf, and with {their} consent, I ask that "
            "Crown Counsel consider an appeal by the Lord Advocate against the "
            "sentence below as unduly lenient, under section 108 of the Criminal "
            "Procedure (Scotland) Act 1995."
        ),
        closing=_(
            "Please confirm that you have received this request and tell us the "
            "decision, with the reasons for it. We understand that the time for a "
            "Crown appeal is short and that the decision to appeal rests with the "
            "Lord Advocate.\n\n"
            "Thank you for considering this request."
        ),
    ),
    LetterWording(
        key="code_complaint",
        recipient=_("Complaints\n{body_at_fault}"),
        salutation=_("Dear Sir or Madam"),
        subject=_("Complaint: a right in the Victims' Code for Scotland was not met"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the victim in "
            "this case. With {their} consent I make a complaint, as the Victims' "
            "Code for Scotland allows, because {body_at_fault} did not meet "
            "{survivor_name}'s right: {right}."
        ),
        # After a body's own complaints procedure, the Police Investigations and
        # Review Commissioner reviews how Police Scotland handled a complaint, and
        # the Scottish Public Services Ombudsman the other public bodies (COPFS,
        # SCTS). VERIFY against the Victims' Code for Scotland's complaints section.
        closing=format_lazy(
            "{}\n\n{}",
            COMPLAINT_ASKS,
            _(
                "If we are not satisfied with the response, we may ask the Police "
                "Investigations and Review Commissioner (for a complaint about the "
                "police) or the Scottish Public Services Ombudsman to review it."
            ),
        ),
    ),
    letter_of_authority(
        _(
            "This includes information from Police Scotland, the Crown Office and "
            "Procurator Fiscal Service (including Victim Information and Advice), "
            "the Witness Service and the Scottish Courts and Tribunals Service."
        )
    ),
)

# What each eligibility route says, in the words of the Criminal Procedure
# (Scotland) Act 1995 ss.271-271C as amended (section letters to VERIFY, see the
# pack). A child or deemed vulnerable witness is entitled to the standard special
# measures on a notice; anyone else needs a vulnerable witness application.
_DEEMED = _(
    "Under section 271A of the Criminal Procedure (Scotland) Act 1995, a deemed "
    "vulnerable witness is entitled to the standard special measures, which the "
    "court authorises on the Crown's vulnerable witness notice; %(name)s wants "
    "the measures below."
)
_ROUTE_TEXTS = {
    "deemed_sexual": _(
        "%(name)s is the complainer in a case of a sexual offence and so is a "
        "deemed vulnerable witness under section 271(1) of the Criminal Procedure "
        "(Scotland) Act 1995, as amended by the Victims and Witnesses (Scotland) "
        "Act 2014."
    ),
    "deemed_trafficking": _(
        "%(name)s is the complainer in a case of human trafficking and so is a "
        "deemed vulnerable witness under section 271(1) of the Criminal Procedure "
        "(Scotland) Act 1995, as amended by the Victims and Witnesses (Scotland) "
        "Act 2014."
    ),
    "deemed_domestic": _(
        "%(name)s is the complainer in a case of domestic abuse and so is a "
        "deemed vulnerable witness under section 271(1) of the Criminal Procedure "
        "(Scotland) Act 1995, as amended by the Victims and Witnesses (Scotland) "
        "Act 2014."
    ),
    "deemed_stalking": _(
        "%(name)s is the complainer in a case of stalking (section 39 of the "
        "Criminal Justice and Licensing (Scotland) Act 2010) and so is a deemed "
        "vulnerable witness under section 271(1) of the Criminal Procedure "
        "(Scotland) Act 1995, as amended by the Victims and Witnesses (Scotland) "
        "Act 2014."
    ),
    "child_witness": _(
        "%(name)s was under 18 on the date the proceedings commenced and so is a "
        "child witness under section 271(1)(a) of the Criminal Procedure "
        "(Scotland) Act 1995, entitled to the standard special measures under "
        "section 271A; %(name)s wants the measures below."
    ),
    "fear_or_distress": _(
        "%(name)s is a vulnerable witness under section 271(1)(b) of the Criminal "
        "Procedure (Scotland) Act 1995: there is a significant risk that the "
        "quality of the evidence %(name)s gives will be diminished by reason of "
        "fear or distress in connection with giving evidence. We ask the Crown to "
        "make a vulnerable witness application under section 271C."
    ),
    "risk_of_harm": _(
        "%(name)s is a vulnerable witness under section 271(1) of the Criminal "
        "Procedure (Scotland) Act 1995: there is a significant risk of harm to "
        "%(name)s by reason only of giving evidence. We ask the Crown to make a "
        "vulnerable witness application under section 271C."
    ),
}

# Sentences the letters cite in this pack's law, by the documents app's neutral
# keys ("route:<eligibility route>" and the plain keys below); %(name)s-style.
LETTER_TEXTS = {
    **{
        f"route:{key}": (
            format_lazy("{} {}", text, _DEEMED) if key.startswith("deemed_") else text
        )
        for key, text in _ROUTE_TEXTS.items()
    },
    "eligibility_line": _(
        "Eligibility: section %(section)s, Criminal Procedure (Scotland) Act "
        "1995 – %(label)s."
    ),
    "measures_intro": _(
        "%(name)s asks that the standard special measures below are specified in "
        "the Crown's vulnerable witness notice (section 271A of the Criminal "
        "Procedure (Scotland) Act 1995), and that any other measure below is "
        "sought by a vulnerable witness application (section 271C). The reasons "
        "are given in %(their)s own words."
    ),
    "measure_section": _("%(section)s, 1995 Act"),
    "sexual_behaviour_evidence": _(
        "Sections 274 and 275 of the Criminal Procedure (Scotland) Act 1995 "
        "restrict evidence and questions about a complainer's sexual history and "
        "character unless the court grants an application under section 275. "
        "Please tell us at once if the defence lodges such an application, oppose "
        "it where appropriate, and let %(name)s know the outcome before %(name)s "
        "gives evidence."
    ),
    "anonymity": _(
        "By long-standing practice the media in Scotland do not identify the "
        "complainer in a sexual offence case; the lifelong anonymity created by "
        "the Victims, Witnesses, and Justice Reform (Scotland) Act 2025 applies "
        "once it is in force. Please make sure %(name)s's address and contact "
        "details are not read out or shown in court."
    ),
    # No fixed count from a plea: the notice is lodged a number of clear days
    # before the first diet, preliminary hearing or summary trial diet.
    "application_timing": _(
        "The vulnerable witness notice, and any vulnerable witness application, "
        "must be lodged a set number of clear days before the first diet or "
        "preliminary hearing (in a summary case, before the trial diet): sections "
        "271A and 271C of the Criminal Procedure (Scotland) Act 1995. Please "
        "prepare it now so that it is lodged in time, and tell us when it has "
        "been lodged."
    ),
    "prosecutor_addressee": _(
        "The Procurator Fiscal\nCrown Office and Procurator Fiscal Service"
    ),
    # Familiarisation visits are arranged with the Witness Service of Victim
    # Support Scotland; VIA passes on the survivor's questions to the fiscal.
    "visit_request": _(
        "A familiarisation visit to the court with the Witness Service, so that "
        "%(name)s can see the courtroom, the room for the live television link and "
        "the waiting areas before the day."
    ),
    "meeting_request": _(
        "A chance to speak with the procurator fiscal, arranged through Victim "
        "Information and Advice, so that %(name)s knows which special measures "
        "the court has authorised and how %(name)s will give evidence."
    ),
    "practical_meeting": _(
        "a chance to speak with the procurator fiscal before the trial diet"
    ),
    "practical_visit": _(
        "a familiarisation visit to the court, arranged with the Witness Service"
    ),
    "fact:last_day": _("the last day for a Crown appeal"),
    "sentence_last_day": _("Last day for a Crown appeal"),
    "sentence_limit": _(
        "An appeal by the Lord Advocate must be lodged within %(amount)s "
        "%(basis)s (%(citation)s). The last day is "
    ),
    "sentence_limit_unconfirmed": _(
        "An appeal by the Lord Advocate must be lodged within the time "
        "%(citation)s allows, %(basis)s, so we ask you to consider it now."
    ),
}

# The sentences a Scottish court passes (Criminal Procedure (Scotland) Act 1995
# Part XI), from the author's knowledge: VERIFY the list against the Scottish
# Sentencing Council's guide to sentences before relying on it.
SENTENCE_TYPES = (
    Choice("imprisonment", _("Imprisonment or detention")),
    Choice("extended", _("Extended sentence (section 210A)")),
    Choice("lifelong_restriction", _("Order for lifelong restriction")),
    Choice("life", _("Life imprisonment")),
    Choice("community_payback", _("Community payback order")),
    Choice("restriction_of_liberty", _("Restriction of liberty order")),
    Choice("fine", _("Fine")),
    Choice("admonition", _("Admonition")),
    Choice("absolute_discharge", _("Absolute discharge")),
    Choice("other", _("Other sentence")),
)

# COPFS decides every prosecution, so one scheme covers each way a case is not
# prosecuted: no proceedings at the start, or stopping a case after it began. A
# direct measure (e.g. a fiscal fine) and a decision of the court are outside it.
_DECISIONS = (
    ("prosecution_decision", "no_proceedings", _("No proceedings")),
    (
        "proceedings_discontinued",
        "no_further_proceedings",
        _("No further proceedings (the prosecution was stopped)"),
    ),
    (
        "proceedings_discontinued",
        "no_evidence",
        _("The case was deserted or no evidence was led by the Crown"),
    ),
)
REVIEW_SCHEMES = tuple(
    ReviewScheme(
        key=key,
        name=_("COPFS Victims' Right to Review"),
        decided_by=_("the procurator fiscal"),
        event=event,
        decision=decision,
        reviewer=_("Crown Office and Procurator Fiscal Service"),
        limits=("vrr_copfs",),
        references=("crime_reference", "prosecution_reference"),
    )
    for event, key, decision in _DECISIONS
)
