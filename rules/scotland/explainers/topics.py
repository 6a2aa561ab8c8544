"""Topic pages for Scotland: help to give evidence, in plain words."""

from . import bullets, callout, measure, para, question

TOPICS = [
    {
        "title": "Special measures: help to give evidence",
        "slug": "special-measures",
        "summary": "Special measures make it easier to give evidence. In a "
        "sexual offence case, some of them are yours without asking the court.",
        "body": lambda: [
            para(
                "If the case is about a sexual offence, the law says you are a "
                "vulnerable witness. This is not about you being weak. It means "
                "you can have help to give evidence.",
                "Three kinds of help are called standard special measures. You "
                "can have them just by saying so. The court does not decide.",
            ),
            measure("live_link"),
            measure("screen"),
            measure("supporter"),
            para(
                "You can ask for more help too. For these, the fiscal must ask "
                "the court, and the court decides."
            ),
            measure("evidence_by_commissioner"),
            measure("prior_statement"),
            measure("closed_court"),
            callout(
                "important",
                "Tell VIA or the fiscal early which help you want. They must tell "
                "the court some time before the court day.",
            ),
            bullets(
                "Other things you can ask for:",
                "A visit to the court before the day.",
                "A separate way in, and a place to wait away from the person.",
                "Breaks while you give evidence.",
                "Someone to help you talk, or to speak your language.",
            ),
            question(
                "Can the person accused ask me questions?",
                "Not themselves. In a sexual offence case, only a lawyer can ask "
                "you questions.",
            ),
        ],
    },
]
