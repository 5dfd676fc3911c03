// civickg query page: competency questions as examples, a query editor, results as a table whose
// entities link to their pages. Talks only to this server (/queries, /sparql); no external scripts.
"use strict";

const CID = "https://civickg.org/id/";
const state = { prefixes: {}, questions: [], lastQuery: "" };
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function curie(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(state.prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

function pageFor(iri) {
  const id = iri.startsWith(CID) ? iri.slice(CID.length) : null;
  return id && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) ? `/entity/${id}` : `/resource?iri=${encodeURIComponent(iri)}`;
}

function cell(term) {
  if (!term) return el("td");
  if (term.type === "uri") return el("td", {}, el("a", { href: pageFor(term.value), title: term.value }, curie(term.value)));
  if (term.type === "bnode") return el("td", {}, `_:${term.value}`);
  const numeric = /#(integer|decimal|double|float|nonNegativeInteger|int|long)$/.test(term.datatype || "");
  const td = el("td", numeric ? { class: "num" } : {}, term.value);
  if (term["xml:lang"]) td.append(el("span", { class: "lang" }, `@${term["xml:lang"]}`));
  return td;
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

function showDownloads(query, graph) {
  const formats = graph ? [["Turtle", "ttl"], ["JSON-LD", "jsonld"], ["N-Triples", "nt"]]
                        : [["CSV", "csv"], ["TSV", "tsv"], ["JSON", "json"], ["XML", "xml"]];
  const box = $("downloads");
  box.replaceChildren("下载 Download: ");
  for (const [label, format] of formats) {
    box.append(el("a", { href: `/sparql?query=${encodeURIComponent(query)}&format=${format}`, download: "" }, label));
  }
  box.hidden = false;
}

function renderResults(data) {
  const results = $("results");
  if ("boolean" in data) {
    results.replaceChildren(el("p", { class: "boolean" }, data.boolean ? "true · 是" : "false · 否"));
    return 1;
  }
  const vars = data.head.vars;
  const head = el("tr", {}, ...vars.map((v) => el("th", {}, v)));
  const rows = data.results.bindings.map((b) => el("tr", {}, ...vars.map((v) => cell(b[v]))));
  results.replaceChildren(el("table", { class: "results" }, el("thead", {}, head), el("tbody", {}, ...rows)));
  return rows.length;
}

async function run() {
  const query = $("query").value;
  state.lastQuery = query;
  showError("");
  $("downloads").hidden = true;
  $("status").textContent = "运行中 running…";
  const started = performance.now();
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query }),
    });
  } catch (err) {
    $("status").textContent = "";
    showError(`the server did not answer: ${err}`);
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const text = await response.text();
  if (!response.ok) {
    $("status").textContent = `HTTP ${response.status}`;
    $("results").replaceChildren();
    showError(text.trim());
    return;
  }
  const type = response.headers.get("content-type") || "";
  let count;
  if (type.includes("json")) {
    count = renderResults(JSON.parse(text));
    showDownloads(query, false);
  } else {
    $("results").replaceChildren(el("pre", { class: "graph" }, text));
    count = Number(response.headers.get("X-Result-Count") || 0);
    showDownloads(query, true);
  }
  $("status").textContent = `${count} 行 rows · ${seconds}s`;
  if (query.length < 4000) history.replaceState(null, "", `/?query=${encodeURIComponent(query)}`);
}

function choose(question, button) {
  $("query").value = question.text;
  for (const b of document.querySelectorAll(".examples button")) b.classList.remove("active");
  if (button) button.classList.add("active");
  const info = $("question-info");
  info.replaceChildren(el("strong", {}, question.zh), el("br"), question.en, el("br"),
                       el("span", { class: "muted" }, question.note));
  for (const p of question.params) {
    info.append(el("br"), el("span", { class: "muted" }, `参数 parameter ?${p.name} = ${p.default} — ${p.about}`));
  }
  info.hidden = false;
}

async function start() {
  const response = await fetch("/queries");
  const library = await response.json();
  state.prefixes = library.prefixes;
  state.questions = library.queries;
  $("prefixes").textContent = Object.entries(library.prefixes).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n");
  $("limits").textContent = `Limits: ${library.limits.timeout}s per query, ${library.limits.max_rows} rows per answer.`;
  const list = $("question-list");
  for (const q of library.queries) {
    const button = el("button", { type: "button", "data-name": q.name },
                      el("span", { class: "zh" }, q.zh), el("span", { class: "en" }, q.en),
                      el("span", { class: "name" }, q.name));
    button.addEventListener("click", () => { choose(q, button); run(); });
    list.append(el("li", {}, button));
  }
  const params = new URLSearchParams(location.search);
  const named = state.questions.find((q) => q.name === params.get("q"));
  if (params.get("query")) {
    $("query").value = params.get("query");
    run();
  } else if (named || state.questions.length) {
    const q = named || state.questions.find((x) => x.name === "awards") || state.questions[0];
    choose(q, list.querySelector(`button[data-name="${q.name}"]`));
  }
}

$("query-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
$("query").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
});
start().catch((err) => showError(`could not load the competency questions: ${err}`));
