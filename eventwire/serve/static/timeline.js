// The timeline: one lane per event type, time across; wheel or buttons zoom, drag pans.

import { colour, displayDate, span, svg, who } from "./common.js";

const MARGIN = { left: 92, right: 16, top: 28, bottom: 28 };
const DAY = 864e5;

function ticks(lo, hi) {
  // Years, quarters, months or days, whichever gives 4 to 14 ticks.
  const days = (hi - lo) / DAY;
  const out = [];
  const start = new Date(lo);
  if (days > 4 * 365) {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= hi; y++) out.push([Date.UTC(y, 0, 1), `${y}`]);
  } else if (days > 120) {
    const step = days > 1000 ? 6 : days > 400 ? 3 : 1;
    let y = start.getUTCFullYear(), m = start.getUTCMonth();
    m -= m % step;
    for (; Date.UTC(y, m, 1) <= hi; m += step) {
      const t = Date.UTC(y, m, 1);
      const d = new Date(t);
      out.push([t, d.getUTCMonth() === 0 ? `${d.getUTCFullYear()}` : d.toLocaleString("en", { month: "short", timeZone: "UTC" })]);
    }
  } else {
    const step = days > 60 ? 14 : days > 20 ? 7 : days > 8 ? 2 : 1;
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); t <= hi; t += step * DAY) {
      const d = new Date(t);
      out.push([t, `${d.getUTCDate()} ${d.toLocaleString("en", { month: "short", timeZone: "UTC" })}`]);
    }
  }
  return out.filter(([t]) => t >= lo);
}

export class Timeline {
  constructor(root, onSelect) {
    this.root = root;
    this.onSelect = onSelect;
    this.events = [];
    this.domain = null;
    this.full = null;
    this.selected = null;
    this.svg = svg("svg", { role: "img", "aria-label": "Timeline of events by type" }, root);
    const tools = document.createElement("div");
    tools.className = "tools";
    for (const [label, title, fn] of [["+", "Zoom in", () => this.zoom(0.5)], ["−", "Zoom out", () => this.zoom(2)], ["Fit", "Show all", () => this.fit()]]) {
      const b = document.createElement("button");
      b.type = "button"; b.textContent = label; b.title = title; b.addEventListener("click", fn);
      tools.appendChild(b);
    }
    root.appendChild(tools);
    this.svg.addEventListener("wheel", (e) => { e.preventDefault(); this.zoom(e.deltaY > 0 ? 1.25 : 0.8, this.timeAt(e.offsetX)); }, { passive: false });
    this.svg.addEventListener("pointerdown", (e) => this.drag(e));
    new ResizeObserver(() => this.draw()).observe(root);
  }

  set(events) {
    this.events = events.filter((e) => span(e));
    this.undated = events.length - this.events.length;
    const spans = this.events.map(span);
    if (spans.length) {
      const lo = Math.min(...spans.map((s) => s[0])), hi = Math.max(...spans.map((s) => s[1]));
      const pad = Math.max((hi - lo) * 0.03, 15 * DAY);
      this.full = [lo - pad, hi + pad];
    } else this.full = null;
    this.domain = this.full;
    this.draw();
  }

  fit() { this.domain = this.full; this.draw(); }

  timeAt(x) {
    const [lo, hi] = this.domain;
    const w = this.root.clientWidth - MARGIN.left - MARGIN.right;
    return lo + ((x - MARGIN.left) / w) * (hi - lo);
  }

  zoom(factor, centre) {
    if (!this.domain) return;
    const [lo, hi] = this.domain;
    const c = centre ?? (lo + hi) / 2;
    const width = Math.max((hi - lo) * factor, 3 * DAY);
    const left = (c - lo) / (hi - lo);
    this.domain = [c - width * left, c + width * (1 - left)];
    this.draw();
  }

  drag(e) {
    if (!this.domain || e.target.classList.contains("dot")) return;
    const x0 = e.clientX, [lo, hi] = this.domain;
    const w = this.root.clientWidth - MARGIN.left - MARGIN.right;
    const move = (m) => { const dt = ((m.clientX - x0) / w) * (hi - lo); this.domain = [lo - dt, hi - dt]; this.draw(); };
    const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }

  select(id) { this.selected = id; this.draw(); }

  draw() {
    const root = this.svg;
    root.replaceChildren();
    const W = this.root.clientWidth, H = this.root.clientHeight;
    if (!this.domain || !W) {
      svg("text", { x: 20, y: 40 }, root).textContent = this.events.length ? "" : "No dated events match the filters.";
      return;
    }
    const [lo, hi] = this.domain;
    if (this.undated) {
      svg("text", { x: MARGIN.left, y: 16, class: "lane-label" }, root).textContent =
        `${this.undated} undated event(s) are listed in the table below only.`;
    }
    const x = (t) => MARGIN.left + ((t - lo) / (hi - lo)) * (W - MARGIN.left - MARGIN.right);
    const lanes = [...new Set(this.events.map((e) => e.event_type))].sort();
    const laneH = (H - MARGIN.top - MARGIN.bottom) / Math.max(lanes.length, 1);
    const axis = svg("g", { class: "axis" }, root);
    for (const [t, label] of ticks(lo, hi)) {
      svg("line", { x1: x(t), x2: x(t), y1: MARGIN.top, y2: H - MARGIN.bottom, class: "grid" }, axis);
      svg("text", { x: x(t) + 3, y: H - MARGIN.bottom + 16 }, axis).textContent = label;
    }
    lanes.forEach((type, i) => {
      const y = MARGIN.top + laneH * (i + 0.5);
      svg("line", { x1: MARGIN.left, x2: W - MARGIN.right, y1: y, y2: y, class: "grid" }, axis);
      const t = svg("text", { x: 6, y: y + 4, class: "lane-label" }, root);
      t.textContent = type;
      t.style.fill = colour(type);
    });
    const clip = svg("clipPath", { id: "tl-clip" }, svg("defs", {}, root));
    svg("rect", { x: MARGIN.left, y: 0, width: W - MARGIN.left - MARGIN.right, height: H }, clip);
    const dots = svg("g", { "clip-path": "url(#tl-clip)" }, root);
    const stack = new Map();
    for (const ev of this.events) {
      const [a, b] = span(ev);
      const cx = x((a + b) / 2);
      if (cx < MARGIN.left - 20 || cx > W) continue;
      const lane = lanes.indexOf(ev.event_type);
      const key = `${lane}:${Math.round(cx / 6)}`;
      const n = stack.get(key) || 0;
      stack.set(key, n + 1);
      const cy = MARGIN.top + laneH * (lane + 0.5) + ((n % 5) - 2) * Math.min(6, laneH / 6);
      if (b - a > DAY) { // a month or a year: a bar for the span it covers
        svg("rect", { x: x(a), y: cy - 2, width: Math.max(x(b) - x(a), 1), height: 4, fill: colour(ev.event_type), opacity: 0.25 }, dots);
      }
      const r = 4 + Math.min(ev.num_sources || 1, 6);
      const c = svg("circle", { cx, cy, r, fill: colour(ev.event_type), class: "dot" + (ev.event_id === this.selected ? " selected" : ""), "data-id": ev.event_id, tabindex: 0 }, dots);
      svg("title", {}, c).textContent = `${displayDate(ev)} ${ev.event_type}: ${who(ev)} (${ev.num_sources} source${ev.num_sources === 1 ? "" : "s"})`;
      c.addEventListener("click", () => this.onSelect(ev));
      c.addEventListener("keydown", (k) => { if (k.key === "Enter") this.onSelect(ev); });
    }
  }
}
