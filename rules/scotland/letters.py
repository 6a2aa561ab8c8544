"""Default wording of the Scotland letters, keyed by the documents app's letter kinds.

Only the adaptable words live here (recipient, subject, opening, closing); the
documents app lays out the facts. Placeholders in braces are the documents app's
own (``{survivor_name}``, ``{their}`` …). The law is cited as the Criminal Procedure
(Scotland) Act 1995 as amended by the Vulnerable Witnesses (Scotland) Act 2004 and
the Victims and Witnesses (Scotland) Act 2014; section numbers to confirm are listed
in the pack's VERIFY rows, and letters cite no figure that is not confirmed.
"""

from django.utils.translation import gettext_lazy as _

from rules.base import LetterWording

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
    LetterWording(
        key="vrr_request",
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
        closing=_(
            "Please acknowledge this request, tell us who will carry out the "
            "review and when a decision is expected, and give the outcome and the "
            "reasons for it in writing.\n\n"
            "Thank you for considering this request."
        ),
    ),
    LetterWording(
        key="unduly_lenient",
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
            "decision. We understand that an appeal must be lodged by {last_day} "
            "and that the decision to appeal rests with the Lord Advocate.\n\n"
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
        closing=_(
            "Please investigate this complaint and reply in writing. We ask for an "
            "explanation of what went wrong, an apology to {survivor_name}, and "
            "the steps you will take so that it does not happen again.\n\n"
            "If we are not satisfied with the response, we may take the complaint "
            "to the Scottish Public Services Ombudsman."
        ),
    ),
    LetterWording(
        key="letter_of_authority",
        recipient=_("To whom it may concern"),
        salutation="",
        subject=_("Letter of authority"),
        opening=_(
            "I, {survivor_name}, give permission for {advocate_name}, "
            "{advocate_role}, and their colleagues at {organisation_name}, to "
            "receive information about my case on my behalf and to speak to you "
            "about it for me."
        ),
        closing=_(
            "This includes information from Police Scotland, the Crown Office and "
            "Procurator Fiscal Service (including Victim Information and Advice), "
            "the Witness Service and the Scottish Courts and Tribunals Service.\n\n"
            "I understand that I can withdraw this permission at any time by "
            "telling {organisation_name} or the police."
        ),
    ),
)
