// civickg review: the article list, and one article's text with its drafted items to accept, fix or add.
// Every text from the data is set with textContent (never as HTML). Actions are kept in a list and sent
// with the file's version; the server replays them on the file, runs the build's checks and answers with
// the items and problems. An action that brings a new problem is taken back and its reason shown.
"use strict";

const state = {article: null, version: "", actions: [], items: [], problems: [], classes: [], known: {},
               text: "", current: null, selection: null};
window.civickgReview = state;

const $ = (selector) => document.querySelector(selector);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "text") node.textContent = value;
    else if (name === "on") Object.entries(value).forEach(([ev, fn]) => node.addEventListener(ev, fn));
    else node.setAttribute(name, value);
  }
  children.forEach((c) => node.append(c));
  return node;
}

function say(message, kind = "") {
  const status = $("#status");
  status.textContent = message;
  status.className = kind;
}

async function api(path, body) {
  const init = body === undefined ? {} : {method: "POST", headers: {"Content-Type": "application/json"},
                                          body: JSON.stringify(body)};
  const response = await fetch(path, init);
  const data = await response.json();
  return {status: response.status, data};
}

// ---------------------------------------------------------------- the article list

async function showList() {
  $("#list-view").hidden = false;
  const {data} = await api("/api/articles");
  const body = $("#articles tbody");
  body.replaceChildren();
  for (const row of data) {
    const link = el("a", {href: `/?article=${encodeURIComponent(row.id)}`, text: row.id});
    const p = row.progress;
    const done = p ? `${p.reviewed} / ${p.items}` : "no annotation file";
    body.append(el("tr", {"data-article": row.id}, el("td", {}, link), el("td", {text: row.title}),
                   el("td", {text: p ? p.status : "—"}), el("td", {text: done})));
  }
  say(`${data.length} articles`);
}

// ---------------------------------------------------------------- one article

async function showArticle(id) {
  $("#article-view").hidden = false;
  const {status, data} = await api(`/api/articles/${encodeURIComponent(id)}`);
  if (status !== 200) { say(data.error, "bad"); return; }
  Object.assign(state, {article: id, version: data.version, actions: [], items: data.items, problems: [],
                        classes: data.classes, known: data.known || {}, text: data.text});
  $("#article-title").textContent = `${data.id} · ${data.title}`;
  if (!$("#reviewer").value) $("#reviewer").value = localStorage.getItem("civickg-reviewer") || data.reviewer || "";
  render();
  say(progressLine(data.progress));
}

function progressLine(p) {
  return `${p.reviewed} of ${p.items} items reviewed · file: ${p.status}`;
}

function classOf(item) {
  const f = item.fields;
  const cls = item.section === "entities" ? f.class : (state.known[f.id] || [])[0];
  return Array.isArray(cls) ? cls[0] : (cls || "Thing");
}

function hue(name) {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)) % 12;
  return `c${h}`;
}

function render() {
  renderText();
  renderItems();
  renderProblems();
  $("#pending").textContent = state.actions.length ? `${state.actions.length} unsaved` : "";
  $("#save").disabled = state.actions.length === 0;
}

function renderText() {
  const text = state.text;
  const cuts = new Set([0, text.length]);
  state.items.forEach((i) => { if (i.start !== null) { cuts.add(i.start); cuts.add(i.end); } });
  const points = [...cuts].sort((a, b) => a - b);
  const box = $("#text");
  box.replaceChildren();
  for (let n = 0; n + 1 < points.length; n++) {
    const [start, end] = [points[n], points[n + 1]];
    const named = state.items.filter((i) => (i.section === "entities" || i.section === "mentions")
                                      && i.start !== null && i.start <= start && end <= i.end);
    const node = named.length ? markFor(named) : el("span");
    node.dataset.start = start;
    node.dataset.end = end;
    node.textContent = text.slice(start, end);
    box.append(node);
  }
}

function markFor(named) {
  const inner = named.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  const mark = el("mark", {class: `${hue(classOf(inner))} ${inner.status}`, title: named.map(label).join(" | ")});
  mark.dataset.keys = named.map((i) => i.key).join(" ");
  mark.addEventListener("click", () => select(inner.key));
  return mark;
}

function label(item) {
  const f = item.fields;
  if (item.section === "entities") return `${f.zh} · ${f.en} · ${[].concat(f.class).join(", ")} · ${f.id}`;
  if (item.section === "mentions") return `→ ${f.id}`;
  if (item.section === "facts") return `${f.s} ${f.p} ${f.o !== undefined ? f.o : JSON.stringify(f.value)}`;
  return `${f.indicator} · ${f.about} · ${f.period}: ${f.value ?? ""} ${f.unit ?? ""}`;
}

