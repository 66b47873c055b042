"""Cleaning already-scraped text, measured on the Zyte article-extraction pages.

``../shared/data/article-extraction-dev/pages.jsonl`` holds real web pages with a
human-checked article body. Each page is flattened to plain text (its ``flat_text``,
or ``evaluate.flatten`` where that is empty), cleaned, and scored against the gold
body with 4-gram shingle F1 (``evaluate.clean``), averaged over pages as the benchmark
does. Pages are taken by sealed split (``split_of("article-extraction", id)``), split
before anything is read; the test split is only ever scored as a whole.

Line labels for training: a line is body when most of its shingles are in the gold
body (a short line: when its words occur there, in order).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate.clean import Scores, shingle_scores, shingles, tokens
from eventwire.evaluate.corpora import SHARED
from eventwire.evaluate.flatten import flatten_html
from eventwire.evaluate.splits import Split, split_of

PAGES = SHARED / "data" / "article-extraction-dev"
#: A line is body when at least this share of its 4-gram shingles is in the gold body.
BODY_SHARE = 0.5


@dataclass(frozen=True)
class Page:
    """One benchmark page: its id, site, plain-text lines and gold article body."""

    page_id: str
    site: str
    lines: tuple[str, ...]
    gold: str


def _site(url: str) -> str:
    host = re.sub(r"^https?://", "", url or "").split("/", 1)[0].lower()
    return host.removeprefix("www.")


def load_pages(splits: Iterable[Split], folder: Path = PAGES) -> list[Page]:
    """The pages of ``splits``, flattened; the split is decided from the id before reading.

    Raises FileNotFoundError naming the file where ``../shared`` is absent.
    """
    wanted = set(splits)
    path = folder / "pages.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is absent: the benchmark pages live only in ../shared")
    pages = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            row = json.loads(raw)
            if split_of("article-extraction", row["id"]) not in wanted:
                continue
            flat = row.get("flat_text") or ""
            if not flat.strip():
                page_file = folder / "html" / f"{row['id']}.html.gz"
                flat = flatten_html(gzip.decompress(page_file.read_bytes()))
            lines = tuple(line for line in flat.splitlines() if line.strip())
            pages.append(Page(row["id"], _site(row.get("url", "")), lines, row["gold_body"]))
    return pages


def _find(words: list[str], wanted: list[str], lo: int, hi: int) -> int | None:
    """First index in ``words[lo:hi]`` where ``wanted`` starts, else None."""
    n = len(wanted)
    for i in range(max(lo, 0), min(hi, len(words)) - n + 1):
        if words[i : i + n] == wanted:
            return i
    return None


def line_labels(lines: Iterable[str], gold: str) -> list[bool]:
    """Whether each line is article body.

    A line of four words or more is body when at least ``BODY_SHARE`` of its
    shingles are in the gold body. A shorter line ("Pos", "DL", "By", "Browns") is
    body only where the gold has its words in the gap between the body lines around
    it: a menu item that happens to be a word of the article is not body.
    """
    lines = list(lines)
    gold_shingles = shingles(gold)
    words = tokens(gold)
    first_at: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - 3):
        first_at.setdefault(tuple(words[i : i + 4]), []).append(i)
    own = [tokens(line) for line in lines]
    labels: list[bool | None] = []
    spans: list[tuple[int, int] | None] = []  # where a long body line sits in the gold
    cursor = 0
    for line, toks in zip(lines, own, strict=True):
        if len(toks) < 4:
            labels.append(None)
            spans.append(None)
            continue
        grams = shingles(line)
        inside = sum(n for g, n in grams.items() if g in gold_shingles)
        body = inside / sum(grams.values()) >= BODY_SHARE
        labels.append(body)
        span = None
        if body:
            starts = [p for g in grams for p in first_at.get(g, ()) ]
            later = [p for p in starts if p >= cursor]
            start = min(later or starts or [cursor])
            span = (start, start + len(toks))
            cursor = span[1]
        spans.append(span)
    done: list[bool] = []
    for i, toks in enumerate(own):
        label = labels[i]
        if label is not None:
            done.append(label)
            continue
        if not toks:
            done.append(False)
            continue
        before = next((s for s in reversed(spans[:i]) if s), None)
        after = next((s for s in spans[i + 1 :] if s), None)
        if before is None and after is None:
            lo, hi = 0, len(words)  # a page whose body is all short lines
        elif before is None:
            lo, hi = after[0] - _SHORT_REACH, after[0]  # type: ignore[index]
        elif after is None:
            lo, hi = before[1], before[1] + _SHORT_REACH
        else:
            lo, hi = before[1], after[0]
        done.append(_find(words, toks, lo - 1, hi + 1) is not None)
    return done


#: How far (in gold words) before the first or after the last long body line a short
#: line may sit and still be body.
_SHORT_REACH = 30


@dataclass(frozen=True)
class PageScores:
    """Mean shingle precision, recall and F1 over pages, and how many pages."""

    precision: float
    recall: float
    f1: float
    n: int

    def to_json(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "n": self.n}


def score_pages(pages: Iterable[Page], cleaner: Callable[[Page], str]) -> PageScores:
    """Mean shingle scores of ``cleaner``'s text against each page's gold body."""
    scores: list[Scores] = [shingle_scores(cleaner(page), page.gold) for page in pages]
    n = max(len(scores), 1)
    return PageScores(
        sum(s.precision for s in scores) / n, sum(s.recall for s in scores) / n,
        sum(s.f1 for s in scores) / n, len(scores),
    )


def page_text(page: Page) -> str:
    """The page as the cleaner receives it: its lines, one a line."""
    return "\n".join(page.lines)


def rules_cleaner(page: Page) -> str:
    """The named line rules alone (eventwire before the line classifier)."""
    from eventwire.clean import clean_text

    return clean_text(page_text(page), classify=False).text


def default_cleaner(page: Page) -> str:
    """What ``eventwire clean`` does with plain text: rules, then the line classifier."""
    from eventwire.clean import clean_text

    return clean_text(page_text(page)).text


def justext_cleaner(page: Page) -> str:
    """jusText's context-sensitive paragraph classification on the same lines (baseline).

    Each line is one paragraph (``<p>``); the stop-word list is the jusText list with
    the largest share of the page's words (jusText needs the language; the pages are in
    several). jusText is a development dependency (``pip install justext``).
    """
    import html

    import justext

    body = "".join(f"<p>{html.escape(line)}</p>" for line in page.lines)
    document = f"<html><body>{body}</body></html>".encode()
    stoplist = _best_stoplist(page)
    paragraphs = justext.justext(document, stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _best_stoplist(page: Page) -> frozenset[str]:
    import justext

    words = tokens(page_text(page))
    best: tuple[float, frozenset[str]] = (-1.0, frozenset())
    for language in sorted(justext.get_stoplists()):
        stoplist = justext.get_stoplist(language)
        share = sum(1 for w in words if w in stoplist) / max(len(words), 1)
        if share > best[0]:
            best = (share, stoplist)
    return best[1]


def extraction_figures(splits: Iterable[Split], with_justext: bool = True) -> dict[str, object]:
    """Mean shingle scores of the default cleaner, the rules alone and jusText, per split."""
    figures: dict[str, object] = {}
    for split in splits:
        pages = load_pages([split])
        row: dict[str, object] = {
            "classifier": score_pages(pages, default_cleaner).to_json(),
            "rules": score_pages(pages, rules_cleaner).to_json(),
        }
        if with_justext:
            # jusText is a development dependency; without it the figure is skipped
            with contextlib.suppress(ImportError):
                row["justext"] = score_pages(pages, justext_cleaner).to_json()
        figures[split] = row
    return figures
