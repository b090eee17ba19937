"""Word lists and patterns the speaker resolver reads names, roles and bodies by."""

from __future__ import annotations

import re

from ..gazetteer import (
    BUSINESS_ENDINGS,
    COMPANY_SUFFIXES,
    ORG_ENDINGS,
    ORG_NOUNS,
)

__all__ = [
    "APOSTROPHE_SURNAME", "BODY_DESCRIPTORS", "BODY_NOUNS", "BUSINESS_NOUNS", "BUSINESS_PARTS", "BYLINE",
    "COMPANY_NOUNS", "COUNTRY_PHRASE", "DETERMINERS", "GENDERED_NOUNS", "GENERIC_DOCUMENTS", "GENERIC_ORG_NOUNS",
    "GOVERNMENT_NOUNS", "GOVERNMENT_OF", "HONORIFICS", "ISSUED", "KIN", "LESSER_ROLES", "MINISTRY_WORDS",
    "NAME_LINKS", "NAME_SUFFIXES", "NEWS_AGENCIES", "NGO_ENDINGS", "NOT_COMPANIES", "OFFICE_NOUNS", "ORG_SUFFIXES",
    "PARTICLES", "PERSON_PRONOUNS", "PLACE_ENDINGS", "PLAIN_MODIFIERS", "PLURAL_PRONOUNS", "PRONOUNS",
    "PUBLISH_VERBS", "QUANTITY_HEADS", "RELATIVE", "ROLE_MODIFIERS", "SPOKESPEOPLE", "STATE_OWNER", "STATE_WORDS",
    "THING_PRONOUNS", "TITLE_WORDS", "WANTING", "WE", "WHEN", "WRITINGS",
]


PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "i", "me", "my"}


WE = {"we", "us", "our"}


THING_PRONOUNS = {"it", "its"}


PLURAL_PRONOUNS = {"they", "them", "their"}


RELATIVE = {"who", "which", "that", "whom"}


DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


GOVERNMENT_NOUNS = {"government", "administration", "regime", "authorities", "cabinet"}


# Speak for someone else: "a spokesman said ... Minister X said" names two people.
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "source", "aide", "representative"}


OFFICE_NOUNS = {"office", "mission", "embassy", "delegation", "secretariat", "spokesman's office"}


# "report" and "document" name any document; "assessment" names one kind.
GENERIC_DOCUMENTS = {"report", "document", "statement", "paper", "study", "release"}


ROLE_MODIFIERS = {
    "finance", "foreign", "interior", "defence", "defense", "justice", "health", "education", "trade",
    "economy", "environment", "energy", "transport", "home", "prime", "deputy", "vice", "chief",
    "senior", "general", "high", "acting", "former", "state", "attorney", "press", "executive",
    "majority", "minority", "local", "interim", "incoming", "outgoing",
}


# Abbreviated titles, as roles: "Sen. Mark Okafor" is a senator.
TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
                "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor", "maj": "major",
                "cpl": "corporal", "adm": "admiral", "cmdr": "commander", "supt": "superintendent",
                "atty": "attorney", "sec": "secretary", "amb": "ambassador"}


# Last words that make a name an organisation's (with the business words of gazetteer.BUSINESS_ENDINGS).
ORG_SUFFIXES = {
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "group", "bank", "foods", "labs",
    "airlines", "airways", "university", "council", "ministry", "agency", "institute", "foundation",
    "party", "company", "co", "co.", "holdings", "motors", "systems", "technologies", "news", "times",
    # institutions named after their place ("Vardel Prison", "Savrik International Airport")
    "prison", "jail", "penitentiary", "airport", "hospital", "clinic", "school", "college", "academy",
} | BUSINESS_ENDINGS | ORG_ENDINGS | COMPANY_SUFFIXES


PRONOUNS = PERSON_PRONOUNS | WE | THING_PRONOUNS | PLURAL_PRONOUNS | RELATIVE


NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}


# "O'Donnell", "D'Souza": a surname, whatever the tagger makes of it.
APOSTROPHE_SURNAME = re.compile(r"^(?:O|D)['\u2019][A-Z][a-z]+$")


# Writings that speak for someone ("the email says", "a sign read"); documents when they speak.
WRITINGS = {"email", "e-mail", "tweet", "sign", "placard", "banner", "ad", "advertisement", "post", "message",
             "website", "op-ed", "column", "text", "caption", "headline", "flyer", "leaflet", "mailer"}


# Heads that count people: "a number of readers", "a majority of voters".
QUANTITY_HEADS = {"number", "majority", "minority", "plurality", "third", "half", "quarter", "percent", "most",
                   "share", "handful", "dozen", "fraction", "bulk"}


COUNTRY_PHRASE = re.compile(r"\b(?:[Gg]overnment|Republic|Kingdom) of (?:the (?:Republic|Kingdom) of )?"
                             r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b")


# "Keldara's Ministry of Water Resources", "Arventa's defence ministry", "Keldara's water minister":
# a name that owns a ministry or a minister is a country's.
STATE_OWNER = re.compile(r"\b([A-Z][a-z]{3,})(?:'s|\u2019s) (?:[A-Za-z]+ ){0,2}(?:[Mm]inist(?:ry|er)|[Gg]overnment)\b")


GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:government|administration|authorities|cabinet)\s+of\s+(?:the\s+)?"
                            r"(?:(?:republic|kingdom|state|federation|commonwealth|principality)\s+of\s+)?"
                            r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$", re.IGNORECASE)


# Document nouns that, as speakers, are the body doing the work: "a UN inquiry said".
BODY_NOUNS = {"inquiry"}