function renderItems() {
  for (const section of ["entities", "mentions", "facts", "observations"]) {
    const list = $(`#${section}`);
    list.replaceChildren(...state.items.filter((i) => i.section === section).map(itemRow));
  }
  if (state.current) select(state.current, false);
}

function itemRow(item) {
  const row = el("li", {class: `item ${item.status}`, tabindex: "-1"});
  row.dataset.key = item.key;
  const conf = item.confidence === null ? "" : ` ${Number(item.confidence).toFixed(2)}`;
  row.append(el("span", {class: `swatch ${hue(classOf(item))}`}), el("span", {class: "label", text: label(item)}),
             el("span", {class: "badge", text: `${item.status}${conf}`}));
  const buttons = el("span", {class: "buttons"});
  const add = (name, title, fn) => buttons.append(el("button", {type: "button", class: name, title, text: name,
                                                                on: {click: (e) => { e.stopPropagation(); fn(item); }}}));
  add("accept", "accept (a)", (i) => act({op: "accept", key: i.key}));
  add("reject", "reject (r)", (i) => act({op: "reject", key: i.key}));
  if (item.section === "entities" || item.section === "facts") add("edit", "edit (e)", openEdit);
  if (item.section === "entities") { add("link", "link to a known entity (l)", openLink); add("merge", "merge (m)", openMerge); }
  row.append(buttons);
  for (const p of state.problems.filter((p) => p.key === item.key)) row.append(problemLine(p));
  row.addEventListener("click", () => select(item.key));
  return row;
}

function problemLine(p) {
  return el("div", {class: "problem", text: `${p.check}: ${p.message}`});
}

function renderProblems() {
  $("#problems").replaceChildren(...state.problems.filter((p) => !p.key || !state.items.some((i) => i.key === p.key))
    .map((p) => el("li", {}, problemLine(p))));
}

function select(key, scroll = true) {
  state.current = key;
  document.querySelectorAll(".item.selected, #text .quoted").forEach((n) => n.classList.remove("selected", "quoted"));
  const row = document.querySelector(`.item[data-key="${CSS.escape(key)}"]`);
  const item = state.items.find((i) => i.key === key);
  if (!row || !item) return;
  row.classList.add("selected");
  if (scroll) row.scrollIntoView({block: "nearest"});
  if (item.start === null) return;
  const parts = [...document.querySelectorAll("#text [data-start]")]
    .filter((n) => Number(n.dataset.start) >= item.start && Number(n.dataset.end) <= item.end);
  parts.forEach((n) => n.classList.add("quoted"));
  if (scroll && parts.length) parts[0].scrollIntoView({block: "nearest"});
}

// ---------------------------------------------------------------- actions, checks, saving

function busy(flag) {
  document.documentElement.dataset.busy = String(flag);
}

async function act(action) {
  busy(true);
  try { return await tryAction(action); } finally { busy(false); }
}

async function tryAction(action) {
  const before = new Set(state.problems.map((p) => p.message));
  state.actions.push(action);
  say("checking…");
  const {status, data} = await api(`/api/articles/${encodeURIComponent(state.article)}/check`, body());
  if (status === 409) { state.actions.pop(); conflict(data); return false; }
  const fresh = status === 200 ? data.problems.filter((p) => !before.has(p.message)) : [{message: data.error}];
  if (fresh.length) {
    state.actions.pop();
    const key = action.key || fresh[0].key || "";
    state.problems = [...state.problems.filter((p) => before.has(p.message)),
                      ...fresh.map((p) => ({...p, key, check: `refused (${p.check || "request"})`}))];
    render();
    say(`refused: ${fresh[0].message}`, "bad");
    return false;
  }
  Object.assign(state, {items: data.items, problems: data.problems});
  render();
  say(`${progressLine(data.progress)} · ${state.actions.length} unsaved`);
  return true;
}

function body() {
  return {version: state.version, actions: state.actions, reviewer: $("#reviewer").value.trim()};
}

function conflict(data) {
  say(`not saved: ${data.error}. Reload the article to see the other changes (yours are lost on reload).`, "bad");
}

async function save() {
  busy(true);
  try { await trySave(); } finally { busy(false); }
}

