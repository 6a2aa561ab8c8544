"""People and teams survivors meet, described once and reused across stages."""

from . import person

ADVOCATE = person(
    "Your advocate",
    "Your advocate is on your side. They are not the police and not a lawyer. "
    "They can explain things, chase news and come with you.",
)
OIC = person(
    "The officer in the case (OIC)",
    "This is the police officer in charge of your case. They should keep you up "
    "to date until the case goes to court.",
)
LIAISON = person(
    "A liaison officer",
    "A liaison officer is a link between you and the police. Some police forces "
    "have one who works with sex workers. You can ask if your area has one.",
)
CPS = person(
    "The CPS",
    "The Crown Prosecution Service. They are lawyers who decide if there is a "
    "charge. If there is, they take the case to court.",
)
WCU = person(
    "The Witness Care Unit (WCU)",
    "A team run by the police, often with the CPS. Once someone is charged, they "
    "are your main contact about court. They tell you the date of each hearing, "
    "and what happened at it.",
)
WITNESS_SERVICE = person(
    "The Witness Service",
    "Kind helpers at the court. They can show you round the court before the "
    "trial and sit with you on the day.",
)
INTERMEDIARY = person(
    "An intermediary",
    "A person who helps with talking and listening. They help you understand "
    "the questions, and help the court understand you.",
)
JUDGE = person(
    "The judge",
    "The judge runs the court. They make sure things are fair, and they decide "
    "the sentence.",
)
JURY = person(
    "The jury",
    "Twelve members of the public. They listen to everything, then decide if the "
    "person is guilty or not guilty.",
)
PROSECUTOR = person(
    "The prosecutor",
    "The lawyer who brings the case for the CPS. This side is called the "
    "prosecution. They ask you questions first.",
)
DEFENCE = person(
    "The defence lawyer",
    "The lawyer for the person charged. This side is called the defence. They "
    "will also ask you questions. The judge must stop questions that are unfair.",
)
