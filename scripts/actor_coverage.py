"""How many UN member states the actor table gives a holder of each top office, on given dates.

Run from the repository root::

    python scripts/actor_coverage.py [--date 2026-01-01 --date 2020-01-01] [--all]

Why: ``actors_updates.csv`` is typed in by hand, state by state; a gap (a state with no
defence minister on a date) silently turns "the Kenyan defence minister" into a bare
``KEN GOV`` instead of the person. This script prints, per office (head of state, head of
government, foreign minister, defence minister), the count of the 193 UN member states with a
holder on each date and the states missing; states whose gap is deliberate (no defence
ministry, holder unknown) are listed apart with the reason. The definitions, and ``GAPS``,
the one list of documented gaps, live in ``eventwire/actors/coverage.py``, where the tests
in tests/actors/ read them too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script: import the package of this checkout
    sys.path.insert(0, str(REPO))

from eventwire.actors.coverage import UN_MEMBERS, excused, missing  # noqa: E402
from eventwire.actors.table import load_table  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--date", action="append", help="ISO date (repeatable); "
                    "default 2026-01-01 and 2020-01-01")  # fmt: skip
    ap.add_argument("--all", action="store_true", help="also list the excused states")
    args = ap.parse_args()
    table = load_table()
    total = len(UN_MEMBERS)
    for date in args.date or ["2026-01-01", "2020-01-01"]:
        print(f"== {date} ({total} UN member states)")
        for office, (gaps, excuses) in missing(table, date).items():
            have = total - len(gaps) - len(excuses)
            line = f"{office:<19} {have:>3}/{total}"
            line += f"  excused {len(excuses):>2}  missing {len(gaps):>3}"
            print(line + (": " + " ".join(gaps) if gaps else ""))
            if args.all and excuses:
                for code in excuses:
                    print(f"    excused {code}: {excused(office, code, date)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
