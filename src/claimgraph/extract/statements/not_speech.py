"""Quoted words that are not statements: titles of works, names, bylines,
scare quotes ("so-called"), the writer's set phrases and declined comment.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..doctext import doc_text
from ..gazetteer import MEDIA_NAMES, PERSON_NOUNS
from ..quotes import Quoted
from .found import _Index, _words
from .subjects import _previous_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["REFLEXIVES", "SELF_NAMING_VERBS"]


# What one declines that is a refusal to speak ("declined to comment", "declined to be named",
# "declined to go into specifics"); "declined to run" and "sales declined" are no statement.
_DECLINED = frozenset({"comment", "say", "elaborate", "discuss", "speculate", "answer", "respond", "specify", "detail",
                       "name", "identify", "confirm", "deny", "disclose", "reveal", "explain", "give", "provide", "go",
                       "be", "release", "share", "address", "talk", "testify", "criticize", "criticise", "endorse",
                       "apologize", "apologise", "rule", "predict", "estimate", "characterize", "characterise",
                       "describe", "offer", "put", "weigh", "state", "tell", "repeat", "back", "support", "condemn"})


def _declined_speech(cue: Token) -> bool:
    """"declined to comment", "declined an interview request": a refusal to speak,
    not "declined to run" or "prices declined"."""
    xcomp = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        return xcomp.lemma_.lower() in _DECLINED
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("request", "interview", "invitation", "question", "comment",
                                                          "offer", "call")
               for c in cue.children)


# Kinds of work a quoted title names: '"Trump Revealed," a biography'; 'her memoir, "Quiet Rivers."'
_WORK_NOUNS = frozenset({
    "book", "film", "movie", "show", "song", "album", "series", "novel", "play", "documentary", "memoir",
    "biography", "autobiography", "podcast", "poem", "essay", "musical", "sitcom", "thriller", "drama",
    "comedy", "collection", "anthology", "biopic", "column"})
# Documents named by a title set off after them: 'the ministry published its report, "Clean Rivers 2030",'.
_TITLED_DOCUMENTS = frozenset({"report", "study", "plan", "strategy", "paper", "document", "bill", "programme",
                               "program", "initiative", "review", "survey", "assessment", "white paper", "manifesto"})
_NAMING = _WORK_NOUNS | {
    "titled", "entitled", "called", "named", "dubbed", "nicknamed", "known", "newspaper", "magazine",
    "program", "programme", "slogan", "hashtag", "campaign", "headline", "episode", "pseudonym", "nickname",
    "blog", "motto", "ad", "serial"}


# '"The Harbour Years," a memoir written by ...': the work named right after the title
_WORK_AFTER = re.compile(r"^\s*,?\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(_WORK_NOUNS))
                         + r")\b", re.IGNORECASE)


def _calls_for(tok: Token) -> bool:
    """"called for an inquiry", "who's called for tax hikes": a call for something;
    not a race called ("Lorne was called for Ruiz") or a group named ("a group
    called Voters for Lind")."""
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    if tok.dep_ == "acl" and any(c.dep_ in ("oprd", "dobj") and c.i > tok.i and c.ent_type_ not in ("DATE", "TIME")
                                 for c in tok.children):
        return False
    # ("'s" may be "has": "who's called for")
    return not (any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in tok.children)
                and not any(c.dep_ == "agent" for c in tok.children))


# "a group calling itself Coldharbour": a name taken, nothing said (here and in stances)
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "themself"})
SELF_NAMING_VERBS = frozenset({"call", "name", "style", "dub"})


def _naming_participle(tok: Token, toks: list[Token], idx: _Index) -> bool:
    """'a film called "Tenemos Familias"', 'an account named "Hypo-Cruz"': a
    participle naming the noun it follows, with no one doing the naming, and a
    quoted name as all it says; "a group calling itself Coldharbour": a name
    taken, nothing said."""
    if tok.lemma_.lower() in SELF_NAMING_VERBS and toks and toks[0].lower_ in REFLEXIVES \
            and _a_name(toks[1:]):
        return True  # (not "calls himself a democratic socialist": a claim about himself)
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or tok.lemma_.lower() not in ("call", "name", "dub", "title", "nickname"):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    quoted = {idx.quote_of(t) for t in toks} - {-1}
    return bool(quoted) and all(_title_like(tok.doc, idx.quotes[qi]) for qi in quoted)


