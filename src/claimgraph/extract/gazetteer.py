"""Small word lists the speaker resolver needs: capitals, demonyms, head nouns."""

from __future__ import annotations

__all__ = [
    "CAPITALS",
    "MEDIA_NAMES",
    "ORG_ALIASES",
    "PERSON_NOUNS",
    "TITLES",
    "BUSINESS_ENDINGS", "COMPANY_SUFFIXES", "COUNTRY_ADJECTIVES", "DOCUMENT_NOUNS", "GROUP_NOUNS", "ORG_ENDINGS",
    "ORG_NOUNS", "ROLE_NOUNS", "title_gender"]

# Capitals used as metonyms for their governments, and what they stand for.
CAPITALS: dict[str, str] = {
    "beijing": "China", "washington": "United States", "moscow": "Russia", "london": "United Kingdom",
    "paris": "France", "berlin": "Germany", "tokyo": "Japan", "seoul": "South Korea",
    "pyongyang": "North Korea", "tehran": "Iran", "ankara": "Turkey", "kyiv": "Ukraine",
    "kiev": "Ukraine", "new delhi": "India", "delhi": "India", "islamabad": "Pakistan",
    "kabul": "Afghanistan", "riyadh": "Saudi Arabia", "cairo": "Egypt", "jerusalem": "Israel",
    "damascus": "Syria", "baghdad": "Iraq", "ottawa": "Canada", "canberra": "Australia",
    "brasilia": "Brazil", "mexico city": "Mexico", "caracas": "Venezuela", "havana": "Cuba",
    "rome": "Italy", "madrid": "Spain", "taipei": "Taiwan", "hanoi": "Vietnam", "manila": "Philippines",
    "jakarta": "Indonesia", "bangkok": "Thailand", "naypyidaw": "Myanmar", "dhaka": "Bangladesh",
    "pretoria": "South Africa", "abuja": "Nigeria", "nairobi": "Kenya", "addis ababa": "Ethiopia",
    "warsaw": "Poland", "budapest": "Hungary", "minsk": "Belarus", "brussels": "European Union",
    "doha": "Qatar", "abu dhabi": "United Arab Emirates", "canberra's": "Australia",
    "the white house": "United States", "white house": "United States", "kremlin": "Russia",
    "the kremlin": "Russia", "downing street": "United Kingdom", "whitehall": "United Kingdom",
    "china": "China", "russia": "Russia", "iran": "Iran", "india": "India", "japan": "Japan",
    "us": "United States", "u.s.": "United States", "usa": "United States", "america": "United States",
    "the united states": "United States", "united states": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom", "the uk": "United Kingdom",
}

COUNTRY_ADJECTIVES: dict[str, str] = {
    "chinese": "China", "american": "United States", "russian": "Russia", "british": "United Kingdom",
    "french": "France", "german": "Germany", "japanese": "Japan", "indian": "India",
    "iranian": "Iran", "israeli": "Israel", "turkish": "Turkey", "ukrainian": "Ukraine",
    "korean": "South Korea", "north korean": "North Korea", "south korean": "South Korea",
    "canadian": "Canada", "australian": "Australia", "mexican": "Mexico", "brazilian": "Brazil",
    "saudi": "Saudi Arabia", "egyptian": "Egypt", "syrian": "Syria", "iraqi": "Iraq",
    "pakistani": "Pakistan", "afghan": "Afghanistan", "italian": "Italy", "spanish": "Spain",
    "polish": "Poland", "hungarian": "Hungary", "cuban": "Cuba", "venezuelan": "Venezuela",
    "taiwanese": "Taiwan", "vietnamese": "Vietnam",
}

DOCUMENT_NOUNS = {
    "report", "assessment", "statement", "response", "study", "survey", "poll", "document",
    "letter", "memo", "memorandum", "paper", "white paper", "review", "analysis", "audit",
    "investigation", "inquiry", "complaint", "lawsuit", "filing", "ruling", "verdict", "indictment",
    "resolution", "communique", "communiqué", "editorial", "article", "book", "report's",
    "dossier", "briefing", "transcript", "rebuttal", "declaration", "bill", "draft", "findings",
    "guidance", "policy", "manifesto", "petition", "press release", "release", "note", "roster",
}

