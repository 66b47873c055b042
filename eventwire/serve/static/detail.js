// The detail panel: one event with its sources (the exact sentences highlighted in the
// article text), where its sources disagree, and the other events of its story.

import { actorLabel, api, badge, displayDate, el, where, who } from "./common.js";

const articles = new Map(); // article_id -> Promise of the article with its text

function article(id) {
  if (!articles.has(id)) articles.set(id, api(`/articles/${encodeURIComponent(id)}`));
  return articles.get(id);
}

// Collapse whitespace in both, so a sentence found across line breaks still matches.
function highlight(text, sentences) {
  const box = el("div", { class: "article-text" });
  const flat = [];
  const index = []; // position in flat -> position in text
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = /\s/.test(text[i]);
    if (isSpace && space) continue;
    flat.push(isSpace ? " " : text[i]);
    index.push(i);
    space = isSpace;
  }
  const flatText = flat.join("");
  const ranges = [];
  const missing = [];
  for (const s of sentences) {
    const needle = s.replace(/\s+/g, " ").trim();
    const at = flatText.indexOf(needle);
    if (at < 0) { missing.push(s); continue; }
    ranges.push([index[at], index[at + needle.length - 1] + 1]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a < pos) continue;
    box.append(text.slice(pos, a), el("mark", {}, text.slice(a, b)));
    pos = b;
  }
  box.append(text.slice(pos));
  return { box, missing };
}

function sourceCard(src, sentences) {
  const title = src.url ? el("a", { href: src.url, target: "_blank", rel: "noopener" }, src.title || src.url) : (src.title || src.origin);
  const card = el("div", { class: "source" },
    el("div", {}, el("strong", {}, src.outlet || "unknown outlet"), " · ", title),
    el("div", { class: "meta" }, `published ${src.publication_date || "date unknown"} · article ${src.article_id}`),
    ...sentences.map((s) => el("blockquote", {}, s)));
  const slot = el("div", { class: "meta" }, "Loading the article text…");
  card.append(slot);
  article(src.article_id).then((a) => {
    const { box, missing } = highlight(a.text, sentences);
    slot.replaceWith(box);
    const mark = box.querySelector("mark");
    if (mark) box.scrollTop = Math.max(mark.offsetTop - box.offsetTop - 40, 0);
    if (missing.length) card.append(el("div", { class: "meta" }, `${missing.length} sentence(s) not found verbatim in the stored text (it may have been cleaned differently).`));
  }).catch((err) => { slot.textContent = `Article text unavailable: ${err.message}`; });
  return card;
}

function disagreements(ev) {
  const list = ev.disagreements;
  if (!Array.isArray(list) || !list.length) return null;
  const outletOf = new Map(ev.sources.map((s) => [s.article_id, s.outlet || s.title || s.article_id]));
  return el("div", {},
    el("h3", {}, "Sources disagree"),
    ...list.map((d) => el("div", { class: "disagree" },
      el("strong", {}, d.field), ": ",
      ...(d.values || []).flatMap((v, i) => [i ? " vs " : "", el("q", {}, v.value), ` (${(v.sources || []).map((id) => outletOf.get(id) || id).join(", ")})`]))));
}

export async function showEvent(panel, ev, onSelect) {
  const loc = ev.location;
  const people = (list) => list.map((a) => `${actorLabel(a)}${a.country && a.name ? ` (${a.country}${a.sector ? " " + a.sector : ""})` : ""}`).join("; ") || "—";
  const bySource = new Map();
  for (const s of ev.sources) {
    if (!bySource.has(s.article_id)) bySource.set(s.article_id, { src: s, sentences: [] });
    bySource.get(s.article_id).sentences.push(s.sentence);
  }
  const story = el("div", {}, el("h3", {}, "Story"), el("div", { class: "meta" }, ev.story_id ? `story ${ev.story_id}: loading its events…` : "not part of a story"));
  panel.replaceChildren(...[
    el("div", {}, badge(ev.event_type), " ", ev.event_mode ? el("span", { class: "meta" }, ev.event_mode) : null),
    el("h2", { id: "detail-title" }, who(ev)),
    el("dl", {},
      el("dt", {}, "Date"), el("dd", {}, `${displayDate(ev)}${ev.date_raw ? ` (“${ev.date_raw}”)` : ""}${ev.date_estimated ? " — not stated; publication date used" : ""}`),
      el("dt", {}, "Actors"), el("dd", {}, people(ev.actors)),
      el("dt", {}, "Recipients"), el("dd", {}, people(ev.recipients)),
      el("dt", {}, "Place"), el("dd", {}, loc ? `${where(ev)}${loc.latitude != null ? ` (${loc.latitude.toFixed(2)}, ${loc.longitude.toFixed(2)})` : ""}` : "—"),
      el("dt", {}, "CAMEO · quad"), el("dd", {}, `${ev.cameo_code || "—"} · ${ev.quad_class ?? "—"}`),
      el("dt", {}, "Contexts"), el("dd", {}, (ev.contexts || []).join(", ") || "—"),
      el("dt", {}, "Modality"), el("dd", {}, `${ev.modality}, confidence ${Number(ev.confidence).toFixed(2)}`)),
    disagreements(ev),
    el("h3", {}, `Sources (${bySource.size} article${bySource.size === 1 ? "" : "s"}, ${ev.num_outlets} outlet${ev.num_outlets === 1 ? "" : "s"})`),
    el("div", { id: "sources" }, ...[...bySource.values()].map(({ src, sentences }) => sourceCard(src, sentences))),
    story].filter(Boolean));
  panel.scrollTop = 0;
  if (!ev.story_id) return;
  try {
    const page = await api(`/events?story_id=${encodeURIComponent(ev.story_id)}&limit=200`);
    const others = page.data.filter((o) => o.event_id !== ev.event_id);
    story.replaceChildren(el("h3", {}, "Story"),
      el("div", { class: "meta" }, `story ${ev.story_id}: ${page.data.length} event(s)${page.next ? " (first 200 shown)" : ""}`),
      el("ul", { class: "story" }, ...others.map((o) => el("li", {},
        el("a", { onclick: () => onSelect(o) }, `${displayDate(o)} ${o.event_type}: ${who(o)}`)))));
  } catch (err) {
    story.replaceChildren(el("h3", {}, "Story"), el("div", { class: "meta" }, `Could not load the story: ${err.message}`));
  }
}
