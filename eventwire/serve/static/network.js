// The actor network: who acts on whom. Nodes are actors (size by events), edges actor →
// recipient pairs coloured by their most frequent event type, width by number of events.
// The layout is a small deterministic force simulation, so the picture is stable.

import { actorLabel, colour, svg } from "./common.js";

function layout(nodes, edges, W, H) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / n;
    node.x = W / 2 + (W / 3) * Math.cos(a);
    node.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const ideal = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  for (let it = 0; it < 300; it++) {
    const temp = (1 - it / 300) * ideal * 0.5;
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      if (d > 3 * ideal) continue; // far apart: no push, so islands do not fly to the walls
      const f = (ideal * ideal) / d;
      dx /= d; dy /= d;
      a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
    }
    for (const e of edges) {
      const a = e.source, b = e.target;
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / ideal;
      dx /= d; dy /= d;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const a of nodes) {
      a.dx += (W / 2 - a.x) * 0.08 * ideal / 40; a.dy += (H / 2 - a.y) * 0.08 * ideal / 40; // gravity keeps islands close
      const d = Math.max(Math.hypot(a.dx, a.dy), 0.01);
      a.x = Math.min(W - 110, Math.max(30, a.x + (a.dx / d) * Math.min(d, temp)));
      a.y = Math.min(H - 20, Math.max(20, a.y + (a.dy / d) * Math.min(d, temp)));
    }
  }
}

export class Network {
  constructor(root, onActor, onPair) {
    this.root = root;
    this.onActor = onActor;
    this.onPair = onPair;
    this.events = [];
    this.svg = svg("svg", { role: "img", "aria-label": "Network of actors" }, root);
    new ResizeObserver(() => this.draw()).observe(root);
  }

  set(events) { this.events = events; this.draw(); }

  draw() {
    const root = this.svg;
    root.replaceChildren();
    const W = this.root.clientWidth, H = this.root.clientHeight;
    if (!W) return;
    const nodes = new Map(), pairs = new Map();
    const node = (a) => {
      const key = actorLabel(a);
      if (!nodes.has(key)) nodes.set(key, { key, actor: a, events: 0 });
      return nodes.get(key);
    };
    for (const ev of this.events) {
      const acting = ev.actors.map(node);
      const receiving = ev.recipients.map(node);
      for (const nd of new Set([...acting, ...receiving])) nd.events += 1;
      for (const s of acting) for (const t of receiving) {
        if (s === t) continue;
        const key = `${s.key}→${t.key}`;
        if (!pairs.has(key)) pairs.set(key, { source: s, target: t, events: [], types: {} });
        const p = pairs.get(key);
        p.events.push(ev);
        p.types[ev.event_type] = (p.types[ev.event_type] || 0) + 1;
      }
    }
    // Keep actors that interact with someone (the pairs), capped to the 120 busiest.
    const linked = [...nodes.values()].filter((nd) => [...pairs.values()].some((p) => p.source === nd || p.target === nd))
      .sort((a, b) => b.events - a.events).slice(0, 120);
    const keep = new Set(linked);
    const edges = [...pairs.values()].filter((p) => keep.has(p.source) && keep.has(p.target));
    if (!linked.length) {
      svg("text", { x: 20, y: 40 }, root).textContent = "No actor → recipient pairs match the filters.";
      return;
    }
    layout(linked, edges, W, H);
    const defs = svg("defs", {}, root);
    const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, defs);
    svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#888" }, marker);
    const radius = (nd) => 5 + 2.5 * Math.sqrt(nd.events);
    for (const e of edges) {
      const top = Object.entries(e.types).sort((a, b) => b[1] - a[1])[0][0];
      const { x: x1, y: y1 } = e.source, { x: x2, y: y2 } = e.target;
      const d = Math.hypot(x2 - x1, y2 - y1) || 1;
      const r = radius(e.target) + 2;
      const mx = (x1 + x2) / 2 - ((y2 - y1) / d) * 18, my = (y1 + y2) / 2 + ((x2 - x1) / d) * 18;
      const ex = x2 - ((x2 - mx) / Math.hypot(x2 - mx, y2 - my)) * r, ey = y2 - ((y2 - my) / Math.hypot(x2 - mx, y2 - my)) * r;
      const path = svg("path", { d: `M${x1},${y1} Q${mx},${my} ${ex},${ey}`, class: "edge", stroke: colour(top), "stroke-width": 1 + Math.min(e.events.length, 8), "marker-end": "url(#arrow)" }, root);
      const summary = Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(", ");
      svg("title", {}, path).textContent = `${e.source.key} → ${e.target.key}: ${summary}`;
      path.addEventListener("click", () => this.onPair(e.source.key, e.target.key, e.events));
    }
    for (const nd of linked) {
      const g = svg("g", { class: "node", transform: `translate(${nd.x},${nd.y})` }, root);
      const c = svg("circle", { r: radius(nd), fill: nd.actor.name ? "#34495e" : "#95a5a6" }, g);
      svg("title", {}, c).textContent = `${nd.key} (${nd.events} events) — click to filter by this actor`;
      svg("text", { x: radius(nd) + 2, y: 4 }, g).textContent = nd.key;
      c.addEventListener("click", () => this.onActor(nd.actor));
    }
  }
}
