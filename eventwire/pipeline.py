"""The one place where the stages are composed.

read → clean (prepare) → language (analyze) → actors → coding → link → store.
`extract` runs the same composition with an in-memory link index and no
database, so its events are exactly those `ingest` would store.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.coding import code_events
from eventwire.coding.detector.model import load_detector
from eventwire.errors import EventwireError, InputError
from eventwire.language.analyze import analyze
from eventwire.link import LinkIndex, LinkResult, Profile, article_profile, find_copy_of, link
from eventwire.options import Options
from eventwire.pieces import code_in_pieces, is_long
from eventwire.prepare import prepare
from eventwire.read import ReadFailure, expand, failure_from, internal_failure, read_path
from eventwire.records import Article, Event, RawDocument
from eventwire.store import Store

log = logging.getLogger(__name__)


@dataclass
class Summary:
    """What a run did, for the closing message; failures are listed, never dropped."""

    files: int = 0
    articles: int = 0
    stored: int = 0
    already_stored: int = 0
    copies: int = 0
    events: int = 0
    #: Articles that came without a publication date: none could be found in the text
    #: (``undated``), or one was estimated from the URL, dateline or body (``estimated``).
    undated: int = 0
    estimated: int = 0
    failures: list[ReadFailure] = field(default_factory=list)

    def date_warning(self) -> str | None:
        """One line for stderr when articles carry no publication date, else None."""
        if not (self.undated or self.estimated):
            return None
        return (
            f"warning: {self.undated + self.estimated} of {self.articles} new articles carry no "
            f"publication date ({self.estimated} estimated from the URL, dateline or text, "
            f"{self.undated} left undated, so their relative dates such as 'yesterday' stay "
            "unresolved); give the date with --published YYYY-MM-DD, or a 'published' field "
            "in JSON Lines"
        )


@dataclass(frozen=True)
class Coded:
    """What the per-article stages give the linker: the events, and the article's profile
    (named entities and lead vector) that story matching compares."""

    events: tuple[Event, ...]
    profile: Profile | None = None


def coded(article: Article, doc: Any = None) -> Coded:
    """The per-article stages after cleaning: language, actors, coding (no index needed).

    Negated acts ("did not meet") are kept with negated=True; the store lists them
    only when asked (EventFilter.negated) and never counts them as events.
    """
    if is_long(article):  # megabytes: coded piece by piece, in linear time (pieces.py)
        return Coded(*code_in_pieces(article, load_detector()))
    analysis = analyze(article, doc)
    return Coded(tuple(code_events(analysis)), article_profile(analysis, load_detector()))


def code(article: Article, doc: Any = None) -> tuple[Event, ...]:
    """The events of one article (``coded`` without the profile)."""
    return coded(article, doc).events


def process(article: Article, index: LinkIndex) -> LinkResult:
    """Code and link one article; a near-copy of a stored article is linked but not coded."""
    copy_check = find_copy_of(article, index)
    if copy_check[2] is not None:
        return link(article, (), index, copy_check=copy_check)
    found = coded(article)
    return link(article, found.events, index, copy_check=copy_check, profile=found.profile)


def store_article(
    article: Article, index: LinkIndex, store: Store,
    done: Coded | None = None,
) -> LinkResult | None:
    """Code (outside the write lock, unless ``done`` is given), then link and store under
    it against an index caught up with other writers; None if another writer stored it.

    The result is the one ``process`` gives on the same index: a near-copy is linked with
    no events, whatever was coded.
    """
    hint = find_copy_of(article, index)
    found = done
    if found is None and hint[2] is None:
        found = coded(article)

    def link_now() -> LinkResult:
        nonlocal found
        fresh = find_copy_of(article, index)
        if fresh[2] is not None:
            return link(article, (), index, copy_check=fresh)
        if found is None:  # coded as a copy of an article withdrawn meanwhile
            found = coded(article)
        return link(article, found.events, index, copy_check=fresh, profile=found.profile)

    return store.save_linked(article, index, link_now)


def where_of(raw: RawDocument) -> str:
    """The file (and line or record) a document was read from, for a skip line."""
    return raw.location or raw.origin


def _handle(
    raw: RawDocument, options: Options, stored_text: Callable[[str], str | None]
) -> Article | ReadFailure | None:
    """The cleaned article; None if it is already stored; a named failure otherwise (an
    unexpected error too: it spoils this article only).

    An article that reuses a stored id with a different text is not "already stored":
    it is a different article, refused by name (E173) so that it is not lost unseen.
    """
    where = where_of(raw)
    try:
        article = prepare(raw, options)
    except InputError as err:
        return ReadFailure(where, failure_from(err).reason)
    except Exception as err:  # noqa: BLE001 - one bad article must not stop a long run
        return internal_failure(where, "cleaning", err)
    known = stored_text(article.article_id)
    if known is None:
        return article
    if raw.given_id is not None and not same_text(known, article.text):
        return conflict(where, article.article_id)
    return None


def conflict(where: str, article_id: str) -> ReadFailure:
    """The named skip of an article whose id is stored with another text (E173)."""
    return ReadFailure(where, f"[E173] id {article_id!r} is already stored with a different "
                       "text; not stored: give this article its own id, or `eventwire "
                       "withdraw` the stored one first")


_WORDS = re.compile(r"\w+")


def same_text(stored: str, new: str) -> bool:
    """Whether a text given under a stored id is that article: equal, or sharing nine in ten
    of its distinct words, so that a rerun after a change in cleaning (which may keep or drop
    a line differently) is still "already stored", while another article under the same id
    is named."""
    if stored == new:
        return True
    a, b = set(_WORDS.findall(stored.lower())), set(_WORDS.findall(new.lower()))
    return bool(a | b) and len(a & b) >= 0.9 * len(a | b)


def _stored_text(store: Store) -> Callable[[str], str | None]:
    def text_of(article_id: str) -> str | None:
        if not store.has_article(article_id):
            return None
        row = store.article(article_id)
        return str(row["text"]) if row else ""
    return text_of


def readable_files(
    paths: Iterable[str], summary: Summary,
    on_failure: Callable[[ReadFailure], None] | None = None,
) -> list[Path]:
    """The files under ``paths`` to read; what cannot be read (a broken link, a FIFO, a
    missing path) goes to ``summary.failures`` and ``on_failure``, never silently."""
    files: list[Path] = []
    for item in expand(paths):
        if isinstance(item, ReadFailure):
            summary.failures.append(item)
            if on_failure:
                on_failure(item)
        else:
            files.append(item)
    return files


def ingest(
    paths: Iterable[str],
    options: Options,
    store: Store,
    on_file: Callable[[int, int, str], None] | None = None,
    on_failure: Callable[[ReadFailure], None] | None = None,
) -> Summary:
    """Read, code, link and store everything under paths; safe to rerun on the same input."""
    summary = Summary()
    files = readable_files(paths, summary, on_failure)
    index = store.link_index()
    known = _stored_text(store)
    for number, path in enumerate(files, start=1):
        if on_file:
            on_file(number, len(files), str(path))
        summary.files += 1
        for raw in read_path(path, options):
            outcome = raw if isinstance(raw, ReadFailure) else _handle(
                raw, options, known
            )
            if outcome is None:
                summary.already_stored += 1
                continue
            if isinstance(outcome, Article):
                summary.articles += 1
                summary.undated += outcome.publication_date is None
                summary.estimated += outcome.publication_date_estimated
                outcome = _store_one(outcome, index, store, summary,
                                     where=where_of(raw) if isinstance(raw, RawDocument) else None)
            if isinstance(outcome, ReadFailure):
                summary.failures.append(outcome)
                if on_failure:
                    on_failure(outcome)
    return summary


def _store_one(
    article: Article, index: LinkIndex, store: Store, summary: Summary,
    done: Coded | None = None, where: str | None = None,
) -> ReadFailure | None:
    """Process and save one article in its own transaction; an error spoils only it
    (but a store that stays locked stops the run: every later article would fail too)."""
    try:
        result = store_article(article, index, store, done)
    except EventwireError:
        raise
    except Exception as err:  # noqa: BLE001 - one bad article must not stop a long run
        return internal_failure(where or article.origin, "processing", err)
    if result is None:  # another writer stored it meanwhile
        summary.already_stored += 1
        summary.articles -= 1
        return None
    summary.stored += 1
    summary.copies += result.duplicate_of is not None
    summary.events += len(result.events)
    return None


def link_all(
    documents: Iterable[RawDocument | ReadFailure],
    options: Options,
    on_failure: Callable[[ReadFailure], None] | None = None,
) -> Iterator[tuple[Article, LinkResult]]:
    """Each article with its link result, against an in-memory index of those before it."""
    index = LinkIndex.from_stored([], [])
    seen: dict[str, str] = {}
    for raw in documents:
        outcome = raw if isinstance(raw, ReadFailure) else _handle(raw, options, seen.get)
        if isinstance(outcome, Article):
            assert isinstance(raw, RawDocument)
            seen[outcome.article_id] = outcome.text
            try:
                result = process(outcome, index)
                index.add(result)
            except Exception as err:  # noqa: BLE001 - one bad article must not stop a run
                outcome = internal_failure(where_of(raw), "processing", err)
            else:
                yield outcome, result
                continue
        if isinstance(outcome, ReadFailure) and on_failure:
            on_failure(outcome)


def extract(
    documents: Iterable[RawDocument | ReadFailure],
    options: Options,
    on_failure: Callable[[ReadFailure], None] | None = None,
) -> Iterator[Event]:
    """Events for articles without a database, linked among themselves as ingest would."""
    merged: dict[str, Event] = {}
    for _article, result in link_all(documents, options, on_failure):
        for ev in result.events:
            merged[ev.event_id] = ev
    yield from sorted(merged.values(), key=lambda e: (e.event_date or "", e.event_id))