async function trySave() {
  if (!state.actions.length) return;
  if (!$("#reviewer").value.trim()) { say("give your name (reviewer) first: it is written on what you checked", "bad"); return; }
  localStorage.setItem("civickg-reviewer", $("#reviewer").value.trim());
  say("saving…");
  const {status, data} = await api(`/api/articles/${encodeURIComponent(state.article)}/save`, body());
  if (status === 409) { conflict(data); return; }
  if (status !== 200) {
    state.problems = data.problems || [{check: "save", message: data.error, key: ""}];
    render();
    say(`not saved: ${state.problems[0].message}`, "bad");
    return;
  }
  Object.assign(state, {version: data.version, actions: [], items: data.items, problems: []});
  render();
  say(`saved · ${progressLine(data.progress)}`, "good");
}

// ---------------------------------------------------------------- forms

function field(name, labelText, value = "", attrs = {}) {
  return el("label", {}, `${labelText} `, el("input", {name, value, ...attrs}));
}

function classMenu(name, chosen) {
  const menu = el("select", {name});
  for (const c of state.classes) {
    const option = el("option", {value: c.name, text: `${c.name} · ${c.zh}`});
    if (c.name === chosen) option.selected = true;
    menu.append(option);
  }
  return el("label", {}, "class ", menu);
}

function openForm(title, parts, submit) {
  const form = $("#form");
  const cancel = el("button", {type: "button", text: "cancel", on: {click: closeForm}});
  form.replaceChildren(el("strong", {text: title}), ...parts, el("button", {type: "submit", text: "ok"}), cancel);
  form.hidden = false;
  form.onsubmit = async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    if (await submit(values)) closeForm();
  };
  const first = form.querySelector("input, select");
  if (first) first.focus();
}

function closeForm() {
  $("#form").hidden = true;
  $("#form").replaceChildren();
}

function openEdit(item) {
  const f = item.fields;
  if (item.section === "facts") {
    openForm(`edit fact ${label(item)}`, [field("p", "predicate", f.p)],
             (v) => act({op: "edit", key: item.key, fields: {p: v.p}}));
    return;
  }
  const cls = [].concat(f.class)[0];
  openForm(`edit ${f.id}`, [field("id", "id", f.id), classMenu("class", cls), field("zh", "zh", f.zh),
                            field("en", "en", f.en)],
           (v) => act({op: "edit", key: item.key, fields: changed(f, v)}));
}

function changed(before, values) {
  const out = {};
  for (const [name, value] of Object.entries(values)) {
    const old = name === "class" ? [].concat(before.class)[0] : before[name];
    if (value !== old) out[name] = value;
  }
  return out;
}

function openLink(item) {
  const results = el("ul", {class: "results"});
  const search = el("input", {name: "q", value: item.fields.zh || "", placeholder: "name or alias, zh or en"});
  let asked = 0;  // answers can come back out of order: only the latest question's answer is shown
  const run = async () => {
    const mine = ++asked;
    const {data} = await api(`/api/entities?q=${encodeURIComponent(search.value)}&article=${encodeURIComponent(state.article)}`);
    if (mine !== asked) return;
    results.replaceChildren(...data.map((hit) => el("li", {},
      el("button", {type: "button", class: "choose", text: "link", on: {click: async () => {
        if (await act({op: "link", key: item.key, target: hit.id})) closeForm(); }}}),
      el("span", {text: ` ${hit.zh} · ${hit.en} · ${hit.classes.join(", ")} · ${hit.id} · in ${hit.elsewhere.join(", ")}`}))));
    if (!data.length) results.append(el("li", {class: "muted", text: "no entity of that name"}));
  };
  search.addEventListener("input", run);
  openForm(`link ${item.fields.zh} to an entity the graph has`, [el("label", {}, "search ", search), results],
           async () => { await run(); return false; });
  run();
}

function openMerge(item) {
  const menu = el("select", {name: "into"});
  state.items.filter((i) => i.section === "entities" && i.key !== item.key)
    .forEach((i) => menu.append(el("option", {value: i.key, text: label(i)})));
  openForm(`merge ${item.fields.zh} into`, [menu], (v) => act({op: "merge", key: item.key, into: v.into}));
}

function entityIds() {
  const ids = state.items.filter((i) => i.section === "entities" || i.section === "mentions").map((i) => i.fields.id);
  return [...new Set(ids)].sort();
}

function idMenu(name, labelText, chosen = "") {
  const menu = el("select", {name});
  if (name === "o") menu.append(el("option", {value: "", text: "(a value instead)"}));
  entityIds().forEach((id) => menu.append(el("option", {value: id, text: id, ...(id === chosen ? {selected: ""} : {})})));
  return el("label", {}, `${labelText} `, menu);
}

function needSelection() {
  if (state.selection) return state.selection;
  say("select the words in the text first", "bad");
  return null;
}

