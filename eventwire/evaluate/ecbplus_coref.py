"""Event merging measured as cross-document event coreference on ECB+ (dev topics).

Gold: the action mentions (ACTION_*, NEG_ACTION_*) of the validated sentences
(``ECBplus_coreference_sentences.csv``) with their chains: a CROSS_DOC_COREF relation is
one chain across documents, an INTRA_DOC_COREF one a chain inside its document, and a
mention in neither is a singleton.

Response: eventwire's events, which carry (article, sentence) sources but no trigger
offsets. A gold mention belongs to the event that cites its sentence; where several
events cite one sentence, to the one with the most sources (ties by id), since a
sentence-level coder cannot say which word it coded. A mention in a sentence no event
cites is a singleton. The scores are reported over every gold mention and over the
mentions of sentences the coder cited (``covered``): ECB+ is mostly about earthquakes,
rehab check-ins and sports, which a political-event coder rightly leaves alone.

The baseline is the usual same-head-lemma one: mentions whose first token has the same
lemma are one event when their documents share a gold story (topic and subtopic), or,
with ``stories``, a predicted story.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate.coref import conll
from eventwire.language.nlp import load_nlp
from eventwire.records import Event

Mention = tuple[str, int]  # (document id, markable id)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class GoldMention:
    doc: str
    m_id: int
    sentence: int
    words: tuple[str, ...]
    lemma: str
    chain: str


def _squash(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def validated_sentences(folder: Path) -> set[tuple[str, int]]:
    path = folder / "ECBplus_coreference_sentences.csv"
    with path.open(encoding="utf-8") as fh:
        return {(f"{r['Topic']}_{r['File']}", int(r["Sentence Number"]))
                for r in csv.DictReader(fh)}


def gold_mentions(folder: Path, docs: Iterable[str]) -> tuple[list[GoldMention], dict]:
    """Gold action mentions of ``docs`` in validated sentences, and each document's
    sentences as squashed text (sentence number → text without spaces)."""
    keep = validated_sentences(folder)
    nlp = load_nlp()
    mentions: list[GoldMention] = []
    sentences: dict[str, dict[int, str]] = {}
    for doc_id in docs:
        root = ET.parse(folder / "xml" / doc_id.split("_", 1)[0] / f"{doc_id}.xml").getroot()
        tokens = {int(t.get("t_id", 0)): (int(t.get("sentence", 0)), t.text or "")
                  for t in root.iter("token")}
        by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for t_id, (s, word) in sorted(tokens.items()):
            by_sentence[s].append((t_id, word))
        sentences[doc_id] = {s: _squash("".join(w for _, w in ws))
                             for s, ws in by_sentence.items()}
        actions: dict[int, list[int]] = {}
        markables = root.find("Markables")
        for m in markables if markables is not None else ():
            if "ACTION" in m.tag and m.findall("token_anchor"):
                actions[int(m.get("m_id", 0))] = [int(a.get("t_id", 0))
                                                  for a in m.findall("token_anchor")]
        chain: dict[int, str] = {}
        relations = root.find("Relations")
        for rel in relations if relations is not None else ():
            if rel.tag == "CROSS_DOC_COREF":
                key = f"x:{rel.get('note')}"
            elif rel.tag == "INTRA_DOC_COREF":
                key = f"i:{doc_id}:{rel.get('r_id')}"
            else:
                continue
            for src in rel.findall("source"):
                chain.setdefault(int(src.get("m_id", 0)), key)
        parsed: dict[int, object] = {}
        for m_id, t_ids in sorted(actions.items()):
            s = tokens[t_ids[0]][0]
            if (doc_id, s) not in keep:
                continue
            if s not in parsed:
                parsed[s] = nlp(" ".join(w for _, w in by_sentence[s]))
            position = [t for t, _ in by_sentence[s]].index(t_ids[0])
            spacy_doc = parsed[s]
            lemma = tokens[t_ids[0]][1].casefold()
            if len(spacy_doc) == len(by_sentence[s]):  # type: ignore[arg-type]
                lemma = spacy_doc[position].lemma_.casefold()  # type: ignore[index]
            mentions.append(GoldMention(doc_id, m_id, s, tuple(tokens[t][1] for t in t_ids),
                                        lemma, chain.get(m_id, f"s:{doc_id}:{m_id}")))
    return mentions, sentences


def _sentence_of(source_text: str, doc_sentences: dict[int, str]) -> set[int]:
    """Gold sentence numbers a system sentence covers (spaCy and ECB+ split differently)."""
    squashed = _squash(source_text)
    return {s for s, text in doc_sentences.items()
            if text and (text in squashed or (len(squashed) > 20 and squashed in text))}


def response_clusters(
    mentions: list[GoldMention], sentences: dict, events: Iterable[Event], keys: dict[str, str]
) -> tuple[list[set[Mention]], set[Mention]]:
    """The events as clusters of gold mentions, and the mentions some event's sentence holds."""
    owner: dict[tuple[str, int], tuple[int, str]] = {}
    for ev in events:
        for src in ev.sources:
            doc = keys.get(src.article_id, src.article_id)
            for s in _sentence_of(src.sentence, sentences.get(doc, {})):
                rank = (len(ev.sources), ev.event_id)
                if (doc, s) not in owner or rank > owner[(doc, s)]:
                    owner[(doc, s)] = rank
    clusters: dict[str, set[Mention]] = defaultdict(set)
    covered: set[Mention] = set()
    for m in mentions:
        key = (m.doc, m.m_id)
        found = owner.get((m.doc, m.sentence))
        if found is None:
            clusters[f"alone:{m.doc}:{m.m_id}"].add(key)
        else:
            clusters[found[1]].add(key)
            covered.add(key)
    return list(clusters.values()), covered


def lemma_clusters(mentions: list[GoldMention], story: dict[str, str]) -> list[set[Mention]]:
    clusters: dict[tuple[str, str], set[Mention]] = defaultdict(set)
    for m in mentions:
        clusters[(story.get(m.doc, m.doc), m.lemma)].add((m.doc, m.m_id))
    return list(clusters.values())


def gold_clusters(mentions: list[GoldMention]) -> list[set[Mention]]:
    clusters: dict[str, set[Mention]] = defaultdict(set)
    for m in mentions:
        clusters[m.chain].add((m.doc, m.m_id))
    return list(clusters.values())


def restrict(clusters: list[set[Mention]], keep: set[Mention]) -> list[set[Mention]]:
    return [c & keep for c in clusters if c & keep]


def coref_figures(
    mentions: list[GoldMention], sentences: dict, events: Iterable[Event],
    keys: dict[str, str], gold_story: dict[str, str], predicted_story: dict[str, str],
) -> dict[str, object]:
    """CoNLL scores of eventwire's merged events and of the lemma baselines, over all gold
    mentions and over the covered ones."""
    gold = gold_clusters(mentions)
    ours, covered = response_clusters(mentions, sentences, events, keys)
    lemma_gold = lemma_clusters(mentions, gold_story)
    lemma_pred = lemma_clusters(mentions, predicted_story)
    out: dict[str, object] = {"mentions": len(mentions), "covered_mentions": len(covered)}
    for name, keep in (("all", None), ("covered", covered)):
        def part(c: list[set[Mention]], keep: set[Mention] | None = keep) -> list[set[Mention]]:
            return c if keep is None else restrict(c, keep)
        out[name] = {
            "eventwire": conll(part(gold), part(ours)),
            "lemma_gold_story": conll(part(gold), part(lemma_gold)),
            "lemma_predicted_story": conll(part(gold), part(lemma_pred)),
        }
    return out