PUBLISH_VERBS = {"publish", "release", "issue", "present", "submit", "unveil", "produce", "launch", "file"}


STATE_WORDS = {"republic", "kingdom", "state", "federation", "commonwealth", "principality"}


# Organisations named by a common noun: "the commission" is the one commission the text names.
GENERIC_ORG_NOUNS = (ORG_NOUNS - GOVERNMENT_NOUNS - OFFICE_NOUNS - {"house", "paper", "police", "army", "military",
                                                                        "group", "team"}) | {"alliance", "firm"}


COMPANY_NOUNS = {"company", "firm"}


# "state rail operator Dalrail": a kind of business right before a one-word name.
BUSINESS_NOUNS = {"operator", "company", "firm", "carrier", "maker", "retailer", "airline", "insurer", "lender",
                   "manufacturer", "producer", "supplier", "utility", "broadcaster", "developer", "conglomerate",
                   "chain", "brand", "startup", "giant"}


# "Dalrail's freight division": parts only a business has.
BUSINESS_PARTS = {"division", "subsidiary", "shares", "shareholder", "depot", "plant", "factory", "fleet"}


# Last words of names of bodies that are not companies: "Fair Trade Watch", "River Alliance".
NOT_COMPANIES = {"association", "alliance", "watch", "coalition", "network", "forum", "trust", "initiative",
                  "federation", "league", "union", "campaign", "movement", "society", "hospital", "clinic",
                  "school", "church", "museum", "court", "institution", "center", "centre", "foundation", "fund",
                  "college", "academy", "council", "committee", "commission", "party", "club"}


# Modifiers of "the commission" that do not say which commission it is.
PLAIN_MODIFIERS = frozenset({"new", "former", "same", "own", "other", "main", "local", "regional", "national",
                              "provincial", "federal", "state", "central", "independent", "city", "country"})


WHEN = ("DATE", "TIME")


# Words of a ministry's name that say nothing of whose it is ("Foreign Ministry").
MINISTRY_WORDS = frozenset({"the", "foreign", "defence", "defense", "interior", "finance", "justice", "health",
                             "home", "trade", "economy", "ministry", "affairs", "of"})


# Titles that say how to address someone, not what they do.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "former"})


# Kin, whose names in apposition ("her husband, Ty Woods") are not taken as mentions.
KIN = frozenset({"mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "widow", "mom", "father",
                  "husband", "son", "brother", "grandfather", "uncle", "nephew", "widower", "dad", "cousin",
                  "child", "parent", "grandson", "granddaughter", "spouse", "partner", "fiancee", "fiance"})


# Small words inside an organisation's proper name ("Ministry of Foreign Affairs").
NAME_LINKS = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})


GENDERED_NOUNS = {
    "mother": "f", "wife": "f", "daughter": "f", "sister": "f", "woman": "f", "girl": "f", "grandmother": "f",
    "aunt": "f", "niece": "f", "widow": "f", "actress": "f", "businesswoman": "f", "spokeswoman": "f",
    "chairwoman": "f", "congresswoman": "f", "councilwoman": "f", "queen": "f", "princess": "f", "mom": "f",
    "father": "m", "husband": "m", "son": "m", "brother": "m", "man": "m", "boy": "m", "grandfather": "m",
    "uncle": "m", "nephew": "m", "widower": "m", "businessman": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "councilman": "m", "king": "m", "prince": "m", "dad": "m",
}


# Words that make a role another office than the bare noun: "the minister" is not the deputy one.
LESSER_ROLES = frozenset({"deputy", "vice", "assistant", "former", "junior", "shadow", "ex", "under", "associate",
                           "acting", "interim", "outgoing", "incoming"})


# Not the state's bodies (committee, council, commission, agency, ministry) nor parties.
NGO_ENDINGS = ORG_ENDINGS - {"committee", "council", "commission", "authority", "agency", "ministry", "party"}


WANTING = frozenset({"recommend", "urge", "demand", "propose", "seek", "want", "request", "order", "call",
                      "need", "require", "promise", "plan"})


# Agencies a story credits or quotes ("(Reuters) -", "told AFP"): never "the company" of the story.
NEWS_AGENCIES = frozenset({"reuters", "afp", "ap", "associated press", "the associated press", "agence france-presse",
                            "xinhua", "tass", "dpa", "efe", "ansa", "kyodo", "bloomberg news", "interfax"})


# What kind of body a name is, written before it: "environmental group Earthwatch Africa".
BODY_DESCRIPTORS = frozenset({"group", "charity", "watchdog", "organisation", "organization", "coalition", "alliance",
                               "network", "ngo", "union", "association", "agency", "institute", "foundation",
                               "movement", "party", "regulator", "broadcaster", "newspaper", "magazine", "tank"})


# A byline: "By Marta Kovac" on a line of its own.
BYLINE = re.compile(r"(?m)^[ \t]*[Bb]y[ \t]+([A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3})[ \t]*$")


# A first line that says who issued the text: "Statement by the Ministry of ...".
ISSUED = re.compile(r"\b(?:statement|press release|communiqu[eé]|declaration|announcement|open letter)\b", re.I)


# Small words inside a surname: "Ursula von der Leyen", "Charles de Gaulle", "Abdel Fattah al-Sisi".
PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "ten", "ter",
                        "bin", "ibn", "al", "el", "dos", "das"})


# Last words that make a "person" the tagger found a place: "Trump Tower", "Trump Shuttle".
PLACE_ENDINGS = frozenset({"tower", "towers", "shuttle", "hotel", "plaza", "casino", "resort", "airport",
                            "stadium", "turnberry"})