function openAddEntity() {
  const sel = needSelection();
  if (!sel) return;
  openForm(`new entity “${sel.words}”`, [field("id", "id", "", {placeholder: "lowercase-words"}),
                                         classMenu("class", "Organization"), field("zh", "zh", sel.words),
                                         field("en", "en")],
           (v) => act({op: "add-entity", ...v, start: sel.start, end: sel.end}));
}

function classesOf(id) {
  const item = state.items.find((i) => i.section === "entities" && i.fields.id === id);
  return item ? [].concat(item.fields.class) : (state.known[id] || []);
}

async function fillPredicates(form) {
  const s = form.querySelector("[name=s]").value;
  const o = form.querySelector("[name=o]").value;
  const query = `s=${encodeURIComponent(classesOf(s).join(","))}` + (o ? `&o=${encodeURIComponent(classesOf(o).join(","))}` : "");
  form.dataset.asked = query;
  const {data} = await api(`/api/predicates?${query}`);
  if (form.dataset.asked !== query) return;  // a later choice asked again: its answer fills the menu
  const menu = form.querySelector("[name=p]");
  const chosen = menu.value;                 // a predicate already chosen stays chosen when still offered
  menu.replaceChildren(...data.map((p) => el("option", {value: p, text: p})));
  if (data.includes(chosen)) menu.value = chosen;
  form.dataset.filled = query;
}

function openAddFact() {
  const sel = needSelection();
  if (!sel) return;
  const ids = entityIds();
  openForm(`new fact quoted by “${sel.words}”`, [idMenu("s", "subject", ids[0]), el("label", {}, "predicate ",
           el("select", {name: "p"})), idMenu("o", "object", ids[1]), field("value", "or value")],
           (v) => act({op: "add-fact", s: v.s, p: v.p, o: v.o || undefined, value: v.o ? undefined : v.value,
                       start: sel.start, end: sel.end}));
  const form = $("#form");
  form.querySelectorAll("[name=s], [name=o]").forEach((m) => m.addEventListener("change", () => fillPredicates(form)));
  fillPredicates(form);
}

function openAddObservation() {
  const sel = needSelection();
  if (!sel) return;
  const number = (sel.words.match(/[0-9]+(\.[0-9]+)?/) || [""])[0];
  openForm(`new figure “${sel.words}”`, [field("id", "id"), idMenu("indicator", "indicator"), idMenu("about", "about"),
           field("period", "period", String(new Date().getFullYear())), field("value", "value", number),
           field("unit", "unit")],
           (v) => act({op: "add-observation", ...v, start: sel.start, end: sel.end}));
}

// ---------------------------------------------------------------- selection and keys

function offsetOf(node, offset) {
  const part = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node).closest("#text [data-start]");
  return part ? Number(part.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0) : null;
}

function trackSelection() {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
  const range = sel.getRangeAt(0);
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return;
  state.selection = {start, end, words: state.text.slice(start, end)};
  $("#selection").textContent = `selected ${start}–${end}: “${state.selection.words}”`;
}

function move(step) {
  const rows = [...document.querySelectorAll(".item")];
  const at = rows.findIndex((r) => r.dataset.key === state.current);
  const next = rows[Math.min(rows.length - 1, Math.max(0, at + step))];
  if (next) select(next.dataset.key);
}

const KEYS = {
  j: () => move(1), k: () => move(-1),
  a: (i) => i && act({op: "accept", key: i.key}), r: (i) => i && act({op: "reject", key: i.key}),
  e: (i) => i && openEdit(i), l: (i) => i && i.section === "entities" && openLink(i),
  m: (i) => i && i.section === "entities" && openMerge(i),
  n: openAddEntity, f: openAddFact, o: openAddObservation,
};

function onKey(event) {
  if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); return; }
  if (event.key === "Escape") { closeForm(); return; }
  if (event.target.closest("input, select, textarea") || event.ctrlKey || event.metaKey || event.altKey) return;
  const run = KEYS[event.key];
  if (!run || !state.article) return;
  event.preventDefault();
  run(state.items.find((i) => i.key === state.current));
}

function start() {
  document.addEventListener("keydown", onKey);
  document.addEventListener("selectionchange", trackSelection);
  $("#save").addEventListener("click", save);
  $("#add-entity").addEventListener("click", openAddEntity);
  $("#add-fact").addEventListener("click", openAddFact);
  $("#add-observation").addEventListener("click", openAddObservation);
  $("#accept-above").addEventListener("click", () => act({op: "accept-above", threshold: Number($("#threshold").value)}));
  const article = new URLSearchParams(location.search).get("article");
  (article ? showArticle(article) : showList()).then(() => { document.documentElement.dataset.ready = "true"; });
}

start();
