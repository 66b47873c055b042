"""Stage "clean": strip site junk from an article's plain text, keep every body sentence.

Scraped news text carries navigation ("Previous Article" and the next story's
headline), teasers ("Read more: ..."), comment boxes, newsletter and e-mail
footers, share buttons, photo captions and credit lines. Left in, they become
sentences, and sentences become false events ("Czech President Faces Campaign
Financing Fine" is not in the article). The rules here are deliberately
conservative: a line goes only when a named rule says why, and the reason is
recorded in ``CleanResult.removed`` so a wrongly dropped sentence can be traced
to the rule that dropped it.

Two kinds of rule:

* line rules: a table of named, compiled regexes, each judging one line alone;
* context rules: a short title-like line right after "Previous/Next Article" is
  the neighbouring story's headline; everything after the start of a comment
  box is comments; title-like lines after a teaser heading ("You Might Also
  Like") are teasers; a long line repeated verbatim later is page chrome.

HTML is not handled here: the reader extracts text with trafilatura and passes
the text on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the classifier is imported when first used, not with this module
    from eventwire.lineclass.model import LineModel


@dataclass(frozen=True)
class RemovedLine:
    """One dropped line: where it was (1-based line of the input), its text, and why."""

    line_number: int
    text: str
    rule: str


@dataclass(frozen=True)
class CleanResult:
    """The cleaned body (paragraphs joined by a blank line) and what was dropped.

    ``title`` is never guessed by ``clean_text``: the reader knows titles from
    HTML metadata, and ``split_title`` handles plain-text files.
    """

    text: str
    title: str | None
    removed: tuple[RemovedLine, ...]


@dataclass(frozen=True)
class LineRule:
    """A named regex; a line that it matches (``search``) is junk for this reason."""

    name: str
    pattern: re.Pattern[str]


def _rule(name: str, pattern: str) -> LineRule:
    return LineRule(name, re.compile(pattern, re.IGNORECASE))


_END = r"\W*$"  # a heading may end in a colon, an arrow, an ellipsis

# Lines that start a comment box: every later line is comment-area junk.
COMMENT_BOX_RULES: tuple[LineRule, ...] = (
    _rule(
        "comment_box", r"^(leave|write|post|add|submit) (a |your )?(reply|comment|response)" + _END
    ),
    _rule("comment_box", r"^(\d+\s+)?comments?\s*(\(\d+\))?" + _END),
    _rule("comment_box", r"^(show|view|load|read) (all )?(\d+ )?comments" + _END),
    _rule("comment_box", r"^(join|start) the (discussion|conversation)" + _END),
    _rule("comment_box", r"^cancel reply" + _END),
)

# Teaser headings: the title-like lines that follow them are other stories' headlines.
TEASER_HEADING_RULES: tuple[LineRule, ...] = (
    _rule(
        "teaser_heading",
        r"^(you (might|may) (also )?like|more (stories|news|from [\w .]+)|"
        r"recommended( for you| stories)?|most (read|popular|viewed)|"
        r"related( articles| stories| posts| news)?|also read|trending( now)?|"
        r"latest (news|stories)|more on this (topic|story))" + _END,
    ),
)

# Navigation lines whose next title-like line is the neighbouring story's headline.
NAV_RULES: tuple[LineRule, ...] = (
    _rule("navigation", r"^(previous|next|prev|older|newer) (article|post|story|news|item)" + _END),
)

LINE_RULES: tuple[LineRule, ...] = (
    _rule(
        "read_more",
        r"^(read more|read also|also read|see also|related|more|recommended)\s*(:|\||»|>|\s[–-]\s)",
    ),
    _rule("comment_notice", r"your email address will not be published"),
    _rule("comment_notice", r"required fields are marked"),
    _rule("comment_notice", r"\bakismet\b"),
    _rule("comment_notice", r"learn how your comment data is processed"),
    _rule("email_footer", r"can be (contacted|reached) (by|via|at) e-?mail"),
    _rule("email_footer", r"\[email[\s\xa0]protected\]"),
    _rule("email_footer", r"e-?mail address follows (this|the) (formula|format)"),
    _rule(
        "newsletter",
        r"\b(subscribe|sign up|signup)\b.{0,40}\b(newsletter|mailing list|updates|our channel)\b",
    ),
    _rule("subscribe", r"^(subscribe|follow us|join us)\b.{0,60}$"),
    _rule(
        "share",
        r"^(share( this)?( article| story| post)?( on| via)?|tweet|email|print|whatsapp|"
        r"telegram|facebook|twitter|linkedin|copy link)" + _END,
    ),
    _rule("share", r"^share (on|via) (facebook|twitter|x|telegram|whatsapp|linkedin|e-?mail)\b"),
    _rule("photo_caption", r"\|\s*$"),
    _rule("photo_credit", r"^(photo|image|picture|file photo|credit)s?\s*(:|by\b|©)"),
    _rule("credit_line", r"\beditors and wire services\b"),
    _rule("credit_line", r"^(reporting|writing|editing|additional reporting) by\b.{0,120}$"),
    _rule("copyright", r"^(©|\(c\)|copyright\b).{0,160}$"),
    _rule("copyright", r"\ball rights reserved\b"),
    _rule("tags", r"^tags?\s*:"),
    _rule("advertisement", r"^(advertisement|sponsored( content)?|ad)" + _END),
)

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"\w+")
# A title-like line: short and not ending as a sentence does.
_TITLE_MAX_WORDS = 20
# Only lines this long count as repeats: "Thank you." may legitimately recur.
_REPEAT_MIN_WORDS = 8


def _match(rules: tuple[LineRule, ...], line: str) -> str | None:
    for rule in rules:
        if rule.pattern.search(line):
            return rule.name
    return None


def named_rule(line: str) -> str | None:
    """The name of the first rule judging ``line`` alone junk (or a junk heading), else None."""
    stripped = _normalise(line).strip()
    for rules in (COMMENT_BOX_RULES, NAV_RULES, TEASER_HEADING_RULES, LINE_RULES):
        if (name := _match(rules, stripped)) is not None:
            return name
    return None


def is_title_like(line: str) -> bool:
    """Short and not ending as a sentence: a headline rather than a body sentence."""
    words = _WORD.findall(line)
    return 0 < len(words) <= _TITLE_MAX_WORDS and not _SENTENCE_END.search(line.strip())


def _normalise(raw: str) -> str:
    return raw.replace("\xa0", " ").replace("\u200b", "").rstrip()


#: Rules that judge a line by what came before it, not by the line itself: on a whole
#: flattened page they misfire (a "Comments" menu item above the article is not a
#: comment box), so where their trigger comes before the article's run of lines the
#: line classifier may overrule them for a line it keeps. A verbatim repeat of a long
#: line stays dropped: its text is already kept once.
CONTEXT_RULES = frozenset({"after_comment_box", "navigation_headline", "teaser_headline"})
#: The classifier judges a page by where its lines sit and what surrounds them; a text
#: of fewer lines gives it too little to go on (a feed summary, a JSON "text" field,
#: an already clean article), and the rules alone judge it.
MIN_CLASSIFIED_LINES = 8
_TRIGGERS = frozenset({"comment_box", "navigation", "teaser_heading"})


def clean_text(
    text: str, first_line_number: int = 1, classify: bool = True, model: LineModel | None = None
) -> CleanResult:
    """Drop junk lines from ``text``; each kept line becomes a paragraph.

    ``first_line_number`` is the file line ``text`` starts on (after
    ``split_title`` took the title off), so ``removed`` points into the file.

    With ``classify`` (the default, for plain text), the learned line classifier
    (``eventwire.lineclass``) then judges the page: a line the rules kept goes, as
    ``line_classifier``, when the classifier finds it outside the article; a line
    a context rule dropped comes back when the classifier keeps it. HTML extracted
    by trafilatura is passed with ``classify=False``: it is already the article.
    ``model`` replaces the shipped classifier (training scripts tune with it).

    A kept line that does not end a sentence and is followed, in the same
    block, by a line starting in lower case is a hard-wrapped line: the two are
    joined with a space so that no sentence is cut in two.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    removed: list[RemovedLine] = []
    kept: list[tuple[int, str]] = []  # (line index, text)
    seen_long: set[str] = set()
    in_comments = False
    after_nav = False
    after_teaser = False

    for number, raw in enumerate(lines, start=first_line_number):
        line = _normalise(raw)
        stripped = line.strip()
        if not stripped:
            continue
        reason: str | None = None
        if in_comments:
            reason = "after_comment_box"
        elif (reason := _match(COMMENT_BOX_RULES, stripped)) is not None:
            in_comments = True
        elif (reason := _match(NAV_RULES, stripped)) is not None:
            after_nav = True
            after_teaser = False
            removed.append(RemovedLine(number, stripped, reason))
            continue
        elif (reason := _match(TEASER_HEADING_RULES, stripped)) is not None:
            after_teaser = True
            after_nav = False
            removed.append(RemovedLine(number, stripped, reason))
            continue
        elif after_nav and is_title_like(stripped):
            reason = "navigation_headline"
        elif after_teaser and is_title_like(stripped):
            reason = "teaser_headline"
        else:
            reason = _match(LINE_RULES, stripped)
        after_nav = False
        if reason is None:
            after_teaser = False
            key = " ".join(_WORD.findall(stripped.lower()))
            if len(key.split()) >= _REPEAT_MIN_WORDS and key in seen_long:
                reason = "repeated_line"
            else:
                seen_long.add(key)
        if reason is not None:
            removed.append(RemovedLine(number, stripped, reason))
        else:
            kept.append((number, stripped))

    if classify and len(kept) + len(removed) >= MIN_CLASSIFIED_LINES:
        kept, removed = _classify(lines, first_line_number, kept, removed, model)
    return CleanResult(text=_join(kept), title=None, removed=tuple(removed))


