"""Speed: words per second of a bare spaCy parse and of claimgraph, on the same texts.

usage: python benchmarks/speed.py [--docs N] [--seed S] [--batch-size B] [--rounds R] [--json] [--check]

In one run, on the same generated texts, measures:

  (1) bare spaCy: ``spacy.load(claimgraph.DEFAULT_MODEL)`` (the plain model, no
      claimgraph component) over ``nlp.pipe(texts, batch_size=B)``;
  (2) ``claimgraph.analyze_many(texts, n_process=1, batch_size=B)``;
  (3) ``claimgraph.analyze_many(texts, n_process=2, batch_size=B)``;

and the ratios (2)/(1) (what extraction costs on top of the parse; floor
0.85) and (3)/(2) (what a second process buys; floor 1.5). Every generator
is consumed to the end. Words are ``\\w+`` matches over the texts.

The texts are invented news articles (about 400 to 800 words each, with
direct, split and mixed quotes, "he said", indirect speech and "according
to"), built from templates with a seeded random generator: the same seed
gives the same texts, and no two are identical. Both pipelines are loaded and
run over two extra documents before anything is timed, so load time is not
counted; (3) does include starting its two worker processes, as every
``analyze_many(..., n_process=2)`` call does.

The three runs are repeated ``--rounds`` times (default 3), in a rotated
order each round, and each run's best time counts: on a shared machine the
speed of the host drifts by 10-20% within minutes, and the best of several
interleaved runs is the figure least bent by that drift.

``--check`` exits with status 1 when a floor is missed; without it the
figures are only printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

WORD = re.compile(r"\w+")
FLOORS = {"analyze_1/bare": 0.85, "analyze_2/analyze_1": 1.5}

# --------------------------------------------------------------------------
# Invented news texts. Countries, people and organisations do not exist.

FIRST_M = ["Daniel", "Tomas", "Viktor", "Anders", "Piet", "Luka", "Marco", "Henrik", "Jonas",
           "Pavel", "Rafael", "Stefan", "Emil", "Oskar", "Matteo", "Idris", "Kofi", "Arjun"]
FIRST_F = ["Ingrid", "Ana", "Mira", "Elena", "Sofia", "Leila", "Hanna", "Clara", "Nadia",
           "Petra", "Amara", "Greta", "Irena", "Yasmin", "Lotte", "Carmen", "Zofia", "Priya"]
SURNAMES = ["Orsova", "Sallinen", "Ruiz", "Kaldor", "Vesterberg", "Marek", "Delacroix",
            "Okonkwo", "Brandt", "Halloran", "Novak", "Castellan", "Lindqvist", "Amari",
            "Petrescu", "Moreau", "Tanaka", "Whitcombe", "Haddad", "Kovacs", "Ferreira",
            "Rasmussen", "Oduya", "Vance", "Albescu", "Grieve", "Szabo", "Mendel"]
COUNTRIES = [("Marovia", "Marovian"), ("Keldany", "Keldanian"), ("Ostrava Bay", "Ostravan"),
             ("Suvia", "Suvian"), ("Pelagon", "Pelagonian"), ("Varenland", "Varenlandic")]
CITIES = ["Port Aldis", "Keshet", "Lunenburg", "San Corvo", "Velmar", "Drossel", "Amberley",
          "Taraz Falls", "Nordhaven", "Cimarron"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
OUTLETS = ["the Velmar Herald", "Radio Keshet", "the Daily Meridian", "Channel 7 News",
           "the Northern Ledger", "Pelagon Public Radio"]

# Each topic: the thing at stake, organisations, officials' titles, and the
# pieces that quotes and reported clauses are made of.
TOPICS: list[dict[str, Any]] = [
    {
        "headline": ["{Country} defends dam project as villagers dispute relocation figures",
                     "Panel says {country} dam displaced thousands; government rejects findings"],
        "thing": ["the Keshet river dam", "the relocation programme", "the dam project"],
        "orgs": ["the Independent Panel on Displacement", "the Interior Ministry",
                 "the Keshet Valley Residents' Association", "Hydrosud Engineering",
                 "the National Water Authority"],
        "titles": ["Interior Minister", "panel chair", "Energy Minister", "residents' spokesman",
                   "deputy director"],
        "subj": ["the families", "the villagers", "the ministry", "the engineers", "the panel",
                 "the government", "the residents"],
        "verb": ["received new housing", "were moved without notice", "ignored the documents",
                 "stood by its report", "underestimated the flooding risk",
                 "met every international standard", "were never consulted",
                 "would finish the reservoir on schedule", "had been paid compensation"],
        "praise": ["a milestone for the whole region", "the cleanest power we have ever had",
                   "a fair and generous settlement"],
        "scorn": ["a political exercise", "built on rumours", "a betrayal of the valley",
                  "a whitewash"],
        "numbers": ["4,300 people", "62 pages", "1.2 billion dollars", "38 of 52 residents",
                    "11 villages"],
    },
    {
        "headline": ["{Country} budget deficit widens as finance ministry blames energy costs",
                     "Auditors question {country} spending plan before vote"],
        "thing": ["the budget", "the spending plan", "the tax reform", "the deficit"],
        "orgs": ["the Finance Ministry", "the Federal Audit Office", "Halvern Bank",
                 "the National Chamber of Commerce", "the Budget Committee",
                 "the Fiscal Council"],
        "titles": ["Finance Minister", "chief auditor", "opposition leader", "chief economist",
                   "committee chair"],
        "subj": ["the ministry", "the auditors", "the opposition", "the central bank",
                 "the government", "the committee", "households"],
        "verb": ["would cut spending by next year", "had overstated tax revenue",
                 "could not account for the shortfall", "would vote against the plan",
                 "expected growth to slow", "had hidden the true cost of subsidies",
                 "would protect pensions", "needed more time to review the figures"],
        "praise": ["a responsible and honest budget", "the right plan at the right time",
                   "a careful balance"],
        "scorn": ["creative accounting", "a fantasy", "reckless and unfunded",
                  "a gift to the banks"],
        "numbers": ["3.4 percent of output", "18 billion marks", "a 12 percent rise",
                    "two consecutive quarters", "700 million marks"],
    },
    {
        "headline": ["Port workers strike in {city} as talks with operator collapse",
                     "Union rejects final offer; {city} port at a standstill"],
        "thing": ["the strike", "the pay offer", "the port", "the contract talks"],
        "orgs": ["the Coastal Workers' Union", "Meridian Port Holdings", "the Labour Ministry",
                 "the Shipping Federation", "the mediation service"],
        "titles": ["union leader", "chief executive", "Labour Minister", "shop steward",
                   "port director"],
        "subj": ["the union", "the workers", "the company", "the mediators", "the operator",
                 "the dockers", "management"],
        "verb": ["would return to the table", "had rejected a fair offer",
                 "could not afford higher wages", "would stay out until Christmas",
                 "had broken its promises", "lost millions every day",
                 "wanted safer shifts", "would bring in temporary staff"],
        "praise": ["the best offer in a decade", "a fair deal for everyone",
                   "a reasonable compromise"],
        "scorn": ["an insult", "a provocation", "blackmail", "a take-it-or-leave-it stunt"],
        "numbers": ["4,000 dockers", "a 6 percent raise", "41 ships", "nine days",
                    "2 million dollars a day"],
    },
    {
        "headline": ["Chemical spill near {city} river: regulator opens inquiry",
                     "{Country} plant owner denies responsibility for river pollution"],
        "thing": ["the spill", "the inquiry", "the plant", "the river clean-up"],
        "orgs": ["the Environment Agency", "Norvane Chemicals", "the Green Rivers Trust",
                 "the regional health board", "the Fisheries Council"],
        "titles": ["Environment Minister", "plant manager", "campaign director",
                   "chief inspector", "regional governor"],
        "subj": ["the plant", "the regulator", "the company", "the inspectors",
                 "the campaigners", "the fishermen", "the health board"],
        "verb": ["had followed every safety rule", "found toxic levels in the water",
                 "would pay for the clean-up", "ignored repeated warnings",
                 "had closed the outflow pipe", "would sue the operator",
                 "was safe to drink", "needed weeks to test the samples"],
        "praise": ["a model of transparency", "a swift and thorough response",
                   "an exemplary operator"],
        "scorn": ["a cover-up", "criminal negligence", "an environmental disaster",
                  "pure spin"],
        "numbers": ["40 kilometres of river", "3 tonnes of fish", "12 samples",
                    "five times the legal limit", "200 households"],
    },
    {
        "headline": ["Hospital closures: {country} health ministry defends reorganisation",
                     "Doctors warn of delays as {city} hospital wards shut"],
        "thing": ["the closures", "the reorganisation", "the waiting lists", "the hospital"],
        "orgs": ["the Health Ministry", "the Medical Association", "St Aldric Hospital",
                 "the Patients' Council", "the Nursing Federation"],
        "titles": ["Health Minister", "hospital director", "association president",
                   "head nurse", "patients' advocate"],
        "subj": ["the ministry", "the doctors", "the nurses", "the hospital", "patients",
                 "the regional council", "the minister"],
        "verb": ["would wait longer for surgery", "had no choice but to merge the wards",
                 "were already working double shifts", "would hire 300 new nurses",
                 "had not been consulted", "would save lives in the long run",
                 "could not keep the emergency unit open", "were misled about the plan"],
        "praise": ["a modern health service", "the reform patients deserve",
                   "a sensible consolidation"],
        "scorn": ["a disgrace", "cuts dressed up as reform", "dangerous and short-sighted",
                  "a gamble with lives"],
        "numbers": ["three wards", "14,000 patients", "a 20 percent cut", "90 beds",
                    "six months"],
    },
]

HEADS = ["we", "I", "nobody", "the public", "our members", "everyone"]
QUOTE_OPENERS = ["let me be clear:", "frankly,", "the truth is that", "we have said it before:",
                 "in plain terms,", "as we told the committee,", ""]
QUOTE_BODIES = [
    "{subj} {verb}.",
    "{thing} is {praise}.",
    "what they call {thing} is {scorn}.",
    "{head} will not accept {scorn}.",
    "{head} knew from the start that {subj} {verb}.",
    "there is no evidence that {subj} {verb}.",
    "{head} asked for the figures and {subj2} {verb2}.",
    "this is about {numbers}, not about politics.",
]
REPORT_VERBS = ["said", "told reporters", "added", "argued", "insisted", "warned", "claimed",
                "noted", "stated", "explained", "maintained", "acknowledged"]
THAT_VERBS = ["said", "argued", "insisted", "warned", "claimed", "noted", "stated",
              "maintained", "acknowledged", "told reporters", "denied", "confirmed",
              "suggested", "announced"]
BACKGROUND = [
    "{Thing} has divided {country} politics since it was first proposed in {year}.",
    "The dispute began in {month}, when {org} published figures covering {numbers}.",
    "Parliament is due to debate {thing} on {day}, and a vote is expected before {month}.",
    "{Org} has a staff of about {n} and an annual budget of {numbers}.",
    "The figures could not be independently verified.",
    "Talks between the two sides broke down last {day} after almost {n} hours.",
    "Local newspapers reported that {numbers} were affected in {city} alone.",
    "Under the {year} law, {org} must publish its findings within {n} days.",
    "Similar disputes in {city} and {city2} ended in court.",
    "Attendance at {day}'s meeting in {city} was estimated at {n} people.",
]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


class Writer:
    """Builds one article from the templates with one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.topic = rng.choice(TOPICS)
        self.country, self.adjective = rng.choice(COUNTRIES)
        self.cast = [self._person() for _ in range(rng.randint(3, 5))]

    def _person(self) -> dict[str, str]:
        female = self.r.random() < 0.5
        first = self.r.choice(FIRST_F if female else FIRST_M)
        last = self.r.choice(SURNAMES)
        return {"first": first, "last": last, "title": self.r.choice(self.topic["titles"]),
                "org": self.r.choice(self.topic["orgs"]), "pron": "she" if female else "he",
                "hon": self.r.choice(["Ms", "Dr"] if female else ["Mr", "Dr"])}

    def pick(self, key: str) -> str:
        return self.r.choice(self.topic[key])

    def fill(self, template: str) -> str:
        r = self.r
        cities = r.sample(CITIES, 2)
        values = {
            "thing": self.pick("thing"), "subj": self.pick("subj"), "verb": self.pick("verb"),
            "subj2": self.pick("subj"), "verb2": self.pick("verb"),
            "praise": self.pick("praise"), "scorn": self.pick("scorn"),
            "numbers": self.pick("numbers"), "org": self.pick("orgs"),
            "country": self.country, "adjective": self.adjective, "city": cities[0],
            "city2": cities[1], "day": r.choice(DAYS), "month": r.choice(MONTHS),
            "year": str(r.randint(2009, 2023)), "n": str(r.randint(12, 4800)),
            "head": r.choice(HEADS),
        }
        for key in ("thing", "org", "country"):
            values[key.capitalize()] = upper_first(values[key])
        return template.format(**values)

    def quote_sentence(self) -> str:
        opener = self.r.choice(QUOTE_OPENERS)
        body = self.fill(self.r.choice(QUOTE_BODIES))
        return upper_first(f"{opener} {body}" if opener else body)

    def clause(self) -> str:
        """A reported clause, as after "said that"."""
        return self.fill(self.r.choice(["{subj} {verb}", "{thing} was {scorn}",
                                        "{thing} was {praise}", "{subj} {verb} and {subj2} {verb2}",
                                        "officials knew that {subj} {verb}"]))

    def name(self, p: dict[str, str], first: bool) -> str:
        if first:
            where = self.r.choice(["", f" of {p['org']}"])
            return f"{p['title']} {p['first']} {p['last']}{where}"
        return self.r.choice([f"{p['hon']} {p['last']}", p["last"], p["pron"]])

    def paragraph(self, seen: set[int]) -> str:
        r = self.r
        i = r.randrange(len(self.cast))
        p = self.cast[i]
        first = i not in seen
        seen.add(i)
        who = self.name(p, first)
        whoc = upper_first(who)
        q1, q2 = self.quote_sentence(), self.quote_sentence()
        q1c = q1[:-1] + ","
        cue = r.choice(REPORT_VERBS)
        that = r.choice(THAT_VERBS)
        org = self.pick("orgs")
        kind = r.randrange(11)
        if kind == 0:
            return f'"{q1c}" {cue} {who}. "{q2}"' if first else f'"{q1c}" {who} {cue}. "{q2}"'
        if kind == 1:
            tail = q2[:1].lower() + q2[1:] if not q2.startswith("I ") else q2
            return f'"{q1c}" {who} {cue}, "{tail}" {self.fill(r.choice(BACKGROUND))}'
        if kind == 2:
            return f"{whoc} {that} that {self.clause()}. {self.fill(r.choice(BACKGROUND))}"
        if kind == 3:
            return f"According to {org}, {self.clause()}. {whoc} {that} {self.clause()}."
        if kind == 4:
            return (f"In an interview with {r.choice(OUTLETS)}, {who} described "
                    f'{self.pick("thing")} as "{self.pick("scorn")}" and {cue} '
                    f"{self.clause()}.")
        if kind == 5:
            return (f"{upper_first(org)} said in a statement on {r.choice(DAYS)} that "
                    f"{self.clause()}, adding that {self.clause()}.")
        if kind == 6:
            return f'{whoc} {cue}: "{q1} {q2}"'
        if kind == 7:
            return f'"{q1}" {self.fill(r.choice(BACKGROUND))}'
        if kind == 8:
            return (f"{whoc} told {r.choice(OUTLETS)} that {self.clause()}, but "
                    f"{p['pron']} denied that {self.clause()}.")
        return " ".join(self.fill(t) for t in r.sample(BACKGROUND, r.randint(2, 3)))

    def article(self) -> str:
        r = self.r
        target = r.randint(400, 800)
        city = r.choice(CITIES)
        headline = self.fill(r.choice(self.topic["headline"]))
        lead = (f"{city.upper()}, {r.randint(1, 28)} {r.choice(MONTHS)} - "
                + self.fill("{Org} on {day} rejected claims about {thing} that covered "
                            "{numbers}, deepening a row that has gripped {country} for months."))
        paras = [headline, lead]
        seen: set[int] = set()
        words = sum(len(WORD.findall(x)) for x in paras)
        while words < target:
            para = self.paragraph(seen)
            n = len(WORD.findall(para))
            if words + n > 800:
                break
            paras.append(para)
            words += n
        return "\n\n".join(paras)


