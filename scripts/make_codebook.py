"""Write docs/codebook.md from the export field definitions (or --check that it is current).

Usage: python scripts/make_codebook.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.export.codebook import codebook_markdown

CODEBOOK = Path(__file__).resolve().parents[1] / "docs" / "codebook.md"


def main(argv: list[str]) -> int:
    text = codebook_markdown()
    if "--check" in argv:
        current = CODEBOOK.read_text(encoding="utf-8") if CODEBOOK.exists() else ""
        if current != text:
            print(f"[E319] {CODEBOOK} is out of date; run python scripts/make_codebook.py",
                  file=sys.stderr)
            return 1
        return 0
    CODEBOOK.parent.mkdir(parents=True, exist_ok=True)
    CODEBOOK.write_text(text, encoding="utf-8")
    print(f"wrote {CODEBOOK}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
