"""One explainer per stage of the England & Wales rules pack, keyed by stage."""

from . import choose, good, important, p, q, right, steps, ul
from .people import (
    ADVOCATE,
    CPS,
    DEFENCE,
    JUDGE,
    JURY,
    LIAISON,
    OIC,
    PROSECUTOR,
    WCU,
    WITNESS_SERVICE,
)

ADVOCATE_CHASES = p(
    "Your advocate can chase the police or the CPS for news. With your okay, "
    "they can get updates for you. They can also help you make a complaint."
)

STAGES = {
    "before_reporting": {
        "title": "Thinking about telling the police",
        "slug": "thinking-about-reporting",
        "summary": "You do not have to decide now. You can get support first, "
        "and you can take your time.",
        "what_happens": [
            p(
                "Something happened to you that was not okay. It was not your "
                "fault. Your work, your past or your choices do not change that."
            ),
            p(
                "You may be thinking about telling the police. Some people do it "
                "straight away. Some wait a long time. Some never do. All of "
                "these are okay."
            ),
            ul(
                "Talk to an advocate first, in private.",
                "Tell the police yourself.",
                "Tell the police without giving your name.",
                "Ask someone else to pass on what happened.",
                intro="You have choices. You could:",
            ),
            good(
                "Some groups, like an Ugly Mugs scheme, take reports from sex "
                "workers. They only pass your report to the police if you say yes."
            ),
        ],
        "who_you_meet": [ADVOCATE, LIAISON],
        "how_long": [
            p(
                "There is no rush. You can get support now and decide about the "
                "police later. Your advocate can help you think it through."
            ),
        ],
        "your_rights": [
            right(
                4,
                "You can get support even if you do not tell the police. If you "
                "do tell them, they must put you in touch with support.",
            ),
            right(
                1,
                "You have the right to understand and be understood. You can ask "
                "for someone to help you talk, or for a person who speaks your "
                "language.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "To talk to an advocate in private before you decide.",
                "To speak to a woman or a man, if that feels safer.",
                "To use a name you choose when you talk to support services.",
                "To bring someone with you if you go to the police.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can listen and tell you what each choice means. "
                "They will not push you. If you want to tell the police, they can "
                "help you do it and can be with you."
            ),
        ],
        "questions": [
            q(
                "Will I get in trouble because of my work?",
                """
                Selling sex is not a crime in England and Wales. But some things
                linked to it are. Two of them are looking for clients in the
                street, and running or helping to run a brothel. To the law, a
                flat where two or more people sell sex can be a brothel.

                You are telling the police about a crime done to you. That is what
                they should look into. But they may still ask about your work. If
                they think you broke the law, they must tell you before they ask
                about it. You can then get free advice from a lawyer.

                Are you worried about your visa, or your right to stay in the UK?
                Talk to your advocate first. The police can pass what you tell
                them to the Home Office. No rule stops them. Your advocate, or a
                service that helps migrants, can give you advice before you go.
                """,
            ),
            q(
                "What if I change my mind later?",
                "That is okay. You can stop at any point. You can also come back "
                "later.",
            ),
        ],
    },
    "report": {
        "title": "Telling the police",
        "slug": "telling-the-police",
        "summary": "You tell the police what happened. They write it down and "
        "give you a crime number.",
        "what_happens": [
            steps(
                "You tell the police what happened. You can do this with your "
                "advocate.",
                "The police write down the crime. This is called recording it.",
                "They give you a crime number. Keep it safe.",
                "An officer will be put in charge of your case.",
                "The police should put you in touch with support.",
                intro="This is what usually happens:",
            ),
            good(
                "You do not need to remember every detail at once. It is normal "
                "to remember more later. You can tell them more then."
            ),
        ],
        "who_you_meet": [OIC, LIAISON, ADVOCATE],
        "how_long": [
            p(
                "The police should record the crime soon after you tell them. "
                "They should refer you to support within "
                "{limit:code_referral_to_support}."
            ),
        ],
        "your_rights": [
            right(2, "The police must write down the crime without a long wait."),
            right(
                3,
                "When you report, the police must tell you what will happen next "
                "and where to get help.",
            ),
            right(
                4,
                "The police must pass your details to a support service, if you "
                "want that.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "To have your advocate with you.",
                "To speak to an officer of the sex you choose.",
                "To have breaks when you need them.",
                "To be told how and when they will contact you.",
                "To use a safe phone number, or to go through your advocate.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can help you get ready, come with you, and keep a "
                "note of your crime number. They can tell the police the best "
                "way to reach you safely."
            ),
        ],
        "questions": [
            q(
                "What if my phone number changes?",
                "Tell your advocate. They can pass the new number on, so you do "
                "not miss any news.",
            ),
            q(
                "Can I tell them some things and not others?",
                "You can go at your own pace. It helps the case to be open, but "
                "you can take breaks and ask for help.",
            ),
        ],
    },
    "investigation": {
        "title": "The police investigate",
        "slug": "the-police-investigate",
        "summary": "The police look into what happened. They talk to you, find "
        "evidence and speak to the person you named.",
        "what_happens": [
            p(
                "The police may ask you to do a video interview. This is called "
                "an ABE interview. It is done in a calm room, not a cell. The "
                "video can be played at the trial, so you may not need to tell "
                "it all again."
            ),
            p(
                "The police may arrest the person you named, or ask them to come "
                "in. They will ask them questions. This is called an interview "
                "under caution."
            ),
            ul(
                "Released under investigation (RUI). The police go on looking "
                "into it, with no set date and no rules the person must follow.",
                "Bail before any charge. This can have rules, like keeping away "
                "from you. It lasts {limit:pre_charge_bail_initial} at first. "
                "Senior officers can make it longer, and after that a court must "
                "agree.",
                "The police send the file to the CPS to decide on a charge.",
                intro="After the interview, a few things can happen:",
            ),
            good(
                "The police must ask what you think about bail rules, like "
                "keeping away from you. You can tell them what would help you "
                "feel safe."
            ),
        ],
        "who_you_meet": [OIC, ADVOCATE],
        "how_long": [
            p(
                "This stage can be slow. It can take many months. Waiting is "
                "hard. A long wait does not mean no one believes you."
            ),
        ],
        "your_rights": [
            right(
                6,
                "The police must tell you when someone is arrested, questioned, "
                "let go or put on bail, and if that changes. For most people in "
                "your position, they should tell you within "
                "{limit:code_investigation_update_enhanced}.",
            ),
            right(
                1,
                "You can ask for help to understand and be understood, like an "
                "interpreter or breaks.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "To have your advocate with you at the video interview.",
                "To know the name of the officer in charge.",
                "To be told about bail rules that keep you safe.",
                "Regular updates, even when there is no news.",
                "Special measures, if the case goes to court. It helps to ask early.",
            ),
        ],
        "what_your_advocate_can_do": [
            ADVOCATE_CHASES,
            p(
                "They can also write down what you want for court, like a screen. "
                "They send this to the police early, so it is not missed."
            ),
        ],
        "questions": [
            q(
                "Why was the person let go?",
                "Being let go does not mean the case is over. The police may still "
                "be looking into it. Ask your advocate to find out what it means "
                "for you.",
            ),
            q(
                "Do I have to do the video interview?",
                "No, it is your choice. It can help, because the video can be "
                "used at court. Your advocate can tell you more about it.",
            ),
        ],
    },
    "charging_decision": {
        "title": "Deciding on a charge",
        "slug": "deciding-on-a-charge",
        "summary": "Lawyers at the CPS look at the evidence. They decide if the "
        "person should be charged with a crime.",
        "what_happens": [
            p(
                "In cases like yours, the CPS usually makes the decision. They use "
                "a test in two parts, called the Full Code Test."
            ),
            steps(
                "First they ask: is there enough evidence to go to court?",
                "Then they ask: is it right to take this case to court?",
                intro="The test has two steps:",
            ),
            ul(
                "The person is charged. The case goes to court.",
                "No further action (NFA). There is no charge for now.",
                "A lesser step that does not go to court.",
                "The police are asked to find more evidence first.",
                intro="Then one of these happens:",
            ),
        ],
        "who_you_meet": [CPS, OIC, ADVOCATE],
        "how_long": [
            p(
                "This can take weeks or months. The CPS may send the file back "
                "for more work. That can add time."
            ),
        ],
        "your_rights": [
            right(
                6,
                "You must be told the decision, and why, without delay. If there "
                "is no charge, you must be told how to ask for a review.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "To be told the decision by someone you trust, like your advocate.",
                "To have the reasons explained in plain words.",
                "To ask for a review if the answer is no charge.",
            ),
        ],
        "what_your_advocate_can_do": [
            ADVOCATE_CHASES,
            p(
                "If there is no charge, they can help you ask for a review. They "
                "know the time limits."
            ),
        ],
        "questions": [
            q(
                "Does no charge mean they did not believe me?",
                "No. It means they did not think the test was met. You can ask "
                "for a review.",
            ),
        ],
    },
    "nfa_review": {
        "title": "No charge, and asking for a review",
        "slug": "no-charge-and-review",
        "summary": "If there is no charge, you can ask for someone new to look "
        "at the decision. This is the Victims' Right to Review.",
        "what_happens": [
            p(
                "No further action (NFA) means the police or the CPS have decided "
                "not to charge anyone for now. This can feel awful. It does not "
                "mean you lied or did something wrong."
            ),
            p(
                "You can ask for the decision to be looked at again. This is the "
                "Victims' Right to Review (VRR). A new person, who did not make "
                "the first choice, looks at it."
            ),
            ul(
                "They agree with the first decision. The case ends.",
                "They change it. The case can go on to a charge.",
                "They send it back to the police to find more evidence.",
                intro="The review can end in three ways:",
            ),
        ],
        "who_you_meet": [CPS, OIC, ADVOCATE],
        "how_long": [
            ul(
                "If the police decided: ask within {limit:vrr_police}.",
                "If the CPS decided: ask within {limit:vrr_cps_prompt} for a "
                "quick review. They can still take it up to "
                "{limit:vrr_cps_latest}.",
                intro="Time limits count from the day you were told:",
            ),
            important(
                "Do not wait if you can help it. Your advocate can send the "
                "request for you."
            ),
        ],
        "your_rights": [
            right(
                6,
                "You must be told about the decision and how to ask for a review.",
            ),
            right(
                12,
                "If you were not told, or were told late, you can complain.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "The reasons for the decision, in writing.",
                "A review under the Victims' Right to Review.",
                "A meeting to have it explained.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can write the review request with you, send it in "
                "time, and chase the answer."
            ),
        ],
        "questions": [
            q(
                "Does it cost anything?",
                "No. Asking for a review is free.",
            ),
            q(
                "Will the person know I asked?",
                "Ask your advocate what the review means for you. They can help "
                "you plan for your safety.",
            ),
        ],
    },
    "hearings": {
        "title": "Going to court",
        "slug": "going-to-court",
        "summary": "The person has been charged. There will be some short court "
        "hearings to get the case ready for trial.",
        "what_happens": [
            p(
                "Every case starts at a magistrates' court. Serious cases, like "
                "rape, are then sent to the Crown Court."
            ),
            p(
                "At the Crown Court there is a hearing called the PTPH. The person "
                "charged says if they are guilty or not guilty."
            ),
            ul(
                "If they say guilty, there is no trial. The case moves on to the "
                "sentence.",
                "If they say not guilty, the court sets a trial date. Some trials "
                "are put in a warned list. That means a window of days, not one "
                "set day.",
                intro="What they say changes what happens next:",
            ),
            p(
                "There may be other short hearings. One can set rules for how you "
                "will be asked questions. In some cases, your questions can be "
                "filmed before the trial. This is called s.28."
            ),
        ],
        "who_you_meet": [WCU, CPS, WITNESS_SERVICE, ADVOCATE],
        "how_long": [
            p(
                "The PTPH is usually about 28 days after the case is sent to the "
                "Crown Court. The trial can be many months after that."
            ),
        ],
        "your_rights": [
            right(
                8,
                "The Witness Care Unit must tell you the dates of hearings, and "
                "what you need to do.",
            ),
            right(
                9,
                "You must be told what the person said: guilty or not guilty.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "Special measures, like a screen or a video link. The CPS must ask "
                "the court in time.",
                "A meeting with the CPS lawyer about special measures.",
                "A visit to the court before the trial.",
                "A separate way in and a separate place to wait.",
                "An interpreter, and breaks.",
            ),
            important(
                "There are time limits for asking for special measures. Tell your "
                "advocate what you want as early as you can."
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can write to the police and the CPS with what you "
                "want at court, in your own words. They can check it was asked "
                "for, and tell you what the court said."
            ),
        ],
        "questions": [
            q(
                "Do I have to go to these hearings?",
                "Ask the Witness Care Unit or your advocate. They will tell you if "
                "you need to be there.",
            ),
            q(
                "What if I am scared of seeing the person?",
                "Tell your advocate. Screens, a video link and a separate place to "
                "wait can all help.",
            ),
        ],
    },
    "trial": {
        "title": "The trial",
        "slug": "the-trial",
        "summary": "The court hears the evidence. You may give evidence as a "
        "witness. Then the jury decides.",
        "what_happens": [
            steps(
                "The prosecutor tells the jury about the case.",
                "Witnesses give evidence. You may be one of the first.",
                "The judge may stop the case if there is not enough evidence.",
                "The person charged can give their side.",
                "The jury goes out to decide.",
                intro="Most trials go like this:",
            ),
            p(
                "The prosecution is the side that brings the case. The defence "
                "is the side of the person charged."
            ),
            p(
                "When you give evidence, the prosecutor asks you questions first. "
                "This is your main evidence. It is called evidence in chief. Your "
                "video interview can be used for it. Then the defence lawyer asks "
                "you questions. This is called cross-examination."
            ),
            good(
                "The law limits questions about your sex life or your work. The "
                "defence must ask the judge first, and the judge can say no."
            ),
        ],
        "who_you_meet": [JUDGE, JURY, PROSECUTOR, DEFENCE, WITNESS_SERVICE],
        "how_long": [
            p(
                "A trial can last a few days or a few weeks. You usually only "
                "need to be there while you give evidence."
            ),
            p(
                "Trial dates often move. About half of victims with a trial date "
                "had it changed. This is not your fault. Read "
                '<a linktype="page" id="{page:if-the-trial-date-moves}">what to '
                "do if the trial date moves</a>."
            ),
        ],
        "your_rights": [
            right(
                8,
                "You must be told about the trial and what you need to do as a "
                "witness.",
            ),
            right(
                10,
                "You can claim costs for going to court, like travel.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "Special measures, like a screen or a video link.",
                "A supporter with you in the video link room.",
                "To read your police statement again before you give evidence.",
                "Breaks when you need them.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can help you get ready, check your special measures "
                "are in place, and be with you on the day, if the court agrees."
            ),
        ],
        "questions": [
            q(
                "Will people know my name?",
                """
                People in the court will hear your name. This means the judge,
                the jury, the lawyers and anyone who comes to watch.

                But the law protects you outside the court. No one may print,
                post or broadcast your name, your photo or anything that could
                show who you are. This lasts for your whole life, whatever the
                verdict. Only you can give this up, in writing.
                """,
            ),
            q(
                "Can I see the trial after my part?",
                "Often, yes. You can sit in the public gallery. That is the part "
                "of the court for people who come to watch. Ask your advocate "
                "first. They can find out for you.",
            ),
        ],
    },
    "verdict": {
        "title": "The verdict",
        "slug": "the-verdict",
        "summary": "The verdict is the jury's decision. It can be guilty, not "
        "guilty, or the jury may not be able to agree.",
        "what_happens": [
            ul(
                "Guilty. The case moves on to the sentence.",
                "Not guilty. The case ends.",
                "The jury cannot agree. The CPS then decides if there will be a "
                "new trial.",
                intro="The jury can decide:",
            ),
            p(
                "A jury tries to agree as one. If they cannot, the judge may let "
                "10 or 11 out of 12 be enough."
            ),
            good(
                "Not guilty does not mean the jury thought you lied. It means they "
                "were not sure enough. The law asks them to be very sure."
            ),
        ],
        "who_you_meet": [WCU, ADVOCATE],
        "how_long": [
            p(
                "The jury can take hours or days to decide. The Witness Care Unit "
                "should tell you the verdict within {limit:code_outcome_enhanced}."
            ),
        ],
        "your_rights": [
            right(9, "You must be told the verdict, and what happens next."),
        ],
        "what_you_can_ask_for": [
            ul(
                "To be told the verdict in a way that suits you.",
                "Support after the verdict, whatever it is.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can tell you the verdict if you want them to. They "
                "can stay with you and help you plan what comes next."
            ),
        ],
        "questions": [
            q(
                "What if it is not guilty?",
                "It is okay to feel angry, sad or numb. Your advocate is still "
                "there for you. You can still get support.",
            ),
        ],
    },
    "retrial": {
        "title": "A new trial",
        "slug": "a-new-trial",
        "summary": "Sometimes there is a second trial. This can happen if the jury "
        "could not agree, or after an appeal.",
        "what_happens": [
            p(
                "If the jury could not agree, the CPS decides if there should be "
                "a new trial. They use the same test as before. What you think "
                "matters to them."
            ),
            p(
                "An appeal is when a higher court is asked to look at a case "
                "again. The Court of Appeal can order a new trial. Then the "
                "person must be asked again in court if they are guilty or not "
                "guilty. This is called arraignment. It must happen within "
                "{limit:retrial_arraignment}, unless the Court of Appeal allows "
                "more time. The new trial itself can start later."
            ),
            good("After two juries cannot agree, there is not usually a third trial."),
        ],
        "who_you_meet": [CPS, WCU, ADVOCATE],
        "how_long": [
            p(
                "After a jury cannot agree there is no set time limit. Ask your "
                "advocate to find out the plan."
            ),
        ],
        "your_rights": [
            right(6, "You must be told about the decision on a new trial."),
            right(8, "You must be told the new dates, and what you need to do."),
        ],
        "what_you_can_ask_for": [
            ul(
                "To tell the CPS how you feel about a new trial.",
                "The same special measures as before, or new ones.",
                "Support to get through it again.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can pass your views to the CPS, check your special "
                "measures again and keep you up to date."
            ),
        ],
        "questions": [
            q(
                "Do I have to give evidence again?",
                "Often, yes. If your evidence was filmed, the film may be used "
                "again. Ask your advocate.",
            ),
        ],
    },
    "sentence": {
        "title": "Sentencing",
        "slug": "sentencing",
        "summary": "The person is guilty. The judge now decides the sentence, "
        "which is the punishment.",
        "what_happens": [
            p(
                "The judge decides the sentence. Before they do, they read your "
                "Victim Personal Statement (VPS), if you made one. It tells them "
                "how the crime has hurt you."
            ),
            p(
                "Sometimes the sentence is on the same day as the verdict. Often "
                "it is a few weeks later."
            ),
        ],
        "who_you_meet": [JUDGE, WCU, ADVOCATE],
        "how_long": [
            p(
                "The hearing is often short. The Witness Care Unit should tell "
                "you the sentence within {limit:code_outcome_enhanced}."
            ),
        ],
        "your_rights": [
            right(
                7,
                "You can make a Victim Personal Statement. You can choose to read "
                "it out, or have it read for you.",
            ),
            right(9, "You must be told the sentence, and what it means."),
        ],
        "what_you_can_ask_for": [
            ul(
                "To make or update your VPS.",
                "To read it out yourself, or not.",
                "To be told the sentence in plain words.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can help you write your VPS, and tell you what the "
                "sentence means in real life."
            ),
        ],
        "questions": [
            q(
                "What if the sentence feels too low?",
                "You can ask for it to be looked at. There is a strict time "
                "limit. Read "
                '<a linktype="page" id="{page:after-the-sentence}">after the '
                "sentence</a> to find out more.",
            ),
        ],
    },
    "after_sentence": {
        "title": "After the sentence",
        "slug": "after-the-sentence",
        "summary": "The trial is over, but some things can still happen. There "
        "may be an appeal, and you can still get support.",
        "what_happens": [
            p(
                "The person who was found guilty can appeal. This means they ask "
                "a higher court, the Court of Appeal, to look at the case again. "
                "They should ask within {limit:defendant_appeal_notice} of the "
                "verdict or the sentence. The Court of Appeal can give them more "
                "time."
            ),
            p(
                "If you think the sentence is too low, anyone can ask the "
                "Attorney General to look at it. This only works for some crimes. "
                "Rape is one of them."
            ),
            important(
                "You must ask about a low sentence within "
                "{limit:unduly_lenient_sentence} of the sentence. This is a hard "
                "limit. It cannot be made longer."
            ),
        ],
        "who_you_meet": [WCU, ADVOCATE],
        "how_long": [
            p("An appeal can take months. Your advocate can tell you how it is going."),
        ],
        "your_rights": [
            right(9, "You must be told about any appeal, and the result."),
            right(
                11,
                "You may be able to get news about the person while they are in "
                "prison, like when they may be let out.",
            ),
        ],
        "what_you_can_ask_for": [
            ul(
                "News about any appeal.",
                "News about release, if you want it.",
                "Help to ask about a low sentence, in time.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can help you ask about a low sentence before the "
                "time runs out. They can also help you plan for the future."
            ),
        ],
        "questions": [
            q(
                "Does my support end now?",
                "Not straight away. Talk to your advocate about what you need.",
            ),
        ],
    },
    "withdrawn": {
        "title": "Stepping back",
        "slug": "stepping-back",
        "summary": "You can step back from the case at any time. You can also "
        "come back later.",
        "what_happens": [
            p(
                "It is your right to step back. Lots of people do. It can be for "
                "safety, health, money, work or just because it is too much."
            ),
            p(
                "Tell your advocate. They can tell the police for you. The police "
                "or the CPS will then decide what happens to the case."
            ),
            choose(
                "You can say you want to step back, or just take a break. You can "
                "keep your support either way."
            ),
            important(
                "The CPS decides if the case goes on, not you. Most of the time "
                "it stops when you step back. But in some cases the CPS goes on "
                "without you. They can even ask a court to make you come as a "
                "witness. This is rare. Your advocate can find out what it means "
                "for you."
            ),
        ],
        "who_you_meet": [ADVOCATE, OIC],
        "how_long": [
            p("There is no time limit on stepping back, or on coming back."),
        ],
        "your_rights": [
            right(
                4,
                "You can still get support, even if you step back from the case.",
            ),
            right(12, "You can complain if your rights were not met."),
        ],
        "what_you_can_ask_for": [
            ul(
                "To talk it through before you decide.",
                "To keep your support.",
                "To know what will happen to the case.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can help you think about your choices, tell the "
                "police, and stay in touch if you want."
            ),
        ],
        "questions": [
            q(
                "Can I come back later?",
                "Often, yes. Talk to your advocate. They can tell the police you "
                "want to go on.",
            ),
        ],
    },
    "closed": {
        "title": "When support ends",
        "slug": "when-support-ends",
        "summary": "Your case or your support has ended. You can still come back "
        "if you need to.",
        "what_happens": [
            p(
                "Support ends when the case is over, or when you and your advocate "
                "agree. Sometimes we lose touch. That is okay."
            ),
            choose("If you need help again, get in touch. We can start again."),
        ],
        "who_you_meet": [ADVOCATE],
        "how_long": [
            p("There is no time limit on coming back to us."),
        ],
        "your_rights": [
            right(12, "You can complain if your rights under the code were not met."),
        ],
        "what_you_can_ask_for": [
            ul(
                "To be put in touch with other support.",
                "To come back if things change.",
            ),
        ],
        "what_your_advocate_can_do": [
            p(
                "Your advocate can put you in touch with other help before "
                "support ends."
            ),
        ],
        "questions": [
            q(
                "What if there is news about the case later?",
                "Tell us how to reach you safely. We can pass it on.",
            ),
        ],
    },
}
