"""Scottish words explained: (term, full name, slug, plain meaning)."""

TERMS = [
    (
        "COPFS",
        "Crown Office and Procurator Fiscal Service",
        "copfs",
        "Scotland's prosecutors. They decide if a case goes to court.",
    ),
    (
        "procurator fiscal",
        "",
        "procurator-fiscal",
        "A lawyer at COPFS who decides if a case goes to court, and takes it there.",
    ),
    (
        "Crown Counsel",
        "",
        "crown-counsel",
        "Senior lawyers who decide on the most serious cases.",
    ),
    (
        "VIA",
        "Victim Information and Advice",
        "via",
        "A team at COPFS who keep you told about the case.",
    ),
    ("diet", "", "diet", "A day in court for the case."),
    (
        "petition",
        "",
        "petition",
        "The first paper in a serious case. The person goes to court in private.",
    ),
    (
        "indictment",
        "",
        "indictment",
        "The paper that lists the charges in a serious case.",
    ),
    (
        "citation",
        "",
        "citation",
        "A letter that tells a witness to come to court.",
    ),
    (
        "complainer",
        "",
        "complainer",
        "The word courts in Scotland use for the person the crime was done to.",
    ),
    (
        "not proven",
        "",
        "not-proven",
        "A verdict that means the same as not guilty. A new law is ending it.",
    ),
    (
        "standard special measures",
        "",
        "standard-special-measures",
        "A TV link, a screen and a supporter. In sexual offence cases you can "
        "have them without the court deciding.",
    ),
    (
        "evidence by commissioner",
        "",
        "evidence-by-commissioner",
        "Your evidence is recorded before the trial, so you may not need to go.",
    ),
    (
        "precognition",
        "",
        "precognition",
        "A meeting where the fiscal's team goes over what you saw and heard.",
    ),
    (
        "victim statement",
        "",
        "victim-statement",
        "What you tell the court about how the crime affected you.",
    ),
]
