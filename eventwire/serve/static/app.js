// The explorer page: filters → /events → timeline, map, network, table; click → detail.

import { api, AuthError, badge, colour, displayDate, el, setToken, TYPES, where, who } from "./common.js";
import { showEvent } from "./detail.js";
import { EventMap } from "./map.js";
import { Network } from "./network.js";
import { Timeline } from "./timeline.js";

const PAGE = 5000; // one page of the API; more is announced, never silently dropped
const form = document.getElementById("filters");
const status = document.getElementById("status");
const detail = document.getElementById("detail");
const tbody = document.querySelector("#event-table tbody");
const chosenTypes = new Set();
let events = [];
let selected = null;

const timeline = new Timeline(document.getElementById("view-timeline"), select);
const map = new EventMap(document.getElementById("view-map"), (loc, evs) => { showList(evs, `at ${loc.name}`); select(evs[0]); });
const network = new Network(document.getElementById("view-network"),
  (actor) => { form.actor.value = actor.name || actor.country || ""; load(); },
  (a, b, evs) => { showList(evs, `${a} → ${b}`); select(evs[0]); });

const HINTS = {
  timeline: "Scroll to zoom, drag to pan; click a dot for its sources.",
  map: "Circle size: number of events at the place; click one for its events.",
  network: "Arrows: actor → recipient, coloured by type; click an actor to filter, an arrow for its events.",
};

function showView(name) {
  for (const tab of document.querySelectorAll("nav [role=tab]")) tab.setAttribute("aria-selected", String(tab.dataset.view === name));
  for (const v of ["timeline", "map", "network"]) document.getElementById(`view-${v}`).hidden = v !== name;
  document.getElementById("view-hint").textContent = HINTS[name];
  document.body.dataset.view = name;
}

function select(ev) {
  if (!ev) return;
  selected = ev.event_id;
  timeline.select(selected);
  for (const row of tbody.rows) row.classList.toggle("selected", row.dataset.id === selected);
  document.body.dataset.selected = selected;
  showEvent(detail, ev, select);
}

function query() {
  const p = new URLSearchParams({ limit: PAGE });
  for (const name of ["actor", "country", "q"]) if (form[name].value.trim()) p.set(name, form[name].value.trim());
  if (form.since.value) p.set("since", form.since.value);
  if (form.until.value) p.set("until", form.until.value);
  if (chosenTypes.size) p.set("event_type", [...chosenTypes].join("|"));
  return p;
}

function showList(list, label) {
  tbody.replaceChildren(...list.map((ev) => {
    const row = el("tr", { "data-id": ev.event_id, onclick: () => select(ev) },
      el("td", {}, displayDate(ev)), el("td", {}, badge(ev.event_type)), el("td", {}, who(ev)),
      el("td", {}, where(ev)), el("td", {}, String(ev.num_sources)));
    if (ev.event_id === selected) row.classList.add("selected");
    return row;
  }));
  if (label) status.textContent = `${list.length} event(s) ${label} — Apply or Clear to see all ${events.length} again.`;
}

function drawTypes(counts) {
  const box = document.getElementById("types");
  box.replaceChildren(...TYPES.filter((t) => counts[t] || chosenTypes.has(t)).map((t) => {
    const chip = el("button", { type: "button", class: "chip", "aria-pressed": String(chosenTypes.has(t)), "data-type": t,
      title: `Show only ${t} (click again to remove)`,
      onclick: () => { chosenTypes.has(t) ? chosenTypes.delete(t) : chosenTypes.add(t); load(); } },
    el("i"), t, el("span", { class: "n" }, String(counts[t] || 0)));
    chip.querySelector("i").style.background = colour(t);
    return chip;
  }));
}

let typeCounts = null;
async function load() {
  const started = performance.now();
  status.textContent = "Loading events…";
  document.body.dataset.loaded = "false";
  try {
    const page = await api(`/events?${query()}`);
    events = page.data;
    const notice = document.getElementById("truncated");
    notice.hidden = !page.next;
    notice.textContent = page.next ? `Showing the first ${PAGE.toLocaleString()} matching events only: narrow the filters (dates, type, actor) to see the rest, or page through the API (${page.next}).` : "";
    if (!typeCounts || !chosenTypes.size) {
      typeCounts = {};
      for (const ev of events) typeCounts[ev.event_type] = (typeCounts[ev.event_type] || 0) + 1;
    }
    drawTypes(typeCounts);
    timeline.set(events); map.set(events); network.set(events);
    showList(events);
    const located = events.filter((e) => e.location && e.location.latitude != null).length;
    status.textContent = `${events.length} event(s)${page.next ? "+" : ""}, ${located} located — ${filterSummary()} (${Math.round(performance.now() - started)} ms)`;
    document.body.dataset.count = String(events.length);
    document.body.dataset.loaded = "true";
  } catch (err) {
    if (err instanceof AuthError) {
      document.getElementById("token-box").hidden = false;
      status.textContent = "This server needs a read token to show events.";
    } else status.textContent = `Could not load events: ${err.message}`;
  }
}

function filterSummary() {
  const parts = [];
  for (const name of ["actor", "country", "since", "until", "q"]) if (form[name].value) parts.push(`${name}: ${form[name].value}`);
  if (chosenTypes.size) parts.push(`types: ${[...chosenTypes].join(", ")}`);
  return parts.length ? parts.join(", ") : "no filters";
}

async function fillSuggestions() {
  try {
    const page = await api("/actors?limit=5000");
    const names = [...new Set(page.data.map((a) => a.name).filter(Boolean))].sort();
    const countries = [...new Set(page.data.map((a) => a.country).filter(Boolean))].sort();
    document.getElementById("actor-list").replaceChildren(...names.map((n) => el("option", { value: n })));
    document.getElementById("country-list").replaceChildren(...countries.map((c) => el("option", { value: c })));
  } catch (_) { /* suggestions are a convenience; load() reports access problems */ }
}

form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
form.addEventListener("reset", () => { chosenTypes.clear(); setTimeout(load, 0); });
for (const tab of document.querySelectorAll("nav [role=tab]")) tab.addEventListener("click", () => showView(tab.dataset.view));
document.getElementById("token-save").addEventListener("click", () => {
  setToken(document.getElementById("token").value);
  document.getElementById("token-box").hidden = true;
  load(); fillSuggestions();
});
showView("timeline");
load();
fillSuggestions();