def _classify(
    lines: list[str], first_line_number: int,
    kept: list[tuple[int, str]], removed: list[RemovedLine], model: LineModel | None,
) -> tuple[list[tuple[int, str]], list[RemovedLine]]:
    """The rules' verdicts revised by the line classifier (see ``clean_text``)."""
    from eventwire.lineclass.model import shipped_model

    page = [
        (number, _normalise(raw).strip())
        for number, raw in enumerate(lines, start=first_line_number)
        if _normalise(raw).strip()
    ]
    texts = [line for _number, line in page]
    keep, (start, end) = (model or shipped_model()).decide(
        texts, [named_rule(line) is not None for line in texts]
    )
    verdict = dict(zip((number for number, _line in page), keep, strict=True))
    # A comment box, navigation or teaser heading before the article's run of lines is a
    # menu item, not the end of the article: what it dropped, the classifier judges.
    run_start = page[start][0] if start <= end else None
    new_removed: list[RemovedLine] = []
    restored: list[tuple[int, str]] = []
    trigger = 0
    for r in removed:
        if r.rule in _TRIGGERS:
            trigger = r.line_number
        misfired = run_start is not None and trigger < run_start
        if r.rule in CONTEXT_RULES and misfired and verdict.get(r.line_number):
            restored.append((r.line_number, r.text))
        else:
            new_removed.append(r)
    new_kept = []
    for number, line in sorted(kept + restored):
        if verdict.get(number, True):
            new_kept.append((number, line))
        else:
            new_removed.append(RemovedLine(number, line, "line_classifier"))
    new_removed.sort(key=lambda r: r.line_number)
    return new_kept, new_removed