ORG_NOUNS = {
    "office", "mission", "ministry", "department", "agency", "commission", "committee", "council",
    "court", "company", "firm", "group", "organisation", "organization", "party", "campaign",
    "embassy", "consulate", "government", "administration", "police", "army", "military", "board",
    "union", "association", "institute", "foundation", "university", "bank", "newspaper", "paper",
    "outlet", "network", "channel", "team", "panel", "delegation", "secretariat",
    "authority", "authorities", "regime", "cabinet", "parliament", "congress", "senate", "house", "trust",
}

# Last words that make a name a business's ("Brannoc Dairy", "Halvorsen Minerals", "Velamed
# Pharmaceuticals"): "the company" can mean it. One list for the speaker resolver and the
# cross-document linker.
BUSINESS_ENDINGS = {"dairy", "brewery", "events", "railways", "shipping", "logistics", "insurance", "pharma",
                    "chemicals", "nutrition", "hydro", "telecom", "biotech", "therapeutics", "healthcare",
                    "petroleum", "automotive", "textiles", "construction", "engineering", "ventures", "farms",
                    "freight", "fisheries", "cosmetics", "beverages", "electronics", "semiconductors", "software",
                    # (not "mills": a surname as often as a business)
                    "ferries", "cruises", "shipyards", "armaments", "munitions", "defence", "metals",
                    "resources", "mines", "media", "airlines", "utilities", "waterworks", "bakeries", "breweries",
                    "distillery", "distilleries", "motors", "cement", "timber", "haulage", "couriers", "catering",
                    "tankers", "propulsion", "estates"}
# Last words of organisations' names ("Citizens' Vote Watch", "Estuary Action"), whatever the tagger calls them.
ORG_ENDINGS = {"watch", "alliance", "coalition", "network", "forum", "trust", "initiative", "federation", "league",
               "society", "association", "union", "institute", "centre", "center", "fund", "council", "committee",
               "commission", "authority", "agency", "ministry", "foundation", "international", "party", "action",
               "monitor", "observatory"}
# One-word names of news outlets, agencies and platforms the tagger often reads as people
# ("Politico reported", "on Twitter"); names that are also surnames (Bloomberg) are left out.
MEDIA_NAMES = frozenset({
    "twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "snapchat", "wikileaks", "google",
    "microsoft", "politico", "reuters", "afp", "xinhua", "tass", "breitbart", "axios", "buzzfeed", "huffpost",
    "newsweek", "msnbc", "cnn", "bbc", "npr", "pbs", "cbs", "nbc", "univision", "telemundo", "mediaite",
})
COMPANY_SUFFIXES = {"minerals", "pharmaceuticals", "inc", "corp", "ltd", "plc", "llc", "holdings", "mining", "foods",
                    "labs", "airlines", "airways", "motors", "energy", "oil", "bank", "company", "industries", "group",
                    "systems", "technologies", "semiconductor", "aerospace", "robotics", "analytics", "securities",
                    "steel", "chemical", "pharmaceutical", "biosciences", "communications", "telecommunications"
                    } | BUSINESS_ENDINGS

# Titles that tell a person's gender ("Ms Mwangale"), lower case, without a full stop.
_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince"})
_FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "dame", "lady", "queen", "princess"})


def title_gender(title: str) -> str | None:
    """"m" for "mr", "f" for "ms", None for any other word (as given: lower
    case, no full stop)."""
    return "m" if title in _MALE_TITLES else "f" if title in _FEMALE_TITLES else None


