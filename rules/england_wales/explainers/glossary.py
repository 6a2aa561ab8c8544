"""Glossary terms: (term, full name, slug, plain meaning)."""

TERMS = [
    (
        "appeal",
        "",
        "appeal",
        "When a higher court is asked to look at a case again. A person found "
        "guilty can appeal against the verdict or the sentence.",
    ),
    (
        "arraignment",
        "",
        "arraignment",
        "When the person charged is asked in court if they are guilty or not guilty.",
    ),
    (
        "ABE",
        "Achieving Best Evidence",
        "abe",
        "A video interview with the police, done in a calm room. The video can be "
        "played at the trial as your main evidence.",
    ),
    (
        "Attorney General",
        "",
        "attorney-general",
        "A top law officer. Anyone can ask them to look at a Crown Court sentence "
        "that seems too low, within {limit:unduly_lenient_sentence}.",
    ),
    (
        "bail",
        "",
        "bail",
        "When a person is let go but must follow rules, like staying away from "
        "you. Breaking the rules can mean arrest.",
    ),
    (
        "CPS",
        "Crown Prosecution Service",
        "cps",
        "Lawyers who decide if a person is charged. If they are, the CPS takes "
        "the case to court.",
    ),
    (
        "crime number",
        "crime reference number",
        "crime-number",
        "The number the police give your case when you report. Keep it safe.",
    ),
    (
        "cross-examination",
        "",
        "cross-examination",
        "When the lawyer for the person charged asks you questions in court.",
    ),
    (
        "Crown Court",
        "",
        "crown-court",
        "The court for serious cases, like rape. A jury decides the verdict.",
    ),
    (
        "defence",
        "",
        "defence",
        "The side of the person charged. Their lawyer is the defence lawyer.",
    ),
    (
        "defendant",
        "",
        "defendant",
        "The person charged with the crime.",
    ),
    (
        "evidence in chief",
        "",
        "evidence-in-chief",
        "Your main evidence, when the prosecutor asks you questions. It can be "
        "the video of your police interview.",
    ),
    (
        "Full Code Test",
        "",
        "full-code-test",
        "The test the CPS uses to decide on a charge. Is there enough evidence? "
        "And is it right to go to court?",
    ),
    (
        "ground rules hearing",
        "",
        "ground-rules-hearing",
        "A short hearing where the judge sets rules for how you will be asked "
        "questions.",
    ),
    (
        "hung jury",
        "",
        "hung-jury",
        "When a jury cannot agree on a verdict. There may be a new trial.",
    ),
    (
        "intermediary",
        "Registered Intermediary",
        "intermediary",
        "A person who helps you understand questions and be understood in court.",
    ),
    (
        "ISVA",
        "Independent Sexual Violence Adviser",
        "isva",
        "An advocate who supports people after sexual violence. They are on your "
        "side and are not the police.",
    ),
    (
        "liaison officer",
        "",
        "liaison-officer",
        "A police officer who is a link between the police and a group of people, "
        "like sex workers. Not every area has one.",
    ),
    (
        "live link",
        "",
        "live-link",
        "A video call from another room, so you do not have to be in the courtroom.",
    ),
    (
        "magistrates' court",
        "",
        "magistrates-court",
        "The court where every case starts. Serious cases are then sent to the "
        "Crown Court.",
    ),
    (
        "NFA",
        "No further action",
        "nfa",
        "A decision not to charge anyone for now. You can ask for a review.",
    ),
    (
        "OIC",
        "Officer in the case",
        "oic",
        "The police officer in charge of your case.",
    ),
    (
        "plea",
        "",
        "plea",
        "When the person charged tells the court if they are guilty or not guilty.",
    ),
    (
        "prosecution",
        "",
        "prosecution",
        "The side that brings the case to court. In cases like yours, this is the CPS.",
    ),
    (
        "PTPH",
        "Plea and Trial Preparation Hearing",
        "ptph",
        "A hearing at the Crown Court. The person charged says guilty or not "
        "guilty, and the court plans the trial.",
    ),
    (
        "public gallery",
        "",
        "public-gallery",
        "The seats in a court room for people who come to watch. Anyone can sit "
        "there, unless the judge says no.",
    ),
    (
        "RUI",
        "Released under investigation",
        "rui",
        "The person is let go with no bail rules while the police go on looking "
        "into the case.",
    ),
    (
        "s.28",
        "Section 28",
        "section-28",
        "Your questions from the lawyers are filmed before the trial. The film is "
        "played to the jury, so you do not go to the trial.",
    ),
    (
        "sentence",
        "",
        "sentence",
        "The punishment the judge gives a person found guilty.",
    ),
    (
        "special measures",
        "",
        "special-measures",
        "Help to give evidence, like a screen or a video link. In sexual offence "
        "cases you can always ask for them. The judge decides which ones you get.",
    ),
    (
        "URN",
        "Unique Reference Number",
        "urn",
        "The number the CPS uses for your case. It is different from your crime "
        "number.",
    ),
    (
        "verdict",
        "",
        "verdict",
        "The jury's decision: guilty or not guilty.",
    ),
    (
        "Victims' Code",
        "Code of Practice for Victims of Crime in England and Wales",
        "victims-code",
        "It sets out 12 rights you have as a victim of crime. The one in use now "
        "started in April 2021. If your rights are not met, you can complain.",
    ),
    (
        "VPS",
        "Victim Personal Statement",
        "vps",
        "Your own words about how the crime has hurt you. The judge reads it "
        "before the sentence.",
    ),
    (
        "VRR",
        "Victims' Right to Review",
        "vrr",
        "Your right to ask for a decision not to charge to be looked at again.",
    ),
    (
        "warned list",
        "",
        "warned-list",
        "A trial with no fixed day. It can start on any day in a window of time, "
        "often with short notice.",
    ),
    (
        "WCU",
        "Witness Care Unit",
        "wcu",
        "A team run by the police, often with the CPS. Once someone is charged, "
        "they tell you the date of each hearing, and what happened at it.",
    ),
    (
        "Witness Service",
        "",
        "witness-service",
        "Helpers at court. They can show you round before the trial and support "
        "you on the day.",
    ),
]
