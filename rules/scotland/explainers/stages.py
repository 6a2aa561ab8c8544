"""One explainer per stage of the Scotland pack, keyed by stage."""

from __future__ import annotations

from ..pack import STAGES as PACK_STAGES
from . import bullets, callout, limit, measure, para, person, question, right, steps

# People ----------------------------------------------------------------------
ADVOCATE = person(
    "Your advocate",
    "Your advocate is on your side. They are not the police and not a lawyer. "
    "They can explain things, chase news and come with you.",
)
POLICE = person(
    "Police Scotland",
    "The police write down what happened and look into it. An officer will be in "
    "charge of your case. They send a report to the procurator fiscal.",
)
FISCAL = person(
    "The procurator fiscal",
    "A lawyer for the Crown Office and Procurator Fiscal Service (COPFS). The "
    "fiscal decides if the case goes to court, and takes it to court. For the "
    "most serious cases, senior lawyers called Crown Counsel decide.",
)
VIA = person(
    "Victim Information and Advice (VIA)",
    "A team at COPFS. They tell you what is going on with the case, like court "
    "dates and what happened. They help with special measures too.",
)
WITNESS_SERVICE = person(
    "The Witness Service",
    "Kind helpers from Victim Support Scotland. They can show you the court "
    "before the day and sit with you while you wait.",
)
JUDGE = person(
    "The judge or sheriff",
    "The person in charge in court. In the High Court it is a judge. In a "
    "sheriff court it is a sheriff.",
)
JURY = person(
    "The jury",
    "In serious cases, 15 members of the public listen and decide the verdict.",
)
DEFENCE = person(
    "The defence lawyer",
    "The lawyer for the person accused. They may ask you questions in court.",
)

ADVOCATE_CHASES = para(
    "Your advocate can chase the police, the fiscal or VIA for news. With your "
    "okay, they can get updates for you. They can help you complain too."
)

