"""Acts, certainty, figures and dates on the project's own gold sets, as the
Markdown tables BENCHMARKS.md keeps.

usage: python benchmarks/extraction.py [--errors]

The gold sets are in ``tests/gold/`` (written by hand for this project; see
the header of each file). Prints accuracy and macro-F1 of speech acts with
per-act F1, certainty level accuracy (on the sentence and through the full
pipeline), and exact-match rates of figure values and units and of dates.
"""

from __future__ import annotations

import argparse
import subprocess
import time
from pathlib import Path
from typing import Any

from claimgraph.goldsets import read_gold
from claimgraph.goldsets.acts import score_acts
from claimgraph.goldsets.certainty import score_certainty
from claimgraph.goldsets.dates import score_dates
from claimgraph.goldsets.figures import score_figures

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def commit() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                          capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[dict[str, Any], float]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="also list every miss")
    args = ap.parse_args()
    acts, t_acts = timed(score_acts, read_gold(GOLD / "acts.jsonl"))
    cert, t_cert = timed(score_certainty, read_gold(GOLD / "certainty.jsonl"))
    cert_st, t_cert_st = timed(score_certainty, read_gold(GOLD / "certainty.jsonl"), through="statement")
    figs, t_figs = timed(score_figures, read_gold(GOLD / "figures.jsonl"))
    dates, t_dates = timed(score_dates, read_gold(GOLD / "dates.jsonl"))
    print(f"gold sets in tests/gold, commit {commit()}\n")
    print("| set | items | measure | value |")
    print("|---|---:|---|---:|")
    print(f"| acts | {acts['n']} | accuracy | {acts['accuracy']:.3f} |")
    print(f"| acts | {acts['n']} | macro-F1 (11 acts) | {acts['macro_f1']:.3f} |")
    for act in ("denies", "rejects"):
        print(f"| acts | {acts['per_act'][act]['n_gold']} | F1 {act} | {acts['per_act'][act]['f1']:.3f} |")
    print(f"| acts | {acts['n']} | negation right | {acts['negation_accuracy']:.3f} |")
    print(f"| acts | {acts['n_targets']} | target of denies/rejects (overlap50) | {acts['target_overlap50']:.3f} |")
    print(f"| certainty | {cert['n']} | level accuracy, sentence | {cert['level_accuracy']:.3f} |")
    print(f"| certainty | {cert_st['n']} | level accuracy, through the pipeline | {cert_st['level_accuracy']:.3f} |")
    print(f"| certainty | {cert['n']} | marker precision / recall | "
          f"{cert['marker_precision']:.3f} / {cert['marker_recall']:.3f} |")
    print(f"| figures | {figs['n_gold']} | value exact | {figs['value_exact']:.3f} |")
    print(f"| figures | {figs['n_gold']} | value, unit and counts exact | {figs['unit_exact']:.3f} |")
    print(f"| figures | {figs['n_gold']} | all fields exact, spurious counted (exact_rate) | "
          f"{figs['exact_rate']:.3f} |")
    print(f"| dates | {dates['n_gold']} | value exact | {dates['value_exact']:.3f} |")
    print(f"| dates | {dates['n_gold']} | exact, spurious counted (exact_rate) | {dates['exact_rate']:.3f} |")
    print("\nper act F1: " + ", ".join(f"{k} {v['f1']:.3f}" for k, v in acts["per_act"].items()))
    print(f"spurious figures {figs['spurious']}, spurious dates {dates['spurious']}; "
          f"texts without a statement: acts {acts['no_statement']}, certainty {cert_st['no_statement']}")
    print(f"seconds: acts {t_acts:.1f}, certainty {t_cert:.1f} + {t_cert_st:.1f}, figures {t_figs:.1f}, "
          f"dates {t_dates:.1f} (model load included in the first)")
    if args.errors:
        for name, res in (("acts", acts), ("figures", figs), ("dates", dates)):
            for e in res.get("errors", []):
                print(name, e)


if __name__ == "__main__":
    main()
