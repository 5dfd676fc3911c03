/* civickg explorer: what the page does with the data embedded in #civickg-data.
 *
 * Safety rule: text that comes from the data reaches the page only through textContent,
 * attribute values that are never parsed (title, aria-label), or vis-network's canvas and its
 * plain-text tooltips. Nothing from the data is ever handed to innerHTML.
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("civickg-data").textContent);

  const UI = DATA.ui;   // civickg/explore/static/explorer-ui.json

  // ------------------------------------------------------------------------------------------
  //  Lookups over the data
  // ------------------------------------------------------------------------------------------

  const ENT = DATA.entities;
  const STUB = DATA.stubs;
  const NODE = new Map(DATA.nodes.map((n) => [n.id, n]));
  const EDGE = new Map(DATA.edges.map((e) => [e.id, e]));
  const FACT = new Map(DATA.facts.map((f) => [f.id, f]));
  const ORDER = DATA.nodes.map((n) => n.id);
  const ADJ = new Map();           // entity id -> fact ids touching it
  for (const f of DATA.facts) {
    for (const end of [f.s, f.o]) {
      if (!ADJ.has(end)) ADJ.set(end, []);
      ADJ.get(end).push(f.id);
    }
  }
  // lookups that the first picture does not need are made on first use
  function lazy(make) { let value = null; return () => value || (value = make()); }
  function grouped(pairs) { const m = new Map(); for (const [k, v] of pairs) { if (!m.has(k)) m.set(k, []); m.get(k).push(v); } return m; }
  const OBS = lazy(() => grouped(DATA.observations   // entity id -> observations about it or of it
    .flatMap((o) => [o.area, o.ind].filter((end) => end !== undefined).map((end) => [end, o]))));
  const DRAWN_EDGE_ENDS = new Set(DATA.edges.flatMap((e) => [e.from, e.to]));
  const LINKED = (id) => DRAWN_EDGE_ENDS.has(id);
  const MENTIONS = lazy(() => grouped(Object.entries(DATA.articles)   // entity id -> [[article key, start, end]]
    .flatMap(([key, art]) => art.mentions.map(([start, end, id]) => [id, [key, start, end]]))));
  const byRank = ORDER.slice().sort((a, b) => ENT[a].rank - ENT[b].rank || (a < b ? -1 : 1));
  const CAPPED = ORDER.length > DATA.meta.cap;
  const OVERVIEW = CAPPED ? new Set(byRank.slice(0, DATA.meta.cap)) : null;
  const SEARCH = lazy(() => ORDER.map((id) => {
    const e = ENT[id];
    const keys = [e.zh, e.en].concat(e.aliases).map((k) => String(k).toLowerCase());
    return { id, rank: e.rank, keys, joined: keys.join("\n") };
  }));
  const SEARCH_KEYS = lazy(() => new Map(SEARCH().map((item) => [item.id, item.joined])));

  const state = {
    lang: DATA.meta.lang === "en" ? "en" : "zh",
    enabled: new Set(Object.keys(DATA.classes)),
    focus: null,          // {id, depth}
    path: null,           // {nodes: [...], facts: [...]}
    selected: null,
    uncapped: false,
    pick: { from: null, to: null },
    article: null,        // the open article's key
  };

  const $ = (id) => document.getElementById(id);

  function t(key, vars) {
    let text = UI[state.lang][key];
    for (const [k, v] of Object.entries(vars || {})) text = text.split("{" + k + "}").join(String(v));
    return text;
  }

  function el(tag, opts, children) {
    const node = document.createElement(tag);
    const o = opts || {};
    if (o.cls) node.className = o.cls;
    if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
    for (const [k, v] of Object.entries(o.attrs || {})) node.setAttribute(k, String(v));
    for (const [k, v] of Object.entries(o.on || {})) node.addEventListener(k, v);
    for (const child of children || []) if (child) node.append(child);
    return node;
  }

  function info(id) { return ENT[id] || STUB[id] || { zh: id, en: id, class: "" }; }
  function name(id) { const e = info(id); return e[state.lang] || e.zh || id; }
  function otherName(id) { const e = info(id); return state.lang === "zh" ? e.en : e.zh; }
  function className(c) { const k = DATA.classes[c]; return k ? k[state.lang] : c; }
  function predicate(p) { const k = DATA.predicates[p]; return k ? k[state.lang] : p; }
  function article(a) { const k = DATA.articles[a]; return k ? k[state.lang] : a; }
  function isDraft(item) { return Boolean(item && item.draft); }

  // ------------------------------------------------------------------------------------------
  //  The network
  // ------------------------------------------------------------------------------------------

  const GROUP = DATA.options.groups || {};
  const EDGE_COLOR = DATA.options.edges.color;
  const PATH = "#e4572e";

  function visNode(id) {
    const base = NODE.get(id);
    const onPath = state.path && state.path.nodes.includes(id);
    const style = GROUP[base.group] || {};
    const color = onPath
      ? { background: style.color.background, border: PATH, highlight: { background: style.color.background, border: PATH } }
      : style.color;
    return Object.assign({}, base, {
      label: name(id),
      title: name(id) + "\n" + otherName(id) + "\n" + className(ENT[id].class),
      color: color,
      borderWidth: onPath ? 4 : 1.5,
    }, ENT[id].draft ? { shapeProperties: { borderDashes: [5, 4] } } : {});   // drafted, not yet reviewed
  }

  function visEdge(id) {
    const fact = FACT.get(id);
    const onPath = state.path && state.path.facts.includes(id);
    const quote = fact.ev.length ? "“" + fact.ev[0][0] + "”" : t("noQuote");
    return Object.assign({}, EDGE.get(id), {
      label: predicate(fact.p),
      title: name(fact.s) + " → " + predicate(fact.p) + " → " + name(fact.o) + "\n" + quote,
      color: onPath ? { color: PATH, highlight: PATH, hover: PATH } : EDGE_COLOR,
      width: onPath ? 4 : 1.2,
    }, fact.draft ? { dashes: true } : {});
  }

  function neighbourhood(centre, depth) {
    const seen = new Set([centre]);
    let frontier = [centre];
    for (let d = 0; d < depth; d++) {
      const next = [];
      for (const id of frontier) {
        for (const fid of ADJ.get(id) || []) {
          const f = FACT.get(fid);
          const other = f.s === id ? f.o : f.s;
          if (ENT[other] && !seen.has(other)) { seen.add(other); next.push(other); }
        }
      }
      frontier = next;
    }
    return seen;
  }

  function wanted() {
    let base = null;
    if (state.focus) base = neighbourhood(state.focus.id, state.focus.depth);
    else if (OVERVIEW && !state.uncapped) base = OVERVIEW;
    const want = new Set();
    for (const id of ORDER) {
      if ((!base || base.has(id)) && state.enabled.has(ENT[id].class) && LINKED(id)) want.add(id);
    }
    if (state.focus) want.add(state.focus.id);
    if (state.selected && ENT[state.selected] && !LINKED(state.selected)) want.add(state.selected);
    if (state.path) for (const id of state.path.nodes) want.add(id);
    return want;
  }

  let nodes = null;
  let edges = null;
  let network = null;

  function applyView() {
    writeHash();
    const want = wanted();
    if (network) syncNetwork(want);
    else drawSoon();
    if (state.selected && !want.has(state.selected)) {
      state.selected = null;
      hidePanel();
    }
    updateStatus();
    updateBanner();
  }

  function syncNetwork(want) {
    const have = new Set(nodes.getIds());
    const dropNodes = [...have].filter((id) => !want.has(id));
    const addNodes = ORDER.filter((id) => want.has(id) && !have.has(id)).map(visNode);
    const wantEdges = new Set(DATA.edges.filter((e) => want.has(e.from) && want.has(e.to)).map((e) => e.id));
    const haveEdges = new Set(edges.getIds());
    edges.remove([...haveEdges].filter((id) => !wantEdges.has(id)));
    nodes.remove(dropNodes);
    nodes.add(addNodes);
    edges.add(DATA.edges.filter((e) => wantEdges.has(e.id) && !haveEdges.has(e.id)).map((e) => visEdge(e.id)));
  }

  function restyle(nodeIds, factIds) {
    if (!network) { drawSoon(); return; }
    nodes.update(nodeIds.filter((id) => nodes.get(id)).map(visNode));
    edges.update(factIds.filter((id) => edges.get(id)).map(visEdge));
  }


  // ------------------------------------------------------------------------------------------
  //  Selecting, focusing, paths
  // ------------------------------------------------------------------------------------------

  function selectEntity(id, opts) {
    if (!ENT[id]) return;
    const o = opts || {};
    state.selected = id;
    if (!state.enabled.has(ENT[id].class)) {
      state.enabled.add(ENT[id].class);
      syncLegend();
    }
    if (!wanted().has(id)) state.focus = { id, depth: 1 };
    applyView();
    state.selected = id;
    showPanel(id);
    writeHash();
    markMentions();
    if (o.keyboard) $("panel-body").querySelector(".entity-name").focus();
    if (!network) {   // vis-network takes over with this selection, at the first picture's view
      if (o.move !== false) Object.assign(view, { x: NODE.get(id).x, y: NODE.get(id).y, scale: Math.max(view.scale, 1.1) });
      drawSoon();
      loadNetwork();
      return;
    }
    network.selectNodes([id]);
    if (o.move !== false) network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
  }

  function focusOn(id, depth) {
    state.focus = { id, depth };
    state.selected = id;
    applyView();
    showPanel(id);
    fitView([...wanted()]);
    if (!network) { loadNetwork(); return; }
    network.selectNodes([id]);
  }

  function showWhole() {
    state.focus = null;
    applyView();
    fitView();
    if (network && state.selected && nodes.get(state.selected)) network.selectNodes([state.selected]);
  }

  function findPath(from, to) {
    if (!ENT[from] || !ENT[to]) return null;
    const parent = new Map([[from, null]]);
    let frontier = [from];
    while (frontier.length && !parent.has(to)) {
      const next = [];
      for (const id of frontier) {
        for (const fid of ADJ.get(id) || []) {
          const f = FACT.get(fid);
          const other = f.s === id ? f.o : f.s;
          if (ENT[other] && !parent.has(other)) { parent.set(other, [id, fid]); next.push(other); }
        }
      }
      frontier = next;
    }
    if (!parent.has(to)) return null;
    const path = { nodes: [to], facts: [] };
    for (let at = to; parent.get(at); at = parent.get(at)[0]) {
      path.facts.unshift(parent.get(at)[1]);
      path.nodes.unshift(parent.get(at)[0]);
    }
    return path;
  }

  function showPath(from, to) {
    const previous = state.path;
    state.path = null;
    if (previous) restyle(previous.nodes, previous.facts);
    $("path-result").replaceChildren();
    if (!from || !to) { $("path-summary").textContent = t("pathNeedBoth"); return null; }
    const path = findPath(from, to);
    if (!path) {
      $("path-summary").textContent = t("noPath", { a: name(from), b: name(to) });
      return null;
    }
    state.path = path;
    for (const id of path.nodes) {
      if (!state.enabled.has(ENT[id].class)) { state.enabled.add(ENT[id].class); }
    }
    syncLegend();
    applyView();
    restyle(path.nodes, path.facts);
    renderPath();
    if (!network) { frame(path.nodes, 1.4); drawSoon(); loadNetwork(); return path; }
    network.fit({ nodes: path.nodes, animation: false });
    if (network.getScale() > 1.4) network.moveTo({ scale: 1.4, animation: false });
    return path;
  }

  function clearPath() {
    const previous = state.path;
    state.path = null;
    state.pick = { from: null, to: null };
    $("path-from").value = "";
    $("path-to").value = "";
    $("path-result").replaceChildren();
    $("path-summary").textContent = "";
    if (previous) { restyle(previous.nodes, previous.facts); applyView(); }
  }

  function renderPath() {
    const list = $("path-result");
    list.replaceChildren();
    if (!state.path) return;
    const p = state.path;
    $("path-summary").textContent = t("pathFound", { a: name(p.nodes[0]), b: name(p.nodes[p.nodes.length - 1]), n: p.facts.length });
    for (const fid of p.facts) {
      const f = FACT.get(fid);
      list.append(el("li", {}, [factLine(f), quotes(f.ev)]));
    }
  }

  // ------------------------------------------------------------------------------------------
  //  Side panel
  // ------------------------------------------------------------------------------------------

  function entityButton(id) {
    if (!ENT[id]) {
      return el("span", { cls: "entity-link outside", text: name(id), attrs: { title: t("notShown") } });
    }
    return el("button", { cls: "entity-link", text: name(id), attrs: { type: "button" },
      on: { click: () => selectEntity(id) } });
  }

  function draftTag(item) {
    return item && item.draft ? el("span", { cls: "draft-tag", text: t("draft"), attrs: { title: t("draftHint") } }) : null;
  }

  function factLine(f) {
    return el("div", { cls: "fact-line" }, [
      entityButton(f.s), el("span", { cls: "predicate", text: " —" + predicate(f.p) + "→ " }), entityButton(f.o), draftTag(f),
    ]);
  }

  function quotes(ev) {
    const box = el("div", { cls: "quotes" });
    if (!ev || !ev.length) { box.append(el("p", { cls: "muted small", text: t("noQuote") })); return box; }
    for (const [quote, a] of ev) {
      box.append(el("blockquote", { text: quote }), el("p", { cls: "source", text: t("source", { title: article(a) }) }));
    }
    return box;
  }

  function section(title, children) {
    return el("section", { cls: "panel-section" }, [el("h3", { text: title })].concat(children));
  }

  function badge(c) {
    const k = DATA.classes[c] || {};
    return el("span", { cls: "badge" }, [swatch(k.shape || "dot", k.color || "#888"), el("span", { text: className(c) })]);
  }

  function closePanel() {
    state.selected = null;
    if (network) network.unselectAll();
    else drawSoon();
    hidePanel();
    writeHash();
    markMentions();
  }

  function hidePanel() {
    $("panel").hidden = true;
    $("panel-body").replaceChildren();
    fitCanvas();
  }

  function showPanel(id) {
    const e = ENT[id];
    const body = $("panel-body");
    body.replaceChildren();
    $("panel").hidden = false;
    body.dataset.entity = id;
    body.append(
      el("h2", { cls: "entity-name", text: name(id), attrs: { tabindex: "-1" } }),
      el("p", { cls: "other-name", text: otherName(id) }),
      el("div", { cls: "badges" }, e.classes.map(badge).concat(e.draft ? [draftTag(e)] : [])),
      el("p", { cls: "iri small muted", text: t("id") + ": " + e.iri }),
    );
    if (e.aliases.length) body.append(section(t("aliases"), [el("p", { text: e.aliases.join("、") })]));
    if (e.note) body.append(section(t("note"), [el("p", { cls: "note", text: e.note })]));
    body.append(section(t("figures"), [
      el("p", { text: t("degree", { d: e.in + e.out, i: e.in, o: e.out, r: e.rank + 1, n: DATA.meta.entities }) }),
      el("div", { cls: "row" }, [
        el("button", { text: t("focus1"), attrs: { type: "button", "data-action": "focus1" }, on: { click: () => focusOn(id, 1) } }),
        el("button", { text: t("focus2"), attrs: { type: "button", "data-action": "focus2" }, on: { click: () => focusOn(id, 2) } }),
      ]),
      el("div", { cls: "row" }, [
        el("button", { text: t("pathFromHere"), attrs: { type: "button" }, on: { click: () => setPick("from", id) } }),
        el("button", { text: t("pathToHere"), attrs: { type: "button" }, on: { click: () => setPick("to", id) } }),
      ]),
    ]));
    if (e.props.length) body.append(section(t("props"), [propsTable(e.props)]));
    body.append(section(t("facts"), factsList(id)));
    const obs = OBS().get(id) || [];
    if (obs.length) body.append(section(t("observations"), [obsTable(id, obs)]));
    const seen = mentionsSection(id);
    if (seen) body.append(seen);
    if (e.refs.length) {
      body.append(section(t("articles"), e.refs.map((r) => el("div", { cls: "ref" }, [
        el("p", { cls: "ref-title", text: article(r.a) + " · " + predicate(r.p) }), quotes(r.ev),
      ]))));
    }
    $("panel").scrollTop = 0;
    fitCanvas();
  }

  function fitCanvas() {
    // the panel takes room from the canvas: let vis-network measure its container now, at the same view (left to
    // itself it would rescale by the change of width), as the first picture does
    if (!network) { drawSoon(); return; }
    // the view is the centre of the canvas as last drawn: its pixel buffer still has the old size
    const drawn = $("network").querySelector("canvas"), ratio = window.devicePixelRatio || 1;
    const centre = network.DOMtoCanvas({ x: drawn.width / ratio / 2, y: drawn.height / ratio / 2 });
    const scale = network.getScale();
    network.setSize("100%", "100%");
    network.moveTo({ position: centre, scale, animation: false });
  }

  function showFactPanel(fid) {
    const f = FACT.get(fid);
    const body = $("panel-body");
    body.replaceChildren();
    delete body.dataset.entity;
    $("panel").hidden = false;
    body.append(el("h2", { cls: "entity-name", text: t("fact") }), factLine(f), quotes(f.ev));
    fitCanvas();
  }

  function propsTable(props) {
    const table = el("table", { cls: "props" });
    for (const p of props) {
      const value = typeof p.v === "object" ? p.v[state.lang] : p.v;
      table.append(el("tr", {}, [
        el("th", { text: predicate(p.p) }),
        el("td", {}, [el("span", { text: value }), draftTag(p), p.ev.length ? quotes(p.ev) : null]),
      ]));
    }
    return table;
  }

  function factsList(id) {
    const out = [];
    const inc = [];
    for (const fid of ADJ.get(id) || []) {
      const f = FACT.get(fid);
      (f.s === id ? out : inc).push(f);
    }
    if (!out.length && !inc.length) return [el("p", { cls: "muted", text: t("noFacts") })];
    const parts = [];
    for (const [title, list] of [[t("outgoing"), out], [t("incoming"), inc]]) {
      if (!list.length) continue;
      parts.push(el("h4", { text: title + " (" + list.length + ")" }));
      parts.push(el("ul", { cls: "facts" }, list.map((f) => el("li", { attrs: { "data-fact": f.id } }, [factLine(f), quotes(f.ev)]))));
    }
    return parts;
  }

  function change(value) {
    if (value === undefined) return "";
    const n = Number(value);
    return (Number.isFinite(n) && n > 0 ? "+" : "") + value + "%";
  }

  function obsTable(id, obs) {
    const aboutIndicator = ENT[id].class === "Indicator";
    const head = [aboutIndicator ? t("colArea") : t("colIndicator"), t("colValue"), t("colUnit"), t("colPeriod"),
      t("colChange"), t("colRank")];
    const table = el("table", { cls: "observations" }, [el("tr", {}, head.map((h) => el("th", { text: h })))]);
    for (const o of obs) {
      const other = aboutIndicator ? o.area : o.ind;
      let value = o.value === undefined ? "" : o.value;
      if (o.atLeast) value += " (" + t("atLeast") + ")";
      if (o.planned) value += " (" + t("planned") + ")";
      table.append(el("tr", { cls: "obs-row" }, [
        el("td", {}, [other === undefined ? null : (ENT[other] ? entityButton(other) : el("span", { text: name(other) }))]),
        el("td", { cls: "num", text: value }), el("td", { text: o.unit || "" }), el("td", { text: o.period || "" }),
        el("td", { cls: "num", text: change(o.change) }), el("td", { text: o.rank || "" }),
      ]));
      table.append(el("tr", { cls: "obs-quote" }, [el("td", { attrs: { colspan: 6 } }, [quotes(o.ev)])]));
    }
    return table;
  }

  // ------------------------------------------------------------------------------------------
  //  Search and entity pickers
  // ------------------------------------------------------------------------------------------

  function search(query, limit) {
    const q = String(query).trim().toLowerCase();
    if (!q) return [];
    const found = [];
    for (const item of SEARCH()) {
      let best = 9;
      for (const key of item.keys) {
        if (key === q) best = 0;
        else if (best > 1 && key.startsWith(q)) best = 1;
        else if (best > 2 && key.includes(q)) best = 2;
      }
      if (best < 9) found.push([best, item.rank, item.id]);
    }
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : 1));
    return found.slice(0, limit || 15).map((f) => f[2]);
  }

  function picker(input, list, onPick) {
    let active = -1;
    let ids = [];
    function render() {
      list.replaceChildren();
      ids = search(input.value);
      active = ids.length ? 0 : -1;
      if (input.value.trim() && !ids.length) list.append(el("li", { cls: "empty", text: t("noResults") }));
      ids.forEach((id, i) => {
        list.append(el("li", {
          cls: i === active ? "active" : "", attrs: { role: "option", "data-id": id },
          on: { mousedown: (ev) => { ev.preventDefault(); pick(id, "mouse"); } },
        }, [
          swatch(DATA.classes[ENT[id].class].shape, DATA.classes[ENT[id].class].color),
          el("span", { cls: "result-name", text: name(id) }),
          el("span", { cls: "result-other", text: otherName(id) + " · " + className(ENT[id].class) }),
        ]));
      });
    }
    function mark() {
      [...list.children].forEach((li, i) => li.classList.toggle("active", i === active));
    }
    function pick(id, how) {
      input.value = name(id);
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      onPick(id, how);
    }
    input.addEventListener("input", render);
    input.addEventListener("focus", () => { if (input.value.trim()) render(); });
    input.addEventListener("blur", () => setTimeout(() => list.replaceChildren(), 150));
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "ArrowDown" && ids.length) { active = (active + 1) % ids.length; mark(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp" && ids.length) { active = (active - 1 + ids.length) % ids.length; mark(); ev.preventDefault(); }
      else if (ev.key === "Enter") { if (ids.length) pick(ids[Math.max(active, 0)], "key"); ev.preventDefault(); }
      else if (ev.key === "Escape") { list.replaceChildren(); }
    });
    return { render };
  }

  function setPick(end, id) {
    state.pick[end] = id;
    $(end === "from" ? "path-from" : "path-to").value = name(id);
    if (state.pick.from && state.pick.to) showPath(state.pick.from, state.pick.to);
  }

  // ------------------------------------------------------------------------------------------
  //  Legend and class filter
  // ------------------------------------------------------------------------------------------

  const SVG = "http://www.w3.org/2000/svg";

  function polygon(points) { return points.map((p) => p[0].toFixed(2) + "," + p[1].toFixed(2)).join(" "); }

  function swatch(shape, color) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 14 14");
    svg.setAttribute("class", "swatch");
    svg.setAttribute("aria-hidden", "true");
    let mark;
    if (shape === "dot") {
      mark = document.createElementNS(SVG, "circle");
      mark.setAttribute("cx", "7"); mark.setAttribute("cy", "7"); mark.setAttribute("r", "5.5");
    } else if (shape === "square") {
      mark = document.createElementNS(SVG, "rect");
      mark.setAttribute("x", "1.5"); mark.setAttribute("y", "1.5"); mark.setAttribute("width", "11"); mark.setAttribute("height", "11");
    } else {
      let pts;
      if (shape === "diamond") pts = [[7, 0.8], [13.2, 7], [7, 13.2], [0.8, 7]];
      else if (shape === "triangle") pts = [[7, 1], [13, 12.5], [1, 12.5]];
      else if (shape === "triangleDown") pts = [[1, 1.5], [13, 1.5], [7, 13]];
      else if (shape === "hexagon") pts = [0, 1, 2, 3, 4, 5].map((i) => [7 + 6 * Math.cos(Math.PI / 3 * i), 7 + 6 * Math.sin(Math.PI / 3 * i)]);
      else pts = [...Array(10).keys()].map((i) => {   // star
        const r = i % 2 ? 2.6 : 6.4;
        const a = -Math.PI / 2 + Math.PI / 5 * i;
        return [7 + r * Math.cos(a), 7.4 + r * Math.sin(a)];
      });
      mark = document.createElementNS(SVG, "polygon");
      mark.setAttribute("points", polygon(pts));
    }
    mark.setAttribute("fill", color);
    mark.setAttribute("stroke", "rgba(0,0,0,0.35)");
    mark.setAttribute("stroke-width", "0.8");
    svg.append(mark);
    return svg;
  }

  const classBoxes = new Map();    // class -> checkbox
  const familyBoxes = [];          // [checkbox, classes]

  const turns = new Map();   // what -> the latest run of it: an older, unfinished run stops

  function inTurns(steps, what) {   // each step its own task, so the page answers between them
    const run = (turns.get(what) || 0) + 1;
    turns.set(what, run);
    const next = (i) => setTimeout(() => {
      if (turns.get(what) !== run || i >= steps.length) return;
      steps[i]();
      next(i + 1);
    }, 0);
    next(0);
  }

  function stepByStep(steps, what, sliced) {
    if (sliced) inTurns(steps, what);
    else { turns.set(what, (turns.get(what) || 0) + 1); for (const step of steps) step(); }
  }

  function buildLegend(sliced) {
    const holder = $("legend-groups");
    holder.replaceChildren();
    classBoxes.clear();
    familyBoxes.length = 0;
    const steps = DATA.families.map((family) => () => holder.append(legendFamily(family)));
    steps.push(syncLegend);
    stepByStep(steps, "legend", sliced);
  }

  function legendFamily(family) {
    const fam = el("input", { attrs: { type: "checkbox", "data-family": family.key } });
    fam.addEventListener("change", () => {
      for (const c of family.classes) fam.checked ? state.enabled.add(c) : state.enabled.delete(c);
      syncLegend();
      applyView();
    });
    familyBoxes.push([fam, family.classes]);
    const classes = family.classes.slice().sort((a, b) => className(a).localeCompare(className(b), state.lang));
    const rows = classes.map((c) => {
      const box = el("input", { attrs: { type: "checkbox", "data-class": c } });
      box.addEventListener("change", () => {
        box.checked ? state.enabled.add(c) : state.enabled.delete(c);
        syncLegend();
        applyView();
      });
      classBoxes.set(c, box);
      const k = DATA.classes[c];
      return el("label", { cls: "legend-class" }, [box, swatch(k.shape, k.color),
        el("span", { cls: "legend-name", text: k[state.lang] }), el("span", { cls: "count", text: k.count })]);
    });
    return el("div", { cls: "legend-family" }, [
      el("label", { cls: "legend-family-name" }, [fam, el("span", { text: family[state.lang] })]),
    ].concat(rows));
  }

  function syncLegend() {
    for (const [c, box] of classBoxes) box.checked = state.enabled.has(c);
    for (const [fam, classes] of familyBoxes) {
      const on = classes.filter((c) => state.enabled.has(c)).length;
      fam.checked = on === classes.length;
      fam.indeterminate = on > 0 && on < classes.length;
    }
  }

  function setAllClasses(on) {
    state.enabled = on ? new Set(Object.keys(DATA.classes)) : new Set();
    syncLegend();
    applyView();
  }

  // ------------------------------------------------------------------------------------------
  //  Language, banner, status
  // ------------------------------------------------------------------------------------------

  function setLang(lang, first) {
    state.lang = lang === "en" ? "en" : "zh";
    document.documentElement.lang = state.lang === "zh" ? "zh-Hans" : "en";
    document.title = DATA.meta.title[state.lang];
    $("page-title").textContent = DATA.meta.title[state.lang];
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      node.placeholder = t(node.dataset.i18nPlaceholder);
      node.setAttribute("aria-label", t(node.dataset.i18nPlaceholder));
    }
    for (const b of document.querySelectorAll(".lang-switch button")) b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang));
    $("panel-close").setAttribute("aria-label", t("close"));
    $("counts").textContent = t("counts", { n: DATA.meta.entities, m: DATA.meta.facts });
    $("about").textContent = t("about");
    if (network) {
      nodes.update(nodes.getIds().map(visNode));
      edges.update(edges.getIds().map(visEdge));
    } else drawSoon();
    $("network").setAttribute("aria-label", t("graphLabel"));
    $("panel").setAttribute("aria-label", t("panelLabel"));
    $("reader").setAttribute("aria-label", t("readerLabel"));
    buildWelcome();
    buildArticles();
    if (first) inTurns([() => buildLegend(true), () => buildUnlinked(true)], "first");   // below the fold: after the first paint
    else { buildLegend(); buildUnlinked(); }
    if (state.article) openArticle(state.article);
    for (const [end, id] of Object.entries(state.pick)) if (id) $(end === "from" ? "path-from" : "path-to").value = name(id);
    if (state.selected && !$("panel").hidden) showPanel(state.selected);
    if (state.path) renderPath();
    updateBanner();
    updateStatus();
    writeHash();
  }

  function updateStatus() {
    const [n, m] = network ? [nodes.length, edges.length] : [pictured.size, picturedEdges.size];
    $("status").textContent = t("status", { n, total: ORDER.length, m });
  }

  function updateBanner() {
    const banner = $("banner");
    banner.replaceChildren();
    const view = DATA.meta.view;
    const parts = [];
    if (view.focus) parts.push(t("viewFocus", { name: name(view.focus), d: view.depth }));
    if (view.classes.length) parts.push(t("viewClasses", { classes: view.classes.join(", ") }));
    if (parts.length) banner.append(el("p", { text: t("viewBanner", { what: parts.join("; ") }) }));
    if (state.focus) {
      banner.append(el("p", {}, [
        el("span", { text: t("focusBanner", { name: name(state.focus.id), d: state.focus.depth }) + " " }),
        el("button", { text: t("showWhole"), attrs: { type: "button", id: "show-whole" }, on: { click: showWhole } }),
      ]));
    } else if (OVERVIEW && !state.uncapped) {
      banner.append(el("p", { cls: "cap" }, [
        el("span", { text: t("capBanner", { cap: DATA.meta.cap, n: ORDER.length }) + " " }),
        el("button", { text: t("drawAll"), attrs: { type: "button", id: "draw-all" },
          on: { click: () => { state.uncapped = true; applyView(); fitView(); } } }),
      ]));
    }
    banner.hidden = !banner.childNodes.length;
  }

  // ------------------------------------------------------------------------------------------
  //  Labels (on the page's first picture and on vis-network's canvas alike)
  // ------------------------------------------------------------------------------------------

  const LEVELS = DATA.meta.labels.scales;
  let hovered = null;
  let hoveredEdge = null;

  function labelLevel(scale) {
    let level = null;
    for (const s of LEVELS) if (s <= scale + 1e-9) level = s;
    return level;
  }

  function textPx(text, size) {
    let w = 0;
    for (const ch of String(text)) {
      const c = ch.codePointAt(0);
      w += (c > 0x2E80 || (c >= 0x2010 && c <= 0x206F)) ? size : size * 0.62;
    }
    return w;
  }

  function labelRect(id, scale) {   // canvas box of a label at a fixed screen size, as layout.label_box
    const n = NODE.get(id);
    const f = DATA.meta.labels.font;
    const half = (textPx(name(id), f) + 6) / 2 / scale;
    const top = n.y + n.size + DATA.meta.labels.gap;
    return [n.x - half, top, n.x + half, top + (f + 4) / scale];
  }

  function isDrawn(id) { return network ? Boolean(nodes.get(id)) : pictured.has(id); }
  function isDrawnEdge(fid) { return network ? Boolean(edges.get(fid)) : picturedEdges.has(fid); }
  function drawnIds() { return network ? nodes.getIds() : ORDER.filter((id) => pictured.has(id)); }

  function plannedLabels(scale) {
    const level = labelLevel(scale);
    const plan = DATA.labels[state.lang];
    if (level === null) return [];
    return drawnIds().filter((id) => plan[id] !== undefined && plan[id] <= level);
  }

  function labelBoxes() {
    // the labels the first view draws (from the precomputed plan) and every drawn node, in page pixels
    const v = currentView();
    const box = (r) => { const a = toPage(r[0], r[1]); const b = toPage(r[2], r[3]); return [a[0], a[1], b[0], b[1]]; };
    return {
      scale: v.scale, level: labelLevel(v.scale),
      labels: plannedLabels(v.scale).map((id) => ({ id, box: box(labelRect(id, v.scale)) })),
      nodes: drawnIds().map((id) => { const n = NODE.get(id); return { id, box: box([n.x - n.size, n.y - n.size, n.x + n.size, n.y + n.size]) }; }),
    };
  }

  function drawLabel(ctx, id, scale, strong) {
    const r = labelRect(id, scale);
    const f = DATA.meta.labels.font / scale;
    ctx.font = (strong ? "600 " : "") + f + "px " + DATA.options.nodes.font.face;
    if (strong) {
      ctx.fillStyle = "rgba(255,255,255,0.92)";
      ctx.fillRect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
    }
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#1b1f24";
    const x = (r[0] + r[2]) / 2;
    const y = (r[1] + r[3]) / 2;
    const room = r[2] - r[0] - 6 / scale;
    ctx.strokeText(name(id), x, y, room);
    ctx.fillText(name(id), x, y, room);
  }

  function drawEdgeLabel(ctx, fid, scale) {
    const e = EDGE.get(fid);
    if (!e || !isDrawnEdge(fid)) return;
    const a = NODE.get(e.from);
    const b = NODE.get(e.to);
    let x = (a.x + b.x) / 2;
    let y = (a.y + b.y) / 2;
    const drawn = network && network.body.edges[fid];
    if (drawn && drawn.edgeType && drawn.edgeType.getPoint) { const p = drawn.edgeType.getPoint(0.5); x = p.x; y = p.y; }
    else if (e.smooth) { const c = bend(a, b, e.smooth.roundness); x = (a.x + 2 * c.x + b.x) / 4; y = (a.y + 2 * c.y + b.y) / 4; }
    const text = predicate(FACT.get(fid).p);
    const f = 12 / scale;
    ctx.font = f + "px " + DATA.options.nodes.font.face;
    const w = ctx.measureText(text).width;
    ctx.fillStyle = "rgba(255,255,255,0.9)";
    ctx.fillRect(x - w / 2 - 2 / scale, y - f * 0.7, w + 4 / scale, f * 1.4);
    ctx.fillStyle = "#4a5360";
    ctx.fillText(text, x, y);
  }

  function drawOverlay(ctx) {
    const scale = currentView().scale;
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    for (const id of plannedLabels(scale)) drawLabel(ctx, id, scale, false);
    const near = new Set();
    const factIds = new Set();
    if (state.selected && isDrawn(state.selected)) {
      near.add(state.selected);
      for (const fid of ADJ.get(state.selected) || []) {
        if (!isDrawnEdge(fid)) continue;
        factIds.add(fid);
        const f = FACT.get(fid);
        near.add(f.s === state.selected ? f.o : f.s);
      }
    }
    if (state.path) for (const fid of state.path.facts) factIds.add(fid);
    if (hoveredEdge) factIds.add(hoveredEdge);
    for (const fid of factIds) drawEdgeLabel(ctx, fid, scale);
    if (hovered && isDrawn(hovered)) near.add(hovered);
    for (const id of near) if (isDrawn(id)) drawLabel(ctx, id, scale, true);
    ctx.restore();
  }

  // ------------------------------------------------------------------------------------------
  //  The first picture: the page draws it itself, from the precomputed positions, in vis-network's look.
  //  vis-network (its text waits in the page, unparsed) is loaded on the first interaction that needs it
  //  and takes over the same area at the same view.
  // ------------------------------------------------------------------------------------------

  const view = { x: 0, y: 0, scale: 1 };   // the first picture's camera: the canvas point at the centre, zoom
  let pictured = new Set();                // entities and facts on the first picture
  let picturedEdges = new Set();
  let pictureQueued = false;
  let framed = false;                      // the first picture's view is set (fitted to what it shows)
  let loading = false;
  let drag = null;              // a press on the first picture, until it is released
  let pendingHandOver = null;   // vis-network is ready but a press on the picture is not yet released

  function currentView() {
    if (!network) return view;
    const p = network.getViewPosition();
    return { x: p.x, y: p.y, scale: network.getScale() };
  }

  function toPage(x, y) {   // a canvas point in page pixels
    const v = currentView();
    const box = $("network").getBoundingClientRect();
    return [box.left + box.width / 2 + (x - v.x) * v.scale, box.top + box.height / 2 + (y - v.y) * v.scale];
  }

  function frame(ids, most) {   // the first picture's view of these entities, as vis-network's fit shows them
    const list = ids.map((id) => NODE.get(id)).filter(Boolean);
    if (!list.length) return;
    let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
    for (const n of list) {
      left = Math.min(left, n.x - n.size); right = Math.max(right, n.x + n.size);
      top = Math.min(top, n.y - n.size); bottom = Math.max(bottom, n.y + n.size);
    }
    const box = $("network").getBoundingClientRect();
    view.x = (left + right) / 2;
    view.y = (top + bottom) / 2;
    view.scale = Math.min(box.width / (1.1 * (right - left)), box.height / (1.1 * (bottom - top)), most || 1);
    framed = true;
  }

  function fitView(ids) {   // fit the view to these entities (all drawn ones without ids)
    if (network) network.fit(ids ? { nodes: ids, animation: false } : { animation: false });
    else { frame(ids || [...wanted()]); drawSoon(); }
  }

  function drawSoon() {
    if (network || pictureQueued) return;
    pictureQueued = true;
    requestAnimationFrame(() => { pictureQueued = false; drawPicture(); });
  }

  function bend(a, b, roundness) {   // the control point of vis-network's curvedCW edges
    const dx = b.x - a.x, dy = a.y - b.y, r = Math.sqrt(dx * dx + dy * dy);
    const angle = (Math.atan2(dy, dx) + (0.5 * roundness + 0.5) * Math.PI) % (2 * Math.PI);
    return { x: a.x + (0.5 * roundness + 0.5) * r * Math.sin(angle), y: a.y + (0.5 * roundness + 0.5) * r * Math.cos(angle) };
  }

  function drawPicture() {
    if (network) return;
    if (!framed) {   // the very first time: the view (which lays the page out) in this frame, shapes in the next
      frame([...wanted()]);
      drawSoon();
      return;
    }
    const canvas = $("picture");
    const box = $("network").getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(box.width * ratio)), height = Math.max(1, Math.round(box.height * ratio));
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const ctx = canvas.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const s = view.scale * ratio;
    ctx.setTransform(s, 0, 0, s, ratio * box.width / 2 - view.x * s, ratio * box.height / 2 - view.y * s);
    pictured = wanted();
    picturedEdges = new Set(DATA.edges.filter((e) => pictured.has(e.from) && pictured.has(e.to)).map((e) => e.id));
    drawEdges(ctx);
    drawNodes(ctx);
    updateStatus();
    if (window.civickg.firstDrawMs !== null) { drawOverlay(ctx); return; }
    // the very first time, the labels follow in the next frame: the shapes are on screen sooner
    window.civickg.firstDrawMs = performance.now();
    requestAnimationFrame(() => {
      if (network || pictureQueued) return;
      drawOverlay(ctx);
      document.documentElement.dataset.drawn = "true";
    });
  }

  function batched(ctx, items, paint) {
    // one path per look (few fills and strokes: each costs far more than a shape); items are [look, draw]
    const looks = new Map();
    for (const [look, draw] of items) {
      const key = JSON.stringify(look);
      if (!looks.has(key)) looks.set(key, [look, []]);
      looks.get(key)[1].push(draw);
    }
    for (const [look, draws] of looks.values()) {
      ctx.beginPath();
      for (const draw of draws) draw();
      paint(look);
    }
  }

  const SHAPES = {
    dot: (c, x, y, r) => { c.moveTo(x + r, y); c.arc(x, y, r, 0, 2 * Math.PI); },
    square: (c, x, y, r) => c.rect(x - r, y - r, 2 * r, 2 * r),
    diamond: (c, x, y, r) => { c.moveTo(x, y + r); c.lineTo(x + r, y); c.lineTo(x, y - r); c.lineTo(x - r, y); },
    hexagon: (c, x, y, r) => { c.moveTo(x + r, y); for (let i = 1; i < 6; i++) c.lineTo(x + r * Math.cos(Math.PI / 3 * i), y + r * Math.sin(Math.PI / 3 * i)); },
    star: (c, x, y, r) => {
      r *= 0.82; y += 0.1 * r;
      for (let i = 0; i < 10; i++) { const q = i % 2 ? 0.5 * r : 1.3 * r; c[i ? "lineTo" : "moveTo"](x + q * Math.sin(i * Math.PI / 5), y - q * Math.cos(i * Math.PI / 5)); }
    },
    triangle: (c, x, y, r) => triangle(c, x, y, r, 1),
    triangleDown: (c, x, y, r) => triangle(c, x, y, r, -1),
  };

  function triangle(c, x, y, r, up) {
    r *= 1.15; y += up * 0.275 * r;
    const side = 2 * r, inner = Math.sqrt(3) / 6 * side, h = Math.sqrt(side * side - r * r);
    c.moveTo(x, y - up * (h - inner)); c.lineTo(x + r, y + up * inner); c.lineTo(x - r, y + up * inner);
  }

  function drawNodes(ctx) {
    const items = [];
    for (const id of ORDER) {
      if (!pictured.has(id)) continue;
      const n = visNode(id);
      const chosen = id === state.selected;
      const color = chosen ? n.color.highlight : n.color;
      const border = chosen ? DATA.options.nodes.borderWidthSelected : n.borderWidth;
      const look = [color.background, color.border, Math.min(2 * n.size, border / view.scale),
        n.shapeProperties ? n.shapeProperties.borderDashes : []];
      items.push([look, () => { (SHAPES[n.shape] || SHAPES.dot)(ctx, n.x, n.y, n.size); ctx.closePath(); }]);
    }
    batched(ctx, items, ([fill, stroke, width, dashes]) => {
      ctx.fillStyle = fill;
      ctx.fill();
      ctx.lineWidth = width;
      ctx.strokeStyle = stroke;
      ctx.setLineDash(dashes.map((d) => d / view.scale));
      ctx.stroke();
      ctx.setLineDash([]);
    });
  }

  function drawEdges(ctx) {
    const lines = [];
    const heads = [];
    for (const fid of picturedEdges) {
      const e = visEdge(fid);
      const a = NODE.get(e.from), b = NODE.get(e.to);
      const near = state.selected && (e.from === state.selected || e.to === state.selected);
      const color = near ? e.color.highlight : e.color.color;
      const width = near ? e.width + DATA.options.edges.selectionWidth : e.width;
      const via = e.smooth ? bend(a, b, e.smooth.roundness) : a;
      const angle = Math.atan2(b.y - via.y, b.x - via.x);
      const cos = Math.cos(angle), sin = Math.sin(angle);
      const length = 15 * DATA.options.edges.arrows.to.scaleFactor + 3 * width;
      const tip = { x: b.x - b.size * cos, y: b.y - b.size * sin };
      const base = { x: tip.x - 0.9 * length * cos, y: tip.y - 0.9 * length * sin };
      lines.push([[color, width, Boolean(e.dashes)], () => {
        ctx.moveTo(a.x, a.y);
        if (e.smooth) ctx.quadraticCurveTo(via.x, via.y, base.x, base.y); else ctx.lineTo(base.x, base.y);
      }]);
      heads.push([[color], () => {   // vis-network's arrow head: (0,0) (-1,0.3) (-0.9,0) (-1,-0.3), times its length
        ctx.moveTo(tip.x, tip.y);
        for (const [u, w] of [[-1, 0.3], [-0.9, 0], [-1, -0.3]]) ctx.lineTo(tip.x + length * (u * cos - w * sin), tip.y + length * (u * sin + w * cos));
        ctx.closePath();
      }]);
    }
    batched(ctx, lines, ([color, width, dashed]) => {
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.setLineDash(dashed ? [5, 5] : []);
      ctx.stroke();
      ctx.setLineDash([]);
    });
    batched(ctx, heads, ([color]) => { ctx.fillStyle = color; ctx.fill(); });
  }

  function nodeAt(clientX, clientY) {   // the drawn entity under a point of the page, if any
    const box = $("network").getBoundingClientRect();
    const x = view.x + (clientX - box.left - box.width / 2) / view.scale;
    const y = view.y + (clientY - box.top - box.height / 2) / view.scale;
    let best = null, bestDistance = Infinity;
    for (const id of pictured) {
      const n = NODE.get(id);
      const d = Math.hypot(n.x - x, n.y - y);
      if (d <= n.size + 4 / view.scale && d < bestDistance) { best = id; bestDistance = d; }
    }
    return best;
  }

  function wirePicture() {
    // until vis-network has taken over, the first picture pans, zooms and selects like it
    const canvas = $("picture");
    canvas.addEventListener("pointerdown", (ev) => {
      loadNetwork();
      drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
      canvas.setPointerCapture(ev.pointerId);   // its release comes here, wherever it happens
    });
    canvas.addEventListener("pointercancel", () => {
      drag = null;
      if (pendingHandOver) pendingHandOver();
    });
    canvas.addEventListener("pointermove", (ev) => {
      loadNetwork();   // a pointer over the graph: the visitor is about to need vis-network (tooltips, drag)
      if (!drag) return;
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
      if (drag.moved) { view.x = drag.vx - dx / view.scale; view.y = drag.vy - dy / view.scale; drawSoon(); }
    });
    canvas.addEventListener("pointerup", (ev) => {
      const was = drag;
      drag = null;
      if (was && !was.moved) {
        const id = nodeAt(ev.clientX, ev.clientY);
        if (id) selectEntity(id, { move: false });
      }
      if (pendingHandOver) pendingHandOver();
    });
    canvas.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      loadNetwork();
      const box = $("network").getBoundingClientRect();
      const px = ev.clientX - box.left - box.width / 2, py = ev.clientY - box.top - box.height / 2;
      const at = { x: view.x + px / view.scale, y: view.y + py / view.scale };
      view.scale = Math.min(10, Math.max(0.05, view.scale * (ev.deltaY < 0 ? 1.1 : 1 / 1.1)));
      view.x = at.x - px / view.scale;
      view.y = at.y - py / view.scale;
      drawSoon();
    }, { passive: false });
    // a window resized or a panel opened or closed: whichever draws the graph measures the canvas again
    new ResizeObserver(fitCanvas).observe($("network"));
  }

  function loadNetwork() {
    // vis-network waits as plain text; a blob: URL lets the browser compile it off the main thread
    if (loading) return;
    loading = true;
    document.documentElement.dataset.network = "loading";
    const go = () => {
      const url = URL.createObjectURL(new Blob([$("vis-network-src").textContent], { type: "text/javascript" }));
      const script = document.createElement("script");
      script.src = url;
      script.addEventListener("load", () => { URL.revokeObjectURL(url); setTimeout(startNetwork, 0); });
      document.head.append(script);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go, { once: true });
    else go();
  }

  // vis-network is built in steps, each its own task (it updates its whole state after each add, so a few
  // hundred entities a step), behind the first picture; then it takes over at the picture's view.
  const STEP = 400;

  function startNetwork() {
    nodes = new vis.DataSet([]);
    edges = new vis.DataSet([]);
    const net = new vis.Network($("network"), { nodes, edges }, DATA.options);
    net.body.emitter.emit("_blockRedraw");
    const want = wanted();
    const ids = ORDER.filter((id) => want.has(id));
    const facts = DATA.edges.filter((e) => want.has(e.from) && want.has(e.to)).map((e) => e.id);
    const steps = [];
    for (let i = 0; i < ids.length; i += STEP) steps.push(() => nodes.add(ids.slice(i, i + STEP).map(visNode)));
    for (let i = 0; i < facts.length; i += STEP) steps.push(() => edges.add(facts.slice(i, i + STEP).map(visEdge)));
    const next = () => {
      if (steps.length) { steps.shift()(); setTimeout(next, 0); }
      else handOver(net);
    };
    setTimeout(next, 0);
  }

  function handOver(net) {
    network = net;
    Object.assign(window.civickg, { network, nodes, edges });
    applyView();   // what the visitor changed while it was being built
    if (state.path) restyle(state.path.nodes, state.path.facts);
    if ($("physics").checked) network.setOptions({ physics: { enabled: true } });
    // it measured its canvas when it was made; a panel may have opened since: measure again, at the picture's view
    network.setSize("100%", "100%");
    network.moveTo({ position: { x: view.x, y: view.y }, scale: view.scale, animation: false });
    if (state.selected && nodes.get(state.selected)) network.selectNodes([state.selected]);
    network.on("click", (params) => {
      if (params.nodes.length) selectEntity(params.nodes[0], { move: false });
      else if (params.edges.length) showFactPanel(params.edges[0]);
    });
    network.on("hoverNode", (p) => { hovered = p.node; network.redraw(); });
    network.on("blurNode", () => { hovered = null; network.redraw(); });
    network.on("hoverEdge", (p) => { hoveredEdge = p.edge; network.redraw(); });
    network.on("blurEdge", () => { hoveredEdge = null; network.redraw(); });
    network.on("afterDrawing", drawOverlay);
    const takeOver = (moved) => {
      pendingHandOver = null;
      if (moved) network.moveTo({ position: { x: view.x, y: view.y }, scale: view.scale, animation: false });
      $("picture").hidden = true;
      window.civickg.drawnMs = performance.now();
      document.documentElement.dataset.network = "ready";
    };
    // a click begun on the picture ends on it: hiding it between press and release would lose the click
    network.once("afterDrawing", () => { if (drag) pendingHandOver = () => takeOver(true); else takeOver(false); });
    network.body.emitter.emit("_allowRedraw");
    updateStatus();
    network.redraw();
  }

  // ------------------------------------------------------------------------------------------
  //  The view in the URL fragment: selection, focus, filters, language, open article
  // ------------------------------------------------------------------------------------------

  let restoring = false;

  function writeHash() {
    if (restoring) return;
    const p = new URLSearchParams();
    if (state.lang !== (DATA.meta.lang === "en" ? "en" : "zh")) p.set("lang", state.lang);
    if (state.selected) p.set("entity", state.selected);
    if (state.focus) p.set("focus", state.focus.id + "~" + state.focus.depth);
    const off = Object.keys(DATA.classes).filter((c) => !state.enabled.has(c));
    if (off.length) p.set("hide", off.join(","));
    if (state.article) p.set("article", state.article);
    const hash = p.toString();
    if (hash !== location.hash.slice(1)) history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    restoring = true;
    if (p.get("lang") === "en" || p.get("lang") === "zh") state.lang = p.get("lang");
    if (p.has("hide")) {
      const off = new Set(p.get("hide").split(","));
      state.enabled = new Set(Object.keys(DATA.classes).filter((c) => !off.has(c)));
    }
    const focus = (p.get("focus") || "").split("~");
    if (ENT[focus[0]]) state.focus = { id: focus[0], depth: Math.max(1, Math.min(3, Number(focus[1]) || 1)) };
    const art = p.get("article");
    state.article = art && DATA.articles[art] ? art : null;
    const sel = p.get("entity");
    state.selected = null;
    restoring = false;
    syncLegend();
    if (sel && ENT[sel]) selectEntity(sel, { move: false });
    else applyView();
  }

  // ------------------------------------------------------------------------------------------
  //  Welcome, articles, the article reader, entities with no links
  // ------------------------------------------------------------------------------------------

  const WELCOME_KEY = "civickg.welcome.dismissed";

  function remembered(key) { try { return localStorage.getItem(key) === "yes"; } catch (e) { return false; } }
  function remember(key) { try { localStorage.setItem(key, "yes"); } catch (e) { /* private mode: forget */ } }

  function buildWelcome() {
    const box = $("welcome");
    box.hidden = remembered(WELCOME_KEY);
    $("welcome-1").textContent = t("welcome1");
    $("welcome-2").textContent = t("welcome2");
  }

  let BY_ARTICLE = null;          // article key -> facts quoted from it (one pass over the facts)

  function articleFacts(key) {
    if (!BY_ARTICLE) {
      BY_ARTICLE = new Map();
      for (const f of DATA.facts) {
        for (const a of new Set(f.ev.map((e) => e[1]))) {
          if (!BY_ARTICLE.has(a)) BY_ARTICLE.set(a, []);
          BY_ARTICLE.get(a).push(f);
        }
      }
    }
    return BY_ARTICLE.get(key) || [];
  }

  function buildArticles() {
    const list = $("article-list");
    list.replaceChildren();
    for (const [key, a] of Object.entries(DATA.articles)) {
      const ids = new Set(a.mentions.map((m) => m[2]));
      const facts = articleFacts(key);
      const draft = [...ids].some((id) => isDraft(ENT[id])) || facts.some(isDraft);
      const meta = [a.year, a.publisher[state.lang]].filter(Boolean).join(" · ");
      list.append(el("li", {}, [el("button", { cls: "article-item", attrs: { type: "button", "data-article": key },
        on: { click: () => openArticle(key) } }, [
        el("span", { cls: "article-title", text: a[state.lang] }),
        el("span", { cls: "article-meta", text: meta }),
        el("span", { cls: "article-meta", text: t("articleCounts", { n: ids.size, m: facts.length }) + " · " }, [
          el("span", { cls: draft ? "status draft" : "status reviewed", text: t(draft ? "draft" : "reviewed") })]),
      ])]));
    }
  }

  function openArticle(key, at) {
    const a = DATA.articles[key];
    if (!a) return;
    state.article = key;
    const reader = $("reader");
    reader.hidden = false;
    $("layout").classList.add("reading");
    $("reader-title").textContent = a[state.lang];
    $("reader-meta").textContent = [a.year, a.publisher[state.lang]].filter(Boolean).join(" · ");
    $("reader-back").textContent = t("backToList");
    const body = $("reader-text");
    body.replaceChildren();
    // cut the text at every mention boundary; each piece belongs to the innermost mention covering it
    const spans = a.mentions.filter((m) => ENT[m[2]]);
    const cuts = [...new Set([0, a.text.length].concat(spans.flatMap((m) => [m[0], m[1]])))].sort((x, y) => x - y);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      let best = null;
      for (const m of spans) if (m[0] <= from && to <= m[1] && (!best || m[1] - m[0] < best[1] - best[0])) best = m;
      const piece = a.text.slice(from, to);
      if (!best) { body.append(document.createTextNode(piece)); continue; }
      const id = best[2];
      body.append(el("button", { cls: "mention", text: piece,
        attrs: { type: "button", "data-entity": id, "data-start": best[0], title: name(id) + " · " + className(ENT[id].class) },
        on: { click: () => selectEntity(id) } }));
    }
    markMentions();
    writeHash();
    fitCanvas();
    if (at !== undefined) {
      const hit = body.querySelector('.mention[data-start="' + at + '"]');
      if (hit) { hit.scrollIntoView({ block: "center" }); hit.focus(); }
    }
  }

  function closeArticle() {
    state.article = null;
    $("reader").hidden = true;
    $("layout").classList.remove("reading");
    writeHash();
    fitCanvas();
  }

  function markMentions() {
    for (const m of document.querySelectorAll("#reader-text .mention")) {
      m.classList.toggle("selected", m.dataset.entity === state.selected);
    }
  }

  function mentionsSection(id) {
    const found = MENTIONS().get(id) || [];
    if (!found.length) return null;
    return section(t("mentionsTitle"), [el("ul", { cls: "mentions" }, found.map(([key, start, end]) => {
      const text = DATA.articles[key].text;
      const from = Math.max(0, text.lastIndexOf("。", start) + 1, start - 40);
      const stop = Math.min(text.length, end + 40);
      return el("li", {}, [
        el("p", { cls: "source", text: article(key) }),
        el("blockquote", {}, [
          document.createTextNode((from > 0 ? "…" : "") + text.slice(from, start)),
          el("mark", { text: text.slice(start, end) }),
          document.createTextNode(text.slice(end, stop) + (stop < text.length ? "…" : "")),
        ]),
        el("button", { text: t("openArticle"), attrs: { type: "button", "data-open-article": key },
          on: { click: () => openArticle(key, start) } }),
      ]);
    }))]);
  }

  function buildUnlinked(sliced) {
    const alone = ORDER.filter((id) => !LINKED(id));
    const box = $("unlinked-box");
    box.hidden = !alone.length;
    $("unlinked-title").textContent = t("unlinked", { n: alone.length });
    $("unlinked-filter").placeholder = t("unlinkedFilter");
    $("unlinked-filter").setAttribute("aria-label", t("unlinkedFilter"));
    const groups = new Map();
    for (const id of alone) {
      const arts = [...new Set((MENTIONS().get(id) || []).map((m) => m[0]))];
      const key = arts.length ? arts[0] : "";
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(id);
    }
    const holder = $("unlinked-groups");
    holder.replaceChildren();
    const steps = [...groups].map(([key, ids]) => () => holder.append(unlinkedGroup(key, ids)));
    steps.push(filterUnlinked);
    stepByStep(steps, "unlinked", sliced);
  }

  function unlinkedGroup(key, ids) {
    return el("div", { cls: "unlinked-group" }, [
      el("h3", { cls: "group-title", text: key ? article(key) : t("other") }),
      el("ul", { cls: "chips" }, ids.map((id) => el("li", { attrs: { "data-keys": SEARCH_KEYS().get(id) } }, [
        el("button", { cls: "entity-link", text: name(id), attrs: { type: "button", "data-entity": id },
          on: { click: () => selectEntity(id) } })]))),
    ]);
  }

  function filterUnlinked() {
    const q = $("unlinked-filter").value.trim().toLowerCase();
    for (const li of document.querySelectorAll("#unlinked-groups li")) li.hidden = Boolean(q) && !li.dataset.keys.includes(q);
  }

  // ------------------------------------------------------------------------------------------
  //  Wiring
  // ------------------------------------------------------------------------------------------

  const searchPicker = picker($("search"), $("search-results"), (id, how) => selectEntity(id, { keyboard: how === "key" }));
  picker($("path-from"), $("path-from-results"), (id) => setPick("from", id));
  picker($("path-to"), $("path-to-results"), (id) => setPick("to", id));
  $("welcome-dismiss").addEventListener("click", () => { remember(WELCOME_KEY); $("welcome").hidden = true; $("search").focus(); });
  $("reader-back").addEventListener("click", closeArticle);
  $("unlinked-filter").addEventListener("input", filterUnlinked);
  $("menu").addEventListener("click", () => {
    const open = $("layout").classList.toggle("drawer-open");
    $("menu").setAttribute("aria-expanded", String(open));
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !$("panel").hidden) closePanel();
    // "/" jumps to the search box from anywhere but a text field, as on many sites
    const typing = ev.target instanceof HTMLElement && ev.target.closest("input, textarea, select, [contenteditable]");
    if (ev.key === "/" && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      $("search").focus();
    }
  });
  window.addEventListener("hashchange", readHash);
  $("path-find").addEventListener("click", () => showPath(state.pick.from, state.pick.to));
  $("path-clear").addEventListener("click", clearPath);
  $("classes-all").addEventListener("click", () => setAllClasses(true));
  $("classes-none").addEventListener("click", () => setAllClasses(false));
  $("panel-close").addEventListener("click", closePanel);
  $("physics").addEventListener("change", (ev) => {
    if (network) network.setOptions({ physics: { enabled: ev.target.checked } });
    else loadNetwork();   // it starts the simulation when it takes over
  });
  $("fit").addEventListener("click", () => fitView());
  $("reset").addEventListener("click", () => {
    state.focus = null;
    state.selected = null;
    state.uncapped = false;
    clearPath();
    state.enabled = new Set(Object.keys(DATA.classes));
    state.article = null;
    syncLegend();
    closeArticle();
    hidePanel();
    applyView();
    if (network) network.unselectAll();
    fitView();
  });
  for (const b of document.querySelectorAll(".lang-switch button")) b.addEventListener("click", () => setLang(b.dataset.lang));

  window.civickg = {
    data: DATA, network: null, nodes: null, edges: null, state, search, findPath, showPath, selectEntity, focusOn,
    setLang, applyView, firstDrawMs: null, drawnMs: null, searchPicker, labelBoxes, openArticle, labelLevel,
    loadNetwork, nodeAt, pagePoint: (id) => toPage(NODE.get(id).x, NODE.get(id).y), view: () => ({ ...currentView() }),
  };

  readHash();
  setLang(state.lang, true);
  document.documentElement.dataset.ready = "true";
  // the first picture, drawn by the page itself before the next paint; vis-network waits for the visitor
  wirePicture();
  drawSoon();
})();