STAGES: dict[str, dict] = {
    "before_reporting": {
        "title": "Thinking about telling the police",
        "slug": "thinking-about-reporting",
        "summary": "You do not have to decide now. You can get support first, and "
        "take your time.",
        "what_happens": [
            para(
                "Something happened to you that was not okay. It was not your "
                "fault. Your work, your past or your choices do not change that.",
                "Some people tell the police straight away. Some wait a long "
                "time. Some never do. All of these are okay.",
            ),
            bullets(
                "You have choices. You could:",
                "Talk to an advocate first, in private.",
                "Tell the police yourself.",
                "Have a health check first, without telling the police.",
                "Ask someone else to pass on what happened.",
            ),
            callout(
                "good_to_know",
                "If you are 16 or over, you can ask the NHS for a check after a "
                "sexual assault without telling the police. Call NHS 24 on 111. "
                "They can keep what they find for "
                f"{limit('forensic_self_referral_retention')}, in case you tell "
                "the police later.",
            ),
        ],
        "who_you_meet": [ADVOCATE],
        "how_long": [
            para(
                "There is no rush. You can get support now and decide about the "
                "police later."
            ),
        ],
        "your_rights": [
            right(6, "You can get support even if you do not tell the police."),
            right(
                2,
                "You can ask for someone who speaks your language, or for help "
                "to talk.",
            ),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "To talk to an advocate in private before you decide.",
                "To speak to a woman or a man, if that feels safer.",
                "To use a name you choose with support services.",
            ),
        ],
        "what_your_advocate_can_do": [
            para(
                "Your advocate can listen and tell you what each choice means. "
                "They will not push you. If you want to tell the police, they can "
                "help and can be with you."
            ),
        ],
        "questions": [
            question(
                "Will I get in trouble because of my work?",
                "Selling sex is not a crime in Scotland. But some things linked "
                "to it are, like asking for clients in the street, or running a "
                "brothel. You are telling the police about a crime done to you. "
                "That is what they should look into. If you are worried about "
                "your visa, talk to your advocate before you go.",
            ),
            question(
                "What if I change my mind later?",
                "That is okay. You can stop at any point, and come back later.",
            ),
        ],
    },
    "report": {
        "title": "Telling the police",
        "slug": "telling-the-police",
        "summary": "You tell Police Scotland what happened. They write it down "
        "and give you a crime number.",
        "what_happens": [
            steps(
                "This is what usually happens:",
                "You call 101, or 999 if you are in danger. You can also go to a "
                "police station with your advocate.",
                "The police write down the crime.",
                "They give you a crime number. Keep it safe.",
                "An officer will be put in charge of your case.",
            ),
            callout(
                "good_to_know",
                "You do not need to remember every detail at once. It is normal "
                "to remember more later. You can tell them more then.",
            ),
        ],
        "who_you_meet": [POLICE, ADVOCATE],
        "how_long": [
            para("The police should write down the crime soon after you tell them."),
        ],
        "your_rights": [
            right(1, "The police must treat you with respect and care."),
            right(
                3,
                "The police must tell you what happens next and where to get help.",
            ),
            right(6, "The police should put you in touch with support, if you want."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "To have your advocate with you.",
                "To speak to an officer of the sex you choose.",
                "To have breaks when you need them.",
                "To be told how and when they will contact you.",
            ),
        ],
        "what_your_advocate_can_do": [
            para(
                "Your advocate can help you get ready, come with you, and keep a "
                "note of your crime number. They can tell the police the safest "
                "way to reach you."
            ),
        ],
        "questions": [
            question(
                "What if my phone number changes?",
                "Tell your advocate. They can pass it on, so you do not miss news.",
            ),
        ],
    },
    "investigation": {
        "title": "The police investigate",
        "slug": "the-police-investigate",
        "summary": "The police look into what happened. They talk to you, look "
        "for evidence and speak to the person you named.",
        "what_happens": [
            para(
                "The police will take your statement. This means they write down "
                "what you tell them. Sometimes they film it instead. The film may "
                "be used in court, so you may not need to tell it all again.",
                "The police may arrest the person you named and ask them questions.",
            ),
            bullets(
                "After that, a few things can happen:",
                "The person is let go while the police keep looking. There may be "
                "rules, like keeping away from you, for up to "
                f"{limit('investigative_liberation')}.",
                "The person is charged. This means the police think there is a "
                "crime to answer.",
                "The police send a report to the procurator fiscal.",
            ),
        ],
        "who_you_meet": [POLICE, ADVOCATE],
        "how_long": [
            para(
                "This can be slow. It can take many months. A long wait does not "
                "mean no one believes you."
            ),
        ],
        "your_rights": [
            right(
                3,
                "You can ask the police what is going on, and be told about "
                "arrests and charges.",
            ),
            right(5, "You can ask the police about your safety, and for help."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "To have your advocate with you when you give your statement.",
                "To know the name of the officer in charge.",
                "To be told about rules that keep the person away from you.",
                "For news, even when there is no news.",
            ),
        ],
        "what_your_advocate_can_do": [ADVOCATE_CHASES],
        "questions": [
            question(
                "Why was the person let go?",
                "Being let go does not mean the case is over. The police may "
                "still be looking into it. Your advocate can find out more.",
            ),
        ],
    },
    "fiscal_decision": {
        "title": "Deciding whether to go to court",
        "slug": "deciding-on-court",
        "summary": "A lawyer called the procurator fiscal looks at the evidence. "
        "They decide if the case goes to court.",
        "what_happens": [
            para(
                "The police send their report to the procurator fiscal. In "
                "serious sexual cases, a special team of fiscals looks at it. "
                "Senior lawyers called Crown Counsel may decide.",
                "The fiscal may ask to meet you to go over your statement. This "
                "is called precognition. You can bring your advocate.",
            ),
            bullets(
                "Then one of these happens:",
                "The case goes to court.",
                "No court case. This is called no proceedings.",
                "A step that is not court, like a warning or a fine from the fiscal.",
                "The police are asked to find out more first.",
            ),
        ],
        "who_you_meet": [FISCAL, VIA, ADVOCATE],
        "how_long": [
            para(
                "This can take weeks or months. In the most serious cases, it can "
                "take longer."
            ),
        ],
        "your_rights": [
            right(3, "You should be told the decision, and you can ask why."),
            right(7, "If there is no court case, you can ask for a review."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "To be told the decision by someone you trust, like your advocate.",
                "To have the reasons explained in plain words.",
                "For a review, if there is no court case.",
            ),
        ],
        "what_your_advocate_can_do": [ADVOCATE_CHASES],
        "questions": [
            question(
                "Does no court case mean they did not believe me?",
                "No. It means the fiscal did not think there was enough to go to "
                "court. In Scotland the law needs more than one source of "
                "evidence. You can ask for a review.",
            ),
        ],
    },
    "no_proceedings_review": {
        "title": "No court case, and asking for a review",
        "slug": "no-court-case-and-review",
        "summary": "If there is no court case, you can ask a new lawyer to look "
        "at the decision. This is the Victims' Right to Review.",
        "what_happens": [
            steps(
                "This is how it works:",
                "You, or your advocate, ask COPFS for a review. You can use a "
                "form on their website, or write to them.",
                "A lawyer who did not make the first decision looks at the case again.",
                "They write to tell you what they decided, and why.",
            ),
            callout(
                "important",
                f"Ask within {limit('vrr_copfs')} of being told. COPFS can look "
                "at a later request, but a wait can make it harder to change "
                "things.",
            ),
            para(
                "The review can keep the decision, or start the case again. It "
                "can also ask the police to find out more."
            ),
        ],
        "who_you_meet": [FISCAL, VIA, ADVOCATE],
        "how_long": [
            para("A review can take weeks. COPFS will tell you what is going on."),
        ],
        "your_rights": [
            right(7, "You can ask for a review of a decision not to go to court."),
            right(11, "You can complain if you were not treated well."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "Why the decision was made.",
                "For a review.",
                "For help to write the request.",
            ),
        ],
        "what_your_advocate_can_do": [
            para(
                "Your advocate can write the review request with you and send it "
                "in time. They can keep track of the answer."
            ),
        ],
        "questions": [
            question(
                "Can every decision be reviewed?",
                "Most decisions not to go to court can. A warning or fine from "
                "the fiscal, or a decision made by a court, cannot.",
            ),
        ],
    },
    "court_before_trial": {
        "title": "Going to court",
        "slug": "going-to-court",
        "summary": "The case goes to court. There are short court days called "
        "diets before any trial. You do not go to most of them.",
        "what_happens": [
            para(
                "In serious cases, the person first goes to the sheriff court in "
                "private. This is called a petition. Later they get a paper "
                "called an indictment. It lists the charges.",
                "Before the trial there is a short court day. In the High Court "
                "it is a preliminary hearing. In a sheriff court it is a first "
                "diet. In smaller cases there is a pleading diet and an "
                "intermediate diet.",
                "At these days the person says guilty or not guilty. If they say "
                "not guilty, a trial date is set.",
            ),
            callout(
                "good_to_know",
                "In a sexual offence case you can have a screen, a TV link or a "
                "supporter. You do not have to ask the court for these. Tell VIA "
                "or the fiscal which ones you want.",
            ),
            measure("live_link"),
            measure("screen"),
            measure("supporter"),
            measure(
                "evidence_by_commissioner",
                "The fiscal must ask the court for this one. Tell them early.",
            ),
        ],
        "who_you_meet": [VIA, FISCAL, WITNESS_SERVICE, ADVOCATE],
        "how_long": [
            para(
                "In the most serious cases, the trial should start within "
                f"{limit('petition_to_trial')} of the petition. The court can "
                "give more time, and it often does."
            ),
        ],
        "your_rights": [
            right(
                3, "VIA should tell you the date of each court day, and what happened."
            ),
            right(
                5, "You have a right to special measures that help you give evidence."
            ),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "For the special measures you want.",
                "To see the court before the day.",
                "To have your evidence taken before the trial.",
                "To know if the person is on bail, and the bail rules.",
            ),
        ],
        "what_your_advocate_can_do": [
            para(
                "Your advocate can write to the fiscal and VIA with the special "
                "measures you want, in your own words. They can ask for written "
                "news of what the court decides."
            ),
        ],
        "questions": [
            question(
                "Will I get a letter telling me to go to court?",
                "Yes. It is called a citation. It tells you where and when to go. "
                "Show it to your advocate. If you cannot go, tell VIA straight "
                "away.",
            ),
        ],
    },
    "trial": {
        "title": "The trial",
        "slug": "the-trial",
        "summary": "The court hears the evidence. You may be asked to give your "
        "evidence, with the help you asked for.",
        "what_happens": [
            para(
                "The lawyer for the Crown asks you questions first. Then the "
                "defence lawyer asks you questions.",
                "The person accused is not allowed to ask you questions "
                "themselves. Questions about your sex life are not allowed "
                "unless the judge agrees first.",
                "In serious cases, a jury of 15 people decides. In smaller cases, "
                "the sheriff or justice decides.",
            ),
            callout(
                "good_to_know",
                "If your evidence was taken before the trial, you may not need to "
                "go to the trial at all.",
            ),
        ],
        "who_you_meet": [JUDGE, JURY, FISCAL, DEFENCE, WITNESS_SERVICE],
        "how_long": [
            para(
                "A trial can last a few days or a few weeks. Trial dates can "
                "move. VIA should tell you if they do."
            ),
        ],
        "your_rights": [
            right(5, "You can give evidence with your special measures."),
            right(9, "You can claim back costs of going to court."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "For breaks while you give evidence.",
                "To wait away from the person and their family.",
                "To read your statement again before you go in.",
            ),
        ],
        "what_your_advocate_can_do": [
            para(
                "Your advocate can be with you on the day, outside the courtroom. "
                "They can help you get home safely."
            ),
        ],
        "questions": [
            question(
                "Do I have to see the person?",
                "No. A screen or a TV link means you do not have to see them.",
            ),
        ],
    },
    "verdict": {
        "title": "The verdict",
        "slug": "the-verdict",
        "summary": "The jury, or the sheriff, says if the person is guilty.",
        "what_happens": [
            bullets(
                "The verdict can be:",
                "Guilty.",
                "Not guilty.",
                "Not proven. This means the same as not guilty for the person.",
            ),
            callout(
                "important",
                "A new law is ending the not proven verdict. Trials that start "
                "after the change will only have guilty or not guilty.",
            ),
            para(
                "If the verdict is not guilty or not proven, the person is free "
                "to go. It does not mean you were not believed. It means the jury "
                "was not sure enough."
            ),
        ],
        "who_you_meet": [JURY, JUDGE, VIA, ADVOCATE],
        "how_long": [para("The jury decides after the evidence. It can take hours.")],
        "your_rights": [
            right(3, "VIA should tell you the verdict quickly if you were not there."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "To hear the verdict from your advocate or VIA.",
                "For support after the verdict, whatever it is.",
            ),
        ],
        "what_your_advocate_can_do": [
            para("Your advocate can be there for you, and talk about what comes next."),
        ],
        "questions": [
            question(
                "Can the case be tried again?",
                "Not after guilty, not guilty or not proven, except in very rare "
                "cases.",
            ),
        ],
    },
    "new_prosecution": {
        "title": "A new trial",
        "slug": "a-new-trial",
        "summary": "Sometimes a trial is stopped and can start again, or an "
        "appeal court allows a new trial.",
        "what_happens": [
            para(
                "A trial can be stopped before the verdict. If the court says the "
                "Crown can start again, the fiscal decides if there will be a new "
                "trial.",
                "If there is, the steps are like the first time. VIA should tell "
                "you the new dates.",
            ),
        ],
        "who_you_meet": [FISCAL, VIA, ADVOCATE],
        "how_long": [para("It can take months to get a new trial date.")],
        "your_rights": [
            right(4, "You can tell the fiscal how you feel about a new trial."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "Why the first trial stopped.",
                "To keep your special measures for the new trial.",
            ),
        ],
        "what_your_advocate_can_do": [ADVOCATE_CHASES],
        "questions": [
            question(
                "Do I have to give evidence again?",
                "Maybe. If your evidence was recorded, it may be used again. Ask "
                "the fiscal.",
            ),
        ],
    },
    "sentence": {
        "title": "Sentencing",
        "slug": "sentencing",
        "summary": "If the person is guilty, the judge or sheriff decides the "
        "sentence.",
        "what_happens": [
            para(
                "The court may wait a few weeks to get reports about the person. "
                "This is called deferring the sentence.",
                "You may be able to make a victim statement. It tells the court "
                "how the crime has affected you. You can write it, and in some "
                "cases you can record it.",
            ),
        ],
        "who_you_meet": [JUDGE, VIA, ADVOCATE],
        "how_long": [para("Sentencing can be on the day, or weeks later.")],
        "your_rights": [
            right(8, "You can make a victim statement."),
            right(3, "VIA should tell you the sentence."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "For help to write your victim statement.",
                "To know the date of the sentence.",
            ),
        ],
        "what_your_advocate_can_do": [
            para("Your advocate can help you write your statement, if you want one."),
        ],
        "questions": [
            question(
                "Do I have to go to court for the sentence?",
                "No. You can go if you want to. VIA can tell you the result.",
            ),
        ],
    },
    "after_sentence": {
        "title": "After the sentence",
        "slug": "after-the-sentence",
        "summary": "The case is over, but there are still things you can do.",
        "what_happens": [
            para(
                "The person may appeal. This means they ask a higher court to "
                "look again. VIA should tell you if they do.",
                "If you think the sentence is too low, you can ask COPFS to "
                "appeal it. Only the Lord Advocate can decide. It must be done "
                f"within {limit('unduly_lenient_sentence')} of the sentence, so "
                "ask quickly.",
            ),
            callout(
                "good_to_know",
                "If the sentence is 18 months or more in prison, you can join the "
                "Victim Notification Scheme. It tells you when the person may be "
                "let out. VIA will send you the form.",
            ),
        ],
        "who_you_meet": [VIA, ADVOCATE],
        "how_long": [para("An appeal can take months.")],
        "your_rights": [
            right(10, "You can be told when the person is let out of prison."),
            right(11, "You can complain if your rights were not met."),
        ],
        "what_you_can_ask_for": [
            bullets(
                "You can ask:",
                "To join the Victim Notification Scheme.",
                "For COPFS to look at a sentence that seems too low.",
                "For support, for as long as you need it.",
            ),
        ],
        "what_your_advocate_can_do": [
            para(
                "Your advocate can help you fill in the form, and write to COPFS "
                "about the sentence."
            ),
        ],
        "questions": [
            question(
                "What if I want nothing more to do with it?",
                "That is okay. You do not have to join anything.",
            ),
        ],
    },
    "withdrawn": {
        "title": "Stepping back",
        "slug": "stepping-back",
        "summary": "You can step back from the case at any time. Your advocate "
        "can still support you.",
        "what_happens": [
            para(
                "Tell your advocate, the police or VIA that you want to step "
                "back. The fiscal decides if the case goes on, not you.",
                "If you have a citation to go to court, talk to your advocate "
                "and VIA first. The court can make a witness come.",
            ),
        ],
        "who_you_meet": [ADVOCATE, VIA],
        "how_long": [para("You can come back later if you want to.")],
        "your_rights": [right(6, "You can still get support.")],
        "what_you_can_ask_for": [
            bullets("You can ask:", "What stepping back means for the case."),
        ],
        "what_your_advocate_can_do": [
            para("Your advocate can explain your choices and pass on your wishes."),
        ],
        "questions": [
            question(
                "Will I be in trouble for stepping back?",
                "No one should blame you. Talk to your advocate about what it means.",
            ),
        ],
    },
    "closed": {
        "title": "Support has ended",
        "slug": "support-has-ended",
        "summary": "Your support has ended for now. You can come back at any time.",
        "what_happens": [
            para(
                "Your advocate has stopped working on your case. If anything "
                "changes, you can get in touch again."
            ),
        ],
        "who_you_meet": [ADVOCATE],
        "how_long": [para("There is no time limit on coming back.")],
        "your_rights": [right(11, "You can complain if your rights were not met.")],
        "what_you_can_ask_for": [
            bullets("You can ask:", "For support again, at any time."),
        ],
        "what_your_advocate_can_do": [
            para("Your advocate can pick up where you left off."),
        ],
        "questions": [
            question("Can I come back?", "Yes. Get in touch whenever you want."),
        ],
    },
}

assert set(STAGES) == {s.key for s in PACK_STAGES}