def make_texts(n: int, seed: int) -> list[str]:
    """``n`` distinct articles; the same ``seed`` gives the same list."""
    rng = random.Random(seed)
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < n:
        text = Writer(rng).article()
        if text not in seen:
            seen.add(text)
            texts.append(text)
    return texts


# --------------------------------------------------------------------------
# Timing.


def timed(run: Callable[[], Iterable[Any]], count: Callable[[Any], int]) -> tuple[float, int]:
    """Seconds to consume ``run()`` to the end, and the sum of ``count`` over its items."""
    total = 0
    t0 = time.perf_counter()
    for item in run():
        total += count(item)
    return time.perf_counter() - t0, total


def commit(where: Path) -> str:
    """The commit of the checkout ``where`` is in, "-dirty" when it has uncommitted changes."""
    done = subprocess.run(["git", "-C", str(where), "describe", "--always", "--dirty"],
                          capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def measure(docs: int, seed: int, batch_size: int, rounds: int = 3) -> dict[str, Any]:
    import spacy

    import claimgraph

    texts = make_texts(docs + 2, seed)
    texts, warm = texts[:docs], texts[docs:]
    words = sum(len(WORD.findall(t)) for t in texts)
    load_before = os.getloadavg()

    bare = spacy.load(claimgraph.DEFAULT_MODEL)
    for _ in bare.pipe(warm, batch_size=batch_size):
        pass
    for _ in claimgraph.analyze_many(warm, n_process=1, batch_size=batch_size):
        pass

    def n_statements(a: Any) -> int:
        return len(a.statements)

    runs: dict[str, dict[str, Any]] = {}
    plan: list[tuple[str, str, int, Callable[[], Iterable[Any]], Callable[[Any], int]]] = [
        ("bare", "(1) bare spaCy nlp.pipe", 1,
         lambda: bare.pipe(texts, batch_size=batch_size), len),
        ("analyze_1", "(2) claimgraph.analyze_many", 1,
         lambda: claimgraph.analyze_many(texts, n_process=1, batch_size=batch_size),
         n_statements),
        ("analyze_2", "(3) claimgraph.analyze_many", 2,
         lambda: claimgraph.analyze_many(texts, n_process=2, batch_size=batch_size),
         n_statements),
    ]
    best: dict[str, tuple[float, int]] = {}
    for r in range(rounds):
        for key, _label, _n, run, count in plan[r % len(plan):] + plan[: r % len(plan)]:
            seconds, counted = timed(run, count)
            if key not in best or seconds < best[key][0]:
                best[key] = (seconds, counted)
    for key, label, n_process, _run, _count in plan:
        seconds, counted = best[key]
        runs[key] = {"label": label, "n_process": n_process, "seconds": seconds,
                     "words_per_s": words / seconds, "docs_per_s": docs / seconds,
                     "tokens" if key == "bare" else "statements": counted}

    ratios = {}
    for name, floor in FLOORS.items():
        num, den = name.split("/")
        value = runs[num]["words_per_s"] / runs[den]["words_per_s"]
        ratios[name] = {"value": value, "floor": floor, "ok": value >= floor}
    return {
        "docs": docs, "words": words, "seed": seed, "batch_size": batch_size, "rounds": rounds,
        "model": claimgraph.DEFAULT_MODEL, "model_version": bare.meta.get("version"),
        "spacy": spacy.__version__, "claimgraph": claimgraph.__version__,
        "commit": commit(Path(claimgraph.__file__).parent),
        "cpus": os.cpu_count(), "python": sys.version.split()[0],
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "runs": runs, "ratios": ratios, "ok": all(r["ok"] for r in ratios.values()),
    }


def table(res: dict[str, Any]) -> str:
    lines = [
        f"{res['docs']} generated documents (seed {res['seed']}), {res['words']:,} words, "
        f"batch_size {res['batch_size']}, best of {res['rounds']} rounds; model {res['model']} {res['model_version']}, "
        f"spaCy {res['spacy']}, Python {res['python']}, {res['cpus']} CPUs, "
        f"commit {res['commit']}",
        f"load average before {' '.join(map(str, res['loadavg_before']))}, "
        f"after {' '.join(map(str, res['loadavg_after']))}",
        "",
        "| run | n_process | seconds | words/s | docs/s | statements |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for run in res["runs"].values():
        found = run.get("statements", "-")
        lines.append(f"| {run['label']} | {run['n_process']} | {run['seconds']:.2f} | "
                     f"{run['words_per_s']:,.0f} | {run['docs_per_s']:.1f} | {found} |")
    lines += ["", "| ratio | value | floor | |", "|---|---:|---:|---|"]
    names = {"analyze_1/bare": "(2)/(1) claimgraph vs bare parse",
             "analyze_2/analyze_1": "(3)/(2) two processes vs one"}
    for name, r in res["ratios"].items():
        lines.append(f"| {names[name]} | {r['value']:.2f} | >= {r['floor']} | "
                     f"{'ok' if r['ok'] else 'BELOW FLOOR'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300, help="documents to time (default 300)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the text generator (default 0)")
    ap.add_argument("--batch-size", type=int, default=16,
                    help="batch_size for all three runs (default 16, analyze_many's default)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="repeat the three runs, rotating their order, and keep each one's best (default 3)")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    ap.add_argument("--check", action="store_true", help="exit 1 when a ratio misses its floor")
    args = ap.parse_args(argv)
    if args.docs < 1 or args.batch_size < 1 or args.rounds < 1:
        ap.error("--docs, --batch-size and --rounds must be at least 1")
    res = measure(args.docs, args.seed, args.batch_size, args.rounds)
    print(json.dumps(res, indent=2) if args.json else table(res))
    if args.check and not res["ok"]:
        missed = [f"{n} = {r['value']:.2f} < {r['floor']}"
                  for n, r in res["ratios"].items() if not r["ok"]]
        print(f"speed.py: floor missed: {'; '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
