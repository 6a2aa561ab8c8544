"""National lines for England and Wales that answer at any hour, with their sources.

Each number was checked on ``last_checked`` against a stored copy of the page named
in ``source_url`` (the checker had no live internet; ``note`` says how old the copy
was). A number that could not be found on the service's own site is ``verify=True``
and managers see that flag. Check every row against the live page before each
release, and update ``last_checked``.
"""

from datetime import date

from django.utils.translation import gettext_lazy as _

from rules.base import Helpline
from rules.common import SAMARITANS, emergency_line

_CHECKED = date(2026, 12, 1)

HELPLINES = (
    emergency_line(
        "https://youth.devon-cornwall.police.uk/young-people/crime-and-the-law/"
        "contacting-the-police",
        _CHECKED,
        note=_(
            "999 and 112 both reach the emergency services. The 'press 55' Silent "
            "Solution is described by police forces and councils, e.g. "
            "https://www.iow.gov.uk/housing-and-adult-social-care/"
            "adult-social-care/adult-safeguarding/immediate-danger/"
        ),
    ),
    Helpline(
        "rape_crisis_support_line",
        _("24/7 Rape and Sexual Abuse Support Line (Rape Crisis England & Wales)"),
        "0808 500 2222",
        "08085002222",
        _("24 hours a day, every day. Free."),
        _(
            "Anyone aged 16 or over affected by rape or sexual abuse, at any time "
            "in their life. You do not have to tell the police."
        ),
        "https://247sexualabusesupport.org.uk/faqs/",
        _CHECKED,
        verify=True,
        note=_(
            "The service's own stored FAQ page confirms it is free and open 24 "
            "hours a day, every day, for people aged 16+ in England and Wales, but "
            "the stored copy does not show the number. Confirm 0808 500 2222 on "
            "the live site."
        ),
        website="https://247sexualabusesupport.org.uk/",
    ),
    Helpline(
        "domestic_abuse_helpline",
        _("National Domestic Abuse Helpline (Refuge)"),
        "0808 2000 247",
        "08082000247",
        _("24 hours a day, every day. Free."),
        _("Anyone living with abuse from a partner, ex-partner or family member."),
        "https://www.refuge.org.uk/",
        _CHECKED,
        note=_(
            "Checked against stored copies of refuge.org.uk pages from 2020 "
            "('Freephone 24-Hour National Domestic Abuse Helpline')."
        ),
        website="https://www.nationaldahelpline.org.uk/",
    ),
    Helpline(
        "live_fear_free",
        _("Live Fear Free Helpline (Wales)"),
        "0808 80 10 800",
        "08088010800",
        _("24 hours a day, every day. Free."),
        _("Anyone in Wales affected by sexual violence or domestic abuse."),
        "https://www.gov.wales/live-fear-free/sexual-violence",
        _CHECKED,
        note=_("Checked against a stored copy of the Welsh Government's page."),
        text_number="07860 077333",
        text_dial="07860077333",
    ),
    Helpline(
        "victim_support",
        _("Victim Support Supportline"),
        "08 08 16 89 111",
        "08081689111",
        _("24 hours a day, every day. Free."),
        _("Anyone affected by crime, whether or not it was reported."),
        "https://www.victimsupport.org.uk/247-support-still-available-victims-crime/",
        _CHECKED,
        note=_("Checked against a stored copy of victimsupport.org.uk from 2020."),
        website="https://www.victimsupport.org.uk/",
    ),
    SAMARITANS,
    Helpline(
        "national_ugly_mugs",
        _("National Ugly Mugs (for sex workers)"),
        "",
        "",
        _("Report online at any time."),
        _(
            "Sex workers: report a dangerous client or an attack, warn others and "
            "get support from specialist workers, with or without the police."
        ),
        "https://nationaluglymugs.org/",
        _CHECKED,
        verify=True,
        note=_(
            "Not a 24/7 phone line. No phone number or opening hours were found "
            "on a stored copy of the site: add them once confirmed."
        ),
        website="https://nationaluglymugs.org/",
    ),
)
