"""Words for the home page, journey map, glossary page and help, for Scotland."""

HOME = {
    "title": "Waymark: your route through the justice system in Scotland",
    "intro": "<p>Clear, simple guides to each step after a sexual assault or "
    "rape in Scotland, if you are thinking about the police or already talking "
    "to them.</p><p>You are in charge of what you read. Go at your own pace.</p>",
    "safety_note": "If you are in danger now, call 999. To leave this site fast, "
    "use the Exit this page button at the top.",
}

JOURNEY = {
    "title": "Your journey, step by step",
    "intro": (
        "<p>These are the steps a case in Scotland can go through, from first "
        "thinking about the police to after a sentence. Everyone's route is "
        "different. You can start with the step you are at now.</p>"
    ),
}

GLOSSARY = {
    "title": "Words explained",
    "intro": (
        "<p>Police, lawyers and courts in Scotland use a lot of short forms and "
        "hard words. Here is what they mean.</p>"
    ),
}

HELP = {
    "title": "Get help now",
    "slug": "get-help-now",
    "intro": "<p>You can talk to someone, even late at night. You do not need an "
    "advocate to call. The calls are free.</p>",
}