def _join(kept: list[tuple[int, str]]) -> str:
    """Paragraphs joined by a blank line; hard-wrapped continuation lines joined by a space.

    A paragraph is kept as its list of lines and joined once at the end, and whether it
    ends a sentence is read off its last line only (a kept line is stripped and not
    empty, so the paragraph ends as its last line does): each line costs its own length,
    and a page of many short lines is cleaned in linear time, not in its square.
    """
    paragraphs: list[list[str]] = []
    previous_number = -2
    for number, line in kept:
        wrapped = (
            paragraphs
            and number == previous_number + 1
            and not _SENTENCE_END.search(paragraphs[-1][-1])
            and line[:1].islower()
        )
        if wrapped:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
        previous_number = number
    return "\n\n".join(" ".join(lines) for lines in paragraphs)


def _title_index(lines: list[str]) -> int | None:
    """Index of the title line: the first non-empty one, unless it reads as a body sentence."""
    for i, raw in enumerate(lines):
        first = raw.strip()
        if not first:
            continue
        words = len(_WORD.findall(first))
        if (_SENTENCE_END.search(first) and words > 12) or words > 30:
            return i if _headline_with_stop(lines, i, words) else None
        return i
    return None


#: The start of a wire dateline ("BAKU, Aug 19", "MOSCOW (Reuters)"): a lead, never a title.
_DATELINE_START = re.compile(r"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*\s*[,(]")
#: A stop followed by a new sentence: more than one sentence on the line.
_INNER_STOP = re.compile(r"[.!?][\"'”’)]*\s+[A-Z]")


def _headline_with_stop(lines: list[str], index: int, words: int) -> bool:
    """A headline that ends in a full stop: one sentence of at most 20 words standing
    alone, a blank line after it (a lead runs on into its paragraph), and no dateline."""
    first = lines[index].strip()
    alone = index + 1 >= len(lines) or not lines[index + 1].strip()
    return (words <= 20 and alone and not _INNER_STOP.search(first)
            and not _DATELINE_START.match(first))


def split_title(text: str) -> tuple[str | None, str]:
    """Split a plain-text file into (title, body): the first non-empty line is the title.

    Unless that line reads as a body sentence (it ends as a sentence does and
    has more than a headline's words): some scraped files start straight with
    the lead, and calling it a title would drop the article's first sentence.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = _title_index(lines)
    if index is None:
        return None, text
    return lines[index].strip(), "\n".join(lines[index + 1 :])


def clean_plain_file(text: str) -> CleanResult:
    """A whole .txt file: title split off, body cleaned, removed lines numbered as in the file."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = _title_index(lines)
    if index is None:
        return clean_text(text)
    body = clean_text("\n".join(lines[index + 1 :]), first_line_number=index + 2)
    return CleanResult(text=body.text, title=lines[index].strip(), removed=body.removed)
