"""National lines for Scotland, with their sources.

Written from the author's knowledge without live internet: every row except 999 and
Samaritans (UK-wide, as in the England & Wales pack) is ``verify=True`` until it is
checked against the service's own page, and managers see that flag.
"""

from django.utils.translation import gettext_lazy as _

from rules.base import Helpline
from rules.common import SAMARITANS, emergency_line

from . import CHECKED

HELPLINES = (
    emergency_line(
        "https://www.scotland.police.uk/contact-us/",
        CHECKED,
        note=_("999 and 112 reach the emergency services across the UK."),
    ),
    Helpline(
        "rape_crisis_scotland",
        _("Rape Crisis Scotland helpline"),
        "08088 01 03 02",
        "08088010302",
        _("Every day, 5pm to midnight. Free."),
        _(
            "Anyone aged 13 or over affected by sexual violence, at any time in "
            "their life. You do not have to tell the police."
        ),
        "https://www.rapecrisisscotland.org.uk/",
        None,
        verify=True,
        note=_("Number and hours from memory: confirm on the live site."),
        website="https://www.rapecrisisscotland.org.uk/",
    ),
    Helpline(
        "domestic_abuse_scotland",
        _("Scotland's Domestic Abuse and Forced Marriage Helpline"),
        "0800 027 1234",
        "08000271234",
        _("24 hours a day, every day. Free."),
        _("Anyone affected by domestic abuse or forced marriage."),
        "https://sdafmh.org.uk/",
        None,
        verify=True,
        note=_("Number from memory: confirm on the live site."),
        website="https://sdafmh.org.uk/",
    ),
    Helpline(
        "victim_support_scotland",
        _("Victim Support Scotland helpline"),
        "0800 160 1985",
        "08001601985",
        _("Weekdays; check the website for the hours. Free."),
        _("Anyone affected by crime, whether or not it was reported."),
        "https://victimsupport.scot/",
        None,
        verify=True,
        note=_("Number and hours from memory: confirm on the live site."),
        website="https://victimsupport.scot/",
    ),
    SAMARITANS,
)