def _a_name(toks: list[Token]) -> bool:
    """Words that start with a proper name: "Coldharbour", "the Free Valley Front"."""
    words = [t for t in toks if not t.is_punct]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return bool(words) and words[0].pos_ == "PROPN" and words[0].is_title


def _title_like(doc: Doc, q: Quoted) -> bool:
    """A quoted name of a work or a label: every word capitalised, or a naming
    word just before it ("the film", "titled")."""
    words = _words(doc_text(doc), q.inner.start, q.inner.end)
    # (a number belongs in a title: "Clean Rivers 2030")
    if words and len(words) <= 8 and any(w[0].isupper() for _, w in words) and all(
            w[0].isupper() or w[0].isdigit() or w.lower() in ("of", "the", "and", "a", "in", "to", "for", "on", "at",
                                                              "an", "with", "from", "by", "or")
            for _, w in words):
        return True
    before = doc_text(doc)[max(0, q.span.start - 25) : q.span.start].lower().split()
    return bool(before) and before[-1].strip(",:") in _NAMING


def _set_off(text: str, q: Quoted) -> bool:
    """A quote standing apart: after a colon or comma, or at a sentence start,
    or followed by a comma that hands over to its cue."""
    before = text[max(0, q.span.start - 3) : q.span.start].rstrip()
    inner_end = text[q.inner.start : q.inner.end].rstrip().rstrip("'’\"”")[-1:]
    return (not before or before[-1] in ",:.!?\n—") or inner_end in (",", "!", "?")


_BYLINE_BEFORE = re.compile(r"[,.][\"\u201d]\s+by\s+[^:\n\"\u201c\u201d]{3,80}:\s*$")
_BYLINE_AFTER = re.compile(r",?[\"\u201d]?\s+by\s+[A-Z]|\s*https?://")


def _bylined(doc: Doc, q: Quoted) -> bool:
    """A newsletter's link: a headline with its byline ('"Tram line to close," by the
    Post's Ann Lee: "..."'), the excerpt after it, or a quotation followed by its
    address: what an article says, not what anyone said."""
    text = doc_text(doc)
    return bool(_BYLINE_BEFORE.search(text, max(0, q.span.start - 100), q.span.start)) \
        or bool(_BYLINE_AFTER.match(text, q.span.end))


def _named_work(doc: Doc, q: Quoted) -> bool:
    """A title after a possessive or preposition: 'on ABC's "This Week"'."""
    if not _title_like(doc, q):
        return False
    before = doc_text(doc)[max(0, q.span.start - 12) : q.span.start].rstrip().lower()
    # 'who wrote "Peter Pan"': a capitalised title as the object of writing, not a quotation
    if _WORK_AFTER.match(doc_text(doc)[q.span.end : q.span.end + 60]):
        return True
    return before.endswith(("'s", "’s", " on", " with", " of", " at", " from", " in", " to", " by",
                            " wrote", " write", " writes", " published", " authored", " penned",
                            " known as", " told")) or \
        bool(before.split()) and before.split()[-1].strip(",:") in _NAMING or \
        before.endswith(",") and before.split()[-1].strip(",") in _TITLED_DOCUMENTS  # 'its report, "X 2030",'


