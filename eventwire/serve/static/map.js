// The map: located events on an equirectangular projection fitted to them, one circle per
// place (area by number of events, colour by its most frequent type), country codes behind.

import { colour, svg } from "./common.js";

function bounds(points) {
  const lons = points.map((p) => p.loc.longitude), lats = points.map((p) => p.loc.latitude);
  let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const minExtent = 6;
  if (x1 - x0 < minExtent) { const c = (x0 + x1) / 2; x0 = c - minExtent / 2; x1 = c + minExtent / 2; }
  if (y1 - y0 < minExtent / 2) { const c = (y0 + y1) / 2; y0 = c - minExtent / 4; y1 = c + minExtent / 4; }
  return [x0, x1, y0, y1];
}

// The places nearest the median that hold 90% of the events: one far-off report
// (a summit in Asia) should not shrink the region most events happened in to a dot.
function core(places) {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mx = median(places.map((p) => p.loc.longitude)), my = median(places.map((p) => p.loc.latitude));
  const byDistance = [...places].sort((a, b) => Math.hypot(a.loc.longitude - mx, a.loc.latitude - my) - Math.hypot(b.loc.longitude - mx, b.loc.latitude - my));
  const total = places.reduce((n, p) => n + p.events.length, 0);
  const kept = [];
  let n = 0;
  for (const p of byDistance) { if (n >= 0.9 * total) break; kept.push(p); n += p.events.length; }
  return kept;
}

export class EventMap {
  constructor(root, onPlace) {
    this.root = root;
    this.onPlace = onPlace;
    this.events = [];
    this.view = null; // [lon0, lon1, lat0, lat1] shown
    this.svg = svg("svg", { role: "img", "aria-label": "Map of located events" }, root);
    const tools = document.createElement("div");
    tools.className = "tools";
    for (const [label, title, fn] of [["+", "Zoom in", () => this.zoom(0.5)], ["−", "Zoom out", () => this.zoom(2)], ["All", "Show every place", () => this.fit(true)]]) {
      const b = document.createElement("button");
      b.type = "button"; b.textContent = label; b.title = title; b.addEventListener("click", fn);
      tools.appendChild(b);
    }
    root.appendChild(tools);
    this.svg.addEventListener("wheel", (e) => { e.preventDefault(); this.zoom(e.deltaY > 0 ? 1.25 : 0.8); }, { passive: false });
    this.svg.addEventListener("pointerdown", (e) => this.drag(e));
    new ResizeObserver(() => this.draw()).observe(root);
  }

  set(events) {
    this.events = events.filter((e) => e.location && e.location.latitude != null && e.location.longitude != null);
    this.places = new Map();
    for (const ev of this.events) {
      const loc = ev.location;
      const key = `${loc.name}|${loc.latitude}|${loc.longitude}`;
      if (!this.places.has(key)) this.places.set(key, { loc, events: [] });
      this.places.get(key).events.push(ev);
    }
    this.fit(false);
  }

  fit(all) {
    const places = [...this.places.values()];
    this.view = places.length ? bounds(all ? places : core(places)) : null;
    this.draw();
  }

  zoom(factor) {
    if (!this.view) return;
    const [x0, x1, y0, y1] = this.view, cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const w = ((x1 - x0) * factor) / 2, h = ((y1 - y0) * factor) / 2;
    this.view = [cx - w, cx + w, cy - h, cy + h];
    this.draw();
  }

  drag(e) {
    if (!this.view || e.target.classList.contains("dot")) return;
    const start = [e.clientX, e.clientY], view = this.view, perPixel = this.degreesPerPixel;
    const move = (m) => {
      const dx = (m.clientX - start[0]) * perPixel[0], dy = (m.clientY - start[1]) * perPixel[1];
      this.view = [view[0] - dx, view[1] - dx, view[2] + dy, view[3] + dy];
      this.draw();
    };
    const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }

  draw() {
    const root = this.svg;
    root.replaceChildren();
    const W = this.root.clientWidth, H = this.root.clientHeight;
    if (!W) return;
    if (!this.view) {
      svg("text", { x: 20, y: 40 }, root).textContent = "No located events match the filters.";
      return;
    }
    const places = this.places;
    const [x0, x1, y0, y1] = this.view;
    const pad = 40;
    // Equirectangular with a cos(latitude) correction so shapes are not stretched.
    const k = Math.cos(((y0 + y1) / 2) * Math.PI / 180);
    const scale = Math.min((W - 2 * pad) / ((x1 - x0) * k), (H - 2 * pad) / (y1 - y0));
    this.degreesPerPixel = [1 / (k * scale), 1 / scale];
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const px = (lon) => W / 2 + (lon - cx) * k * scale;
    const py = (lat) => H / 2 - (lat - cy) * scale;
    svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#f3f7fb" }, root);
    const grid = svg("g", { class: "axis" }, root);
    const step = (x1 - x0) > 40 ? 10 : (x1 - x0) > 15 ? 5 : (x1 - x0) > 5 ? 2 : 1;
    const lonMin = Math.floor((cx - W / 2 / (k * scale)) / step) * step, lonMax = cx + W / 2 / (k * scale);
    const latMin = Math.floor((cy - H / 2 / scale) / step) * step, latMax = cy + H / 2 / scale;
    for (let lon = lonMin; lon <= lonMax; lon += step) {
      svg("line", { x1: px(lon), x2: px(lon), y1: 0, y2: H, class: "grid" }, grid);
      svg("text", { x: px(lon) + 3, y: H - 6 }, grid).textContent = `${lon}°E`;
    }
    for (let lat = latMin; lat <= latMax; lat += step) {
      svg("line", { x1: 0, x2: W, y1: py(lat), y2: py(lat), class: "grid" }, grid);
      svg("text", { x: 4, y: py(lat) - 3 }, grid).textContent = `${lat}°N`;
    }
    // Country codes at the mean position of their places (no outlines are shipped offline).
    const countries = new Map();
    for (const { loc } of places.values()) {
      if (!loc.country) continue;
      const c = countries.get(loc.country) || { lat: 0, lon: 0, n: 0 };
      c.lat += loc.latitude; c.lon += loc.longitude; c.n += 1;
      countries.set(loc.country, c);
    }
    for (const [code, c] of countries) {
      svg("text", { x: px(c.lon / c.n), y: py(c.lat / c.n) + 30, class: "country-label", "text-anchor": "middle" }, root).textContent = code;
    }
    const sorted = [...places.values()].sort((a, b) => b.events.length - a.events.length);
    for (const place of sorted) {
      const counts = {};
      for (const ev of place.events) counts[ev.event_type] = (counts[ev.event_type] || 0) + 1;
      const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
      const x = px(place.loc.longitude), y = py(place.loc.latitude);
      const r = 5 + 3 * Math.sqrt(place.events.length);
      const c = svg("circle", { cx: x, cy: y, r, fill: colour(top), "fill-opacity": 0.8, class: "dot place", "data-place": place.loc.name }, root);
      const summary = Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(", ");
      svg("title", {}, c).textContent = `${place.loc.name}: ${place.events.length} event(s) — ${summary}`;
      c.addEventListener("click", () => this.onPlace(place.loc, place.events));
      svg("text", { x: x + r + 3, y: y + 4, class: "place-label" }, root).textContent = `${place.loc.name} (${place.events.length})`;
    }
  }
}
