"""Default wording of the England & Wales letters.

Only the adaptable words live here: recipient, subject, opening and closing. The
facts (references, measures, dates and their legal sources) are laid out by the
documents app, whose letter kinds (documents/kinds.py) carry each letter's label;
this pack only supplies the default words, keyed by the kind. Placeholders in
braces, such as ``{survivor_name}``, are filled by a small safe substitution; a
service may adapt this wording in the admin.
"""

from django.utils.translation import gettext_lazy as _

from rules.base import LetterWording

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
        recipient=_("Victims' Right to Review\n{review_body}"),
        salutation=_("Dear Sir or Madam"),
        subject=_("Request for a review of the decision not to charge"),
        opening=_(
            "I am the {advocate_role} supporting {survivor_name}, the victim in "
            "this case. On {their} behalf, and with {their} consent, I ask for a "
            "review under the {review_scheme} of the decision made on "
            "{decision_date} to take no further action."
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
        closing=_(
            "Please investigate this complaint and reply in writing. We ask for an "
            "explanation of what went wrong, an apology to {survivor_name}, and "
            "the steps you will take so that it does not happen again.\n\n"
            "If we are not satisfied with the response, we may ask a Member of "
            "Parliament to refer the complaint to the Parliamentary and Health "
            "Service Ombudsman."
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
            "This includes information from the police, the Crown Prosecution "
            "Service, the Witness Care Unit, the Witness Service and the courts.\n\n"
            "I understand that I can withdraw this permission at any time by "
            "telling {organisation_name} or the police."
        ),
    ),
)