GROUP_NOUNS = {
    "people", "residents", "critics", "activists", "officials", "experts", "analysts", "observers",
    "protesters", "supporters", "opponents", "voters", "witnesses", "detainees", "survivors",
    "diplomats", "lawmakers", "legislators", "investigators", "researchers", "scientists",
    "democrats", "republicans", "sources", "victims", "families", "workers", "students", "groups",
    "rights groups", "others", "many", "some", "members", "leaders", "states", "countries", "nations",
    "family", "relatives", "parents", "crowd",
}

ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "official",
    "commissioner", "chief", "director", "chairman", "chairwoman", "chair", "ambassador", "envoy",
    "senator", "governor", "mayor", "judge", "prosecutor", "lawyer", "attorney", "adviser", "advisor",
    "aide", "leader", "premier", "chancellor", "general", "commander", "officer", "analyst", "expert",
    "researcher", "professor", "economist", "editor", "reporter", "journalist", "correspondent",
    "representative", "rep.", "sen.", "gov.", "candidate", "nominee", "founder", "ceo", "executive",
    "head", "manager", "strategist", "pollster", "activist", "campaigner", "author", "writer", "critic",
    "scholar", "historian", "diplomat", "lawmaker", "legislator", "congressman", "congresswoman",
    "secretary-general", "deputy", "vice-president", "rapporteur", "investigator", "witness",
    "man", "woman", "resident", "source", "doctor", "scientist", "student", "teacher", "worker",
    "owner", "member", "speaker", "host", "commentator", "columnist", "blogger", "detainee", "rector",
    "vice-rector", "provost", "mp", "mep", "mla", "msp",
    # more occupations that speak in the news ("the chief statistician", "a coroner")
    "statistician", "physician", "surgeon", "coroner", "pathologist", "treasurer", "negotiator",
    "mediator", "ombudsman", "comptroller", "inspector", "superintendent", "sheriff", "detective",
    "pastor", "priest", "bishop", "rabbi", "imam", "goalkeeper", "referee", "captain", "paramedic",
    "firefighter", "whistleblower", "midwife", "accountant", "architect", "veterinarian",
    "engineer", "nurse", "pilot", "employee", "technician", "farmer", "fisherman", "driver",
    "miner", "soldier", "lecturer", "mechanic", "clerk", "dispatcher", "passenger",
    "surveyor", "auditor", "biologist", "chemist", "epidemiologist", "virologist", "toxicologist",
    "hydrologist", "geologist", "meteorologist", "agronomist", "banker", "trader", "inmate", "prisoner",
}

# Short forms of organisations that often own documents and offices.
ORG_ALIASES: dict[str, str] = {
    "un": "United Nations", "u.n.": "United Nations", "the un": "United Nations",
    "the united nations": "United Nations", "united nations": "United Nations",
    "eu": "European Union", "e.u.": "European Union", "the eu": "European Union",
    "who": "World Health Organization", "imf": "International Monetary Fund",
    "nato": "NATO", "ohchr": "UN human rights office", "unhcr": "UN refugee agency",
    "icc": "International Criminal Court", "fbi": "FBI", "cia": "CIA",
}

# Words for one person, as a speaker's head noun.
PERSON_NOUNS = ROLE_NOUNS | {
    "person", "protester", "farmer", "mother", "father", "victim", "survivor", "resident",
    "neighbour", "neighbor", "villager", "voter", "official", "spokesperson", "nurse", "driver",
    "shopkeeper", "pilot", "soldier", "police officer", "developer", "banker", "engineer",
    "epidemiologist", "economist", "coach", "player", "founder", "lawyer", "defendant", "plaintiff",
    "councillor", "councilman", "councilwoman", "someone", "one", "who", "friend", "wife", "husband",
    "son", "daughter", "brother", "sister", "colleague", "rival", "opponent", "ally",
}

# Titles that go before a name and are not part of it.
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame",
    "lord", "lady", "gen", "gen.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "president",
    "senator", "governor", "judge", "justice", "minister", "secretary", "chancellor", "mayor",
    "rev", "rev.", "pope", "king", "queen", "prince", "princess", "general", "colonel", "col",
    "col.", "lt", "lt.", "capt", "capt.", "sgt", "sgt.", "officer", "chairman", "chairwoman",
    "commissioner", "ambassador", "speaker", "leader", "premier", "prime", "vice", "candidate",
    "professor", "attorney", "director", "spokesman", "spokeswoman", "spokesperson", "former",
    "councillor", "councilman", "councilwoman", "alderman", "deputy", "chief", "inspector", "mp",
    "detective", "sheriff", "father", "sister", "brother", "rabbi", "imam", "bishop", "cardinal", "acting",
    "interim", "rector", "provost", "captain", "major", "maj", "maj.", "lieutenant", "sergeant", "corporal",
    "cpl", "cpl.", "admiral", "adm", "adm.", "commander", "cmdr", "cmdr.", "brigadier", "commodore",
    "constable", "superintendent", "supt", "supt.",
}
