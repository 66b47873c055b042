// Shared helpers: colours by PLOVER type, SVG and text utilities, API calls with the token.

export const TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];
// Cooperation in greens and blues, verbal conflict in oranges, material conflict in reds.
const PALETTE = {
  AGREE: "#2e8b57", CONSULT: "#1f77b4", SUPPORT: "#17becf", COOPERATE: "#3a9d23",
  AID: "#8cc152", CONCEDE: "#6a5acd", RETREAT: "#9b7fd4", REQUEST: "#5b8db8",
  ACCUSE: "#e6862a", REJECT: "#d4a017", THREATEN: "#e0592a", PROTEST: "#c7702e",
  SANCTION: "#b8860b", MOBILIZE: "#a94442", COERCE: "#c0392b", ASSAULT: "#8b0000",
};
export const colour = (type) => PALETTE[type] || "#777";

export const SVG_NS = "http://www.w3.org/2000/svg";
export function svg(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

export function actorLabel(a) {
  if (!a) return "?";
  if (a.name) return a.name;
  return [a.country, a.sector].filter(Boolean).join(" ") || "unknown";
}

export function who(ev) {
  const left = ev.actors.map(actorLabel).join(", ") || "?";
  const right = ev.recipients.map(actorLabel).join(", ");
  return right ? `${left} → ${right}` : left;
}

export function where(ev) {
  const loc = ev.location;
  return loc ? [loc.name, loc.country].filter(Boolean).join(", ") : "";
}

export function displayDate(ev) {
  return (ev.event_date || "undated") + (ev.date_estimated ? "~" : "");
}

// The time span an event covers, in ms: a month-precision date covers the month.
export function span(ev) {
  const d = ev.event_date;
  if (!d) return null;
  const [y, m, day] = d.split("-").map(Number);
  if (day) { const t = Date.UTC(y, m - 1, day); return [t, t + 864e5]; }
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

export function badge(type) {
  const b = el("span", { class: "badge" }, type);
  b.style.background = colour(type);
  return b;
}

let token = sessionStorage.getItem("eventwire-token") || "";
export function setToken(value) { token = value; sessionStorage.setItem("eventwire-token", value); }

export class AuthError extends Error {}

// GET a JSON endpoint; a 401 raises AuthError so the page can ask for the read token.
export async function api(path) {
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  const response = await fetch(path, { headers });
  if (response.status === 401) throw new AuthError("read token needed");
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
    throw new Error(`${path} failed (${response.status}): ${detail}`);
  }
  return response.json();
}
