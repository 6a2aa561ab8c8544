"""Explainers on one subject each, under the home page, in the order listed."""

from . import choose, good, h, important, measure, p, q, steps, ul


def _measures() -> list[tuple]:
    more = {
        "screens": "The screen is put up in the court before you come in.",
        "live_link": "You may be in another room in the court, or in another "
        "building. A supporter can sit with you.",
        "evidence_in_private": "The public gallery is where people sit who come "
        "to watch. They are asked to leave while you speak.",
        "wigs_and_gowns": "Some people find this makes the court feel less scary.",
        "video_evidence_in_chief": "Evidence in chief is your main evidence. Here "
        "it is the video interview you did with the police. It means you may not "
        "need to tell it all again.",
        "pre_recorded_cross_examination": "You answer the lawyers' questions "
        "before the trial, and the film is played to the jury. This is called "
        "s.28.",
        "intermediary": "An intermediary meets you first to find out what helps you.",
        "communication_aids": "These can be pictures, boards or other tools.",
    }
    from rules.england_wales.pack import PACK

    return [measure(m.key, more.get(m.key, "")) for m in PACK.special_measures]


TOPICS = [
    {
        "title": "Special measures: help to give evidence",
        "slug": "special-measures",
        "summary": "Special measures make it easier to give evidence. In cases "
        "like yours, you can ask for them. The judge decides which ones you get.",
        "body": lambda: [
            p(
                "Special measures are ways to make court less hard for you. In a "
                "sexual offence case, the law says you can always ask for them. "
                "You do not have to prove you need them."
            ),
            p(
                "But you are not sure to get every one you ask for. The CPS asks "
                "the court for them. Then the judge decides which ones you get. "
                "Your advocate makes sure the police and the CPS know what you "
                "want, early."
            ),
            h("The special measures"),
            *_measures(),
            h("Other things you can ask for"),
            ul(
                "A meeting with the CPS lawyer about special measures.",
                "A visit to the court before the trial.",
                "A separate way in and a separate place to wait.",
                "A supporter with you in the video link room.",
                "An interpreter, and breaks.",
            ),
            important(
                "There are time limits for asking. Tell your advocate what you "
                "want as soon as you can, even before a charge."
            ),
            h("Questions people ask"),
            q(
                "Can I change my mind about a special measure?",
                "Yes. Tell your advocate. They will tell the CPS.",
            ),
            q(
                "Will I be told what the court decided?",
                "You should be. Your advocate can ask for it in writing.",
            ),
        ],
    },
    {
        "title": "Giving evidence",
        "slug": "giving-evidence",
        "summary": "Giving evidence means telling the court what happened and "
        "answering questions. Here is what to expect.",
        "body": lambda: [
            steps(
                "You arrive and wait in a quiet room, away from the person "
                "charged if you asked for that.",
                "You promise to tell the truth.",
                "Your video interview may be played.",
                "The prosecutor asks you questions.",
                "The defence lawyer asks you questions.",
                "You are told you can go.",
                intro="On the day, it usually goes like this:",
            ),
            good(
                "It is okay to say you do not know, or do not remember. It is okay "
                "to ask for a question again, or to ask for a break."
            ),
            p(
                "The defence lawyer may say you are wrong. That is their job. The "
                "judge must stop questions that are unfair."
            ),
            p(
                "The law limits questions about your sex life or your work. The "
                "defence must ask the judge first."
            ),
            h("Getting ready"),
            ul(
                "Visit the court before the day, if you want to.",
                "Read your statement again before you go in.",
                "Check your special measures are in place.",
                "Plan how you will get there and home.",
            ),
            q(
                "Can my advocate come in with me?",
                "Ask the court early. A supporter can often sit with you in the "
                "video link room.",
            ),
        ],
    },
    {
        "title": "If the trial date moves",
        "slug": "if-the-trial-date-moves",
        "summary": "Trial dates often change. It is not your fault, and you "
        "should be told quickly.",
        "body": lambda: [
            p(
                "Trial dates move a lot. About half of victims with a trial date "
                "had it changed. Some had it changed four times or more."
            ),
            p(
                "It can happen because a court or a judge is not free, or because "
                "the case is not ready. It is never because of you."
            ),
            p(
                "Some trials are in a warned list. This means the trial can start "
                "on any day in a window, often with little warning."
            ),
            h("What you should be told"),
            p(
                "The Witness Care Unit must tell you about new dates. Your "
                "advocate can check they did."
            ),
            h("What you can do"),
            ul(
                "Tell your advocate what dates are hard for you.",
                "Ask if your special measures are still in place.",
                "Ask for support while you wait.",
                "Complain if you were not told in time.",
            ),
            choose(
                "If the wait is too much, you can talk to your advocate about "
                "what you want to do. There is no wrong answer."
            ),
        ],
    },
    {
        "title": "If the jury cannot agree",
        "slug": "if-the-jury-cannot-agree",
        "summary": "Sometimes a jury cannot reach a verdict. Then there may be a "
        "new trial.",
        "body": lambda: [
            p(
                "A jury tries to agree. If they cannot, even with 10 out of 12, "
                "the judge ends the trial with no verdict. This is called a hung "
                "jury."
            ),
            p(
                "It does not mean the person is not guilty. It means there is no "
                "answer yet."
            ),
            h("What happens next"),
            p(
                "The CPS decides if there will be a new trial. They look at the "
                "case again. What you think matters, so tell your advocate."
            ),
            good("After two juries cannot agree, there is not usually a third trial."),
            q(
                "How long until a new trial?",
                "There is no set time. Your advocate can find out the plan.",
            ),
        ],
    },
    {
        "title": "Victims' Right to Review",
        "slug": "victims-right-to-review",
        "summary": "If the police or the CPS decide not to charge, you can ask "
        "for a new person to look at it again.",
        "body": lambda: [
            p(
                "This is called the Victims' Right to Review (VRR). It is free. "
                "A person who did not make the first choice looks at it again."
            ),
            h("If the police decided"),
            p(
                "You can ask if the police found and questioned a suspect. Ask "
                "within {limit:vrr_police} of being told. They should say they "
                "got it within 10 working days, and aim to finish in about 30 "
                "working days."
            ),
            h("If the CPS decided"),
            p(
                "You can ask if the CPS chose not to charge, or to stop the case. "
                "Ask within {limit:vrr_cps_prompt} if you can. They will still "
                "look at it up to {limit:vrr_cps_latest} after you were told."
            ),
            important("Do not wait if you can help it. Time limits are strict."),
            h("What can happen"),
            ul(
                "They agree with the first decision.",
                "They change it, and the case can go on.",
                "They ask the police to find more evidence.",
            ),
            p("Your advocate can write the request with you and send it in time."),
        ],
    },
    {
        "title": "Your Victim Personal Statement",
        "slug": "victim-personal-statement",
        "summary": "A Victim Personal Statement (VPS) is your chance to say how "
        "the crime has hurt you, in your own words.",
        "body": lambda: [
            p(
                "The VPS tells the court how the crime has changed your life. It "
                "can be about your body, your feelings, your money, your work or "
                "your family."
            ),
            p(
                "If the person is found guilty, the judge reads it before "
                "deciding the sentence."
            ),
            choose(
                "You do not have to make one. You can make one at any time, and "
                "you can add to it later."
            ),
            ul(
                "Read it out in court yourself.",
                "Ask someone else to read it out.",
                "Let the judge read it without it being read out.",
                intro="If there is a sentence hearing, you can choose to:",
            ),
            good(
                "The person charged may see what you write. Only put in what you "
                "are okay with them knowing. Your advocate can help."
            ),
        ],
    },
    {
        "title": "If you want to stop",
        "slug": "if-you-want-to-stop",
        "summary": "You can step back at any time. You can keep your support, "
        "and you can often come back.",
        "body": lambda: [
            p(
                "Going through a case is hard. Many people think about stopping. "
                "That is okay, and you will not be judged."
            ),
            ul(
                "Take a break and talk it over.",
                "Ask for more support, like special measures.",
                "Tell the police you no longer support the case.",
                "Keep your support from your advocate, with or without the case.",
                intro="You have choices:",
            ),
            p(
                "If you step back, the police or the CPS decide what happens to "
                "the case. Most of the time it stops. But the CPS can go on "
                "without you. In rare cases they ask a court to make you come as "
                "a witness. Your advocate can find out and tell you."
            ),
            choose("You can come back later. Talk to your advocate."),
        ],
    },
    {
        "title": "Cover your tracks",
        "slug": "cover-your-tracks",
        "summary": "How to keep your visit to this site private, and what the "
        "Exit button can and cannot do.",
        "body": lambda: [
            p(
                "The Exit this page button takes you to a weather page straight "
                "away. You can also press Shift three times, or press Escape."
            ),
            important(
                "The Exit button cannot wipe what your phone or computer already "
                "saved. Your browser keeps a list of pages you visit, called your "
                "history."
            ),
            h("Use a private window"),
            p(
                "A private window does not keep a history when you close it. In "
                "most browsers it is in the menu. It may be called Private or "
                "Incognito."
            ),
            h("Clear your history"),
            steps(
                "Open the menu in your browser.",
                "Find History or Privacy.",
                "Delete the pages from this site, or clear the history.",
                intro="If you did not use a private window:",
            ),
            good(
                "If someone checks your phone, a history that is empty may worry "
                "them. It can be safer to delete just the pages from this site."
            ),
            h("Your history on other devices"),
            p(
                "Is your browser signed in to an account, like Google, Apple, "
                "Microsoft or Firefox? Then it may copy your history to your "
                "other phones, tablets and computers. This is called sync. "
                "Someone who uses one of those may see this site in the history."
            ),
            steps(
                "Open the settings in your browser.",
                "Look for your name, or for Sync or Accounts.",
                "See if history is turned on there.",
                "Turn history off, or delete the pages from this site.",
                intro="To check:",
            ),
            good(
                "If you delete pages on one device, sync may delete them on the "
                "others too. A private window is never synced."
            ),
            h("Other things to think about"),
            ul(
                "This site sets no cookies and does not track you.",
                "Your phone may show recent apps or tabs. Close this tab.",
                "Someone may see texts or calls from services. Tell your advocate "
                "the safest way to reach you.",
                "If your phone may be watched, use a phone or computer you trust.",
            ),
            p("If you are in danger now, call 999."),
        ],
    },
]