def _question(t: Token) -> bool:
    """The cue asks: its auxiliary before a subject of its, in a sentence ending in "?"."""
    children = list(t.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    first_aux = min((c.i for c in children if c.dep_ == "aux"), default=len(t.doc))
    if not any(first_aux < s.i for s in subjects) and not any(
            s.tag_ in ("WP", "WDT") and s.i == t.sent.start for s in subjects):
        return False  # (the cheap test first: most cues have no auxiliary before their subject)
    # ("Who says the water is unsafe?": a question with "who" for its subject asks too)
    return t.sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?")


def _asked(t: Token, idx: _Index) -> bool:
    """"Do you think the port levy should be scrapped?": a cue in a question,
    outside any quotation, asks and claims nothing."""
    return idx.quote_of(t) < 0 and _question(t)


def _so_called(t: Token) -> bool:
    """"so-called", "so called": a label, not a report of speech."""
    doc = t.doc
    return t.lower_ == "called" and t.i >= 1 and (
        doc[t.i - 1].lower_ == "so" or (doc[t.i - 1].text == "-" and t.i >= 2 and doc[t.i - 2].lower_ == "so"))


# Set phrases of the writer's own that contain a verb of saying: "All told, ...",
# "That said, ...", "There's no denying ...".
_IDIOMS = (("all", "told"), ("that", "said"), ("being", "said"), ("no", "denying"))
_IDIOM_WORDS = frozenset(w for _, w in _IDIOMS)


def _idiom(t: Token) -> bool:
    """A verb of saying inside a set phrase of the writer's ("All told, up to 5
    million ...", "That said, a loss ...", "There is no denying he ...", "Whatever
    one thinks of ..."), or an infinitive on an adjective ("It is too soon to say
    how ...", "safe to say")."""
    doc = t.doc
    prev = _previous_word(t) if t.lower_ in _IDIOM_WORDS else None
    if prev is not None and (prev.lower_, t.lower_) in _IDIOMS:
        if t.lower_ == "denying" or (t.i + 1 < len(doc) and doc[t.i + 1].text == ","):
            return True
    one = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "one" and not list(c.children)), None)
    if one is not None and (any(c.tag_ == "MD" for c in t.children) or any(
            x.lower_ in ("whatever", "however") for x in doc[t.sent.start : t.i])):
        return True  # "Whatever one thinks of the plan", "one might say": the writer's, not a report
    if t.lemma_ == "call" and t.tag_ == "VB" and t.i == t.sent.start and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in t.children):
        return True  # "Call it viral fundraising."
    return t.lemma_ == "say" and t.tag_ == "VB" and t.dep_ == "xcomp" and (
        t.head.pos_ == "ADJ" or t.head.pos_ == "ADV" and t.head.head.lemma_ == "be") \
        and not any(c.dep_ in ("nsubj", "dative") for c in t.children)


# The last word of a news outlet's name: "the Tribune", "the Kessa Herald", "Meridian News Agency".
_OUTLET_WORDS = frozenset({"tribune", "herald", "times", "post", "journal", "news", "press", "gazette", "telegraph",
                           "guardian", "observer", "independent", "agency", "wire", "service", "newspaper", "paper",
                           "magazine", "broadcaster", "network", "radio", "television", "outlet"})


def _unverified(t: Token) -> bool:
    """"Reuters could not independently verify the allegations", "The Herald was
    unable to confirm ...", "we could not confirm ...": a news outlet saying what
    it could not check, not a stance in the story."""
    if t.lemma_.lower() not in ("verify", "confirm"):
        return False
    negated = any(c.dep_ == "neg" for c in t.children) or (
        t.head.lemma_.lower() in ("unable", "able") and (t.head.lemma_.lower() == "unable" or any(
            c.dep_ == "neg" for c in t.head.children)))
    if not negated:
        return False
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and t.head.lemma_.lower() in ("unable", "able"):
        be = t.head.head if t.head.dep_ == "acomp" else t.head
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ == "we" or subj.lower_ in MEDIA_NAMES or (
        subj.pos_ == "PROPN" or subj.lower_ in ("newspaper", "paper", "agency")) and subj.lower_ in _OUTLET_WORDS


_QUESTIONING = frozenset({"question", "quiz", "grill", "interrogate"})


def _interrogation(tok: Token) -> bool:
    """A cue of questioning aimed at someone, not at a claim: "Police questioned the
    driver", "The minister was questioned about the figures", a headline's
    "Minister questioned on waiting times" (questioning the figures is a stance)."""
    if tok.lemma_.lower() not in _QUESTIONING:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return any(c.dep_ == "prep" and c.lower_ in ("on", "about", "over") for c in tok.children)
    return obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" or obj.lemma_.lower() in PERSON_NOUNS
