// tensionwatch live dashboard: server-sent events in, DOM out. No build step.
// Every text from an article goes in through textContent, never innerHTML.
"use strict";

const MAX_EVENTS = 200;
const TOP_DYADS = 8;
const state = {
  events: [], // newest first
  alerts: [], // newest first
  dyads: new Map(), // dyad -> {index, history: [[t, level], ...]}
  seen: new Set(),
  charts: new Map(), // dyad -> uPlot
  filters: { actor: "", type: "" },
  types: new Set(),
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child == null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---- matching the filters

function actorCodes(ev) {
  const codes = [];
  for (const side of [ev.source, ev.target]) {
    if (side) codes.push(side.code || "", side.country || "");
  }
  return codes.concat(String(ev.dyad || "").split("|")).filter(Boolean);
}

function matchesActor(codes) {
  const wanted = state.filters.actor.trim().toUpperCase();
  return !wanted || codes.some((code) => code.toUpperCase().startsWith(wanted));
}

function eventShown(ev) {
  const type = state.filters.type;
  return matchesActor(actorCodes(ev)) && (!type || ev.plover_type === type);
}

function dyadShown(dyad) {
  return matchesActor(String(dyad).split("|"));
}

// ---- the event feed

function sentenceWithEvidence(sentence, evidence) {
  const p = el("p", { class: "sentence" });
  const at = evidence ? sentence.toLowerCase().indexOf(evidence.toLowerCase()) : -1;
  if (at < 0) {
    p.append(sentence);
    return p;
  }
  p.append(sentence.slice(0, at), el("mark", {}, sentence.slice(at, at + evidence.length)),
    sentence.slice(at + evidence.length));
  return p;
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
  } catch (_) {
    return null;
  }
}

function eventItem(ev, fresh) {
  const code = (side) => (side ? side.code : "–");
  const g = Number(ev.goldstein);
  const meta = el("div", { class: "meta" },
    el("time", {}, ev.event_date || String(ev.published_at || "").slice(0, 10) || "–"),
    el("span", { class: "dyad" }, ev.dyad),
    el("span", { class: "type" }, ev.plover_type),
    el("span", { class: "actors" }, `${code(ev.source)} → ${code(ev.target)}`),
    el("span", { class: `gold ${g < 0 ? "neg" : "pos"}` }, `${g > 0 ? "+" : ""}${g.toFixed(1)}`),
    el("span", { class: "cameo" }, `CAMEO ${ev.cameo_code}`),
    ev.modality && ev.modality !== "asserted" ? el("span", {}, ev.modality) : null);
  const item = el("li", { class: `q${ev.quad_class}${fresh ? " new" : ""}`,
    "data-event-id": ev.event_id }, meta, sentenceWithEvidence(ev.sentence || "", ev.evidence));
  const url = safeUrl(ev.url || "");
  if (url) {
    item.append(el("a", { class: "source", href: url.href, target: "_blank", rel: "noopener" },
      `${ev.outlet || url.hostname} ↗`));
  } else {
    item.append(el("span", { class: "source" }, ev.article_id));
  }
  return item;
}

function addEvent(ev, fresh) {
  if (state.seen.has(ev.event_id)) return;
  state.seen.add(ev.event_id);
  state.events.unshift(ev);
  if (state.events.length > MAX_EVENTS) state.seen.delete(state.events.pop().event_id);
  if (!state.types.has(ev.plover_type)) {
    state.types.add(ev.plover_type);
    renderTypes();
  }
  if (fresh && eventShown(ev)) {
    const feed = $("feed");
    feed.prepend(eventItem(ev, true));
    while (feed.children.length > MAX_EVENTS) feed.lastChild.remove();
    updateCounts();
  } else if (fresh) {
    updateCounts();
  }
}

function renderFeed() {
  const shown = state.events.filter(eventShown);
  $("feed").replaceChildren(...shown.map((ev) => eventItem(ev, false)));
  updateCounts();
}

function renderTypes() {
  const select = $("f-type");
  const current = select.value;
  const options = [...state.types].sort().map((t) => el("option", { value: t }, t));
  select.replaceChildren(el("option", { value: "" }, "all types"), ...options);
  select.value = current;
}

function updateCounts() {
  const shown = $("feed").children.length;
  $("feed-count").textContent = `(${shown}${shown < state.events.length ? ` of ${state.events.length}` : ""})`;
  $("feed-empty").classList.toggle("hidden", shown > 0);
}

// ---- dyads and their index over time

function levelOf(index) {
  if (index.tension && typeof index.tension.h24 === "number") return index.tension.h24;
  return typeof index.level === "number" ? index.level : 0;
}

function dayEpoch(day) {
  const t = Date.parse(`${String(day).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? Date.now() / 1000 : t / 1000;
}

function updateIndex(index) {
  const dyad = String(index.dyad);
  const entry = state.dyads.get(dyad) || { index, history: [] };
  const point = [index.as_of ? dayEpoch(index.as_of) : Date.now() / 1000, levelOf(index)];
  const last = entry.history[entry.history.length - 1];
  if (last && last[0] === point[0]) entry.history[entry.history.length - 1] = point;
  else if (!last || last[0] < point[0]) entry.history.push(point);
  if (entry.history.length > 240) entry.history.shift();
  entry.index = index;
  entry.fetched = false; // the worker's history has a new point: ask again when shown
  state.dyads.set(dyad, entry);
  scheduleDyads();
}

// The worker's own history of a dyad (every day it keeps), from the tension query API.
async function fetchHistory(dyad, entry) {
  entry.fetched = true;
  try {
    const answer = await fetch(`/tension/dyads/${encodeURIComponent(dyad)}/history`);
    if (!answer.ok) return;
    const body = await answer.json();
    const points = (body.points || []).map((p) => [dayEpoch(p.day),
      (p.conflict ? p.conflict.h24 : 0) - (p.cooperation ? p.cooperation.h24 : 0)]);
    if (points.length) {
      entry.history = points;
      scheduleDyads();
    }
  } catch (_) {
    // no query API here (tension stage off): the points seen on the stream stay
  }
}

let dyadsPending = false;
function scheduleDyads() {
  if (dyadsPending) return;
  dyadsPending = true;
  setTimeout(() => {
    dyadsPending = false;
    renderDyads();
  }, 250);
}

const CHART_DAYS = 14;

function chartFor(history, host) {
  const end = history[history.length - 1][0];
  const recent = history.filter((p) => p[0] > end - CHART_DAYS * 86400);
  const data = [recent.map((p) => p[0]), recent.map((p) => p[1])];
  const options = {
    width: 170, height: 40, legend: { show: false }, cursor: { show: false },
    scales: { x: { time: true } }, axes: [{ show: false }, { show: false }],
    series: [{}, { stroke: "#c53030", width: 1.5, fill: "rgba(197,48,48,.12)",
      points: { show: recent.length < 3 } }],
  };
  return new uPlot(options, data, host);
}

function renderDyads() {
  const top = [...state.dyads.entries()].filter(([dyad]) => dyadShown(dyad))
    .sort((a, b) => levelOf(b[1].index) - levelOf(a[1].index)).slice(0, TOP_DYADS);
  const list = $("dyads");
  for (const chart of state.charts.values()) chart.destroy();
  state.charts.clear();
  list.replaceChildren(...top.map(([dyad, entry]) => {
    if (!entry.fetched) fetchHistory(dyad, entry);
    const index = entry.index;
    const host = el("div", { class: "chart",
      title: `tension (conflict − cooperation, 24 h) by day, the last ${CHART_DAYS} days` });
    const conflict = index.conflict ? ` · conflict ${Number(index.conflict.h24).toFixed(1)}` : "";
    const item = el("li", { "data-dyad": dyad },
      el("span", { class: "name" }, dyad,
        index.escalated ? el("span", { class: "badge" }, "escalated") : null),
      host,
      el("span", { class: "level", title: `as of ${index.as_of || "?"}${conflict}` },
        levelOf(index).toFixed(1)));
    if (typeof uPlot !== "undefined" && entry.history.length > 1) {
      state.charts.set(dyad, chartFor(entry.history, host));
    } else {
      host.append(el("span", { class: "empty" }, "one day so far"));
    }
    return item;
  }));
  $("dyads-empty").classList.toggle("hidden", top.length > 0);
}

// ---- alerts, each opening the clusters and sentences that drove it

function clusterSection(cluster) {
  const counts = `${cluster.mentions} mentions · ${cluster.articles} articles · ` +
    `${cluster.sources} sources`;
  const head = el("h3", {}, `${cluster.direction || cluster.dyad} · CAMEO root ` +
    `${cluster.cameo_root} · ${counts}${cluster.deaths ? " · deaths" : ""}`);
  const first = el("p", { class: "sentence" }, cluster.first_sentence || "");
  const url = safeUrl(cluster.first_url || "");
  if (url) {
    first.append(" ", el("a", { class: "source", href: url.href, target: "_blank",
      rel: "noopener" }, `${cluster.first_outlet || url.hostname} ↗`));
  }
  const names = (cluster.source_names || []).join(", ");
  return el("div", { class: "cluster", "data-cluster-id": cluster.cluster_id }, head, first,
    names ? el("p", { class: "outlets" }, `reported by ${names}`) : null);
}

function eventLine(ev) {
  const line = sentenceWithEvidence(ev.sentence || "", ev.evidence || "");
  line.classList.add("driver-event");
  const url = safeUrl(ev.url || "");
  if (url) {
    line.append(" ", el("a", { class: "source", href: url.href, target: "_blank",
      rel: "noopener" }, `${ev.outlet || url.hostname} ↗`));
  }
  return line;
}

async function openDrivers(alert, box) {
  if (box.dataset.loaded) return;
  box.dataset.loaded = "1";
  box.replaceChildren(el("p", { class: "empty" }, "loading…"));
  try {
    const answer = await fetch(`/dashboard/alerts/${encodeURIComponent(alert.alert_id)}`);
    const drivers = answer.ok ? await answer.json() : { clusters: [], events: [] };
    const parts = drivers.clusters.map(clusterSection);
    if (drivers.events.length) {
      parts.push(el("h3", {}, "the reports"), ...drivers.events.map(eventLine));
    }
    box.replaceChildren(...(parts.length ? parts :
      [el("p", { class: "empty" }, "Its clusters are no longer kept here.")]));
  } catch (error) {
    delete box.dataset.loaded;
    box.replaceChildren(el("p", { class: "empty" }, `could not load: ${error}`));
  }
}

function alertItem(alert) {
  const f = (x) => (typeof x === "number" ? x.toFixed(1) : "?");
  const summary = el("summary", {},
    el("span", { class: `sev ${alert.severity || ""}` }, alert.severity || "alert"),
    el("span", { class: "dyad" }, alert.dyad),
    el("span", { class: "levels" }, `${f(alert.level_before)} → ${f(alert.level)}`),
    el("time", {}, String(alert.day || "")),
    alert.status && alert.status !== "raised" ? el("span", { class: "status-tag" }, alert.status) : null,
    alert.deaths ? el("span", { class: "deaths" }, "deaths") : null,
    el("span", { class: "outlets" }, `${(alert.sources || []).length} sources`));
  const box = el("div", { class: "drivers" });
  const details = el("details", {}, summary, box);
  details.addEventListener("toggle", () => { if (details.open) openDrivers(alert, box); });
  return el("li", { "data-alert-id": alert.alert_id,
    class: alert.status === "withdrawn" ? "withdrawn" : "" }, details);
}

function addAlert(alert, fresh) {
  const at = state.alerts.findIndex((a) => a.alert_id === alert.alert_id);
  if (at >= 0) state.alerts.splice(at, 1); // a new status of the same rise
  state.alerts.unshift(alert);
  if (state.alerts.length > 100) state.alerts.pop();
  if (fresh) renderAlerts();
}

function renderAlerts() {
  const shown = state.alerts.filter((a) => dyadShown(a.dyad || ""));
  $("alerts").replaceChildren(...shown.map(alertItem));
  $("alerts-count").textContent = shown.length ? `(${shown.length})` : "";
  $("alerts-empty").classList.toggle("hidden", shown.length > 0);
}

// ---- the stream

function reset(snapshot) {
  state.events = [];
  state.alerts = [];
  state.seen.clear();
  state.dyads.clear();
  for (const ev of snapshot.events) addEvent(ev, false);
  for (const alert of snapshot.alerts) addAlert(alert, false); // oldest first: newest on top
  for (const entry of snapshot.dyads) {
    state.dyads.set(String(entry.index.dyad), { index: entry.index, history: entry.history });
  }
  renderFeed();
  renderAlerts();
  renderDyads();
}

function connect() {
  const source = new EventSource("/dashboard/stream");
  const status = $("status");
  source.onopen = () => { status.textContent = "live"; status.className = "status live"; };
  source.onerror = () => { status.textContent = "reconnecting…"; status.className = "status off"; };
  source.addEventListener("snapshot", (e) => reset(JSON.parse(e.data)));
  source.addEventListener("event", (e) => addEvent(JSON.parse(e.data), true));
  source.addEventListener("alert", (e) => addAlert(JSON.parse(e.data), true));
  source.addEventListener("index", (e) => updateIndex(JSON.parse(e.data)));
  return source;
}

function bindFilters() {
  const form = $("filters");
  const apply = () => {
    state.filters.actor = $("f-actor").value;
    state.filters.type = $("f-type").value;
    renderFeed();
    renderAlerts();
    renderDyads();
  };
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  form.addEventListener("submit", (e) => e.preventDefault());
}

bindFilters();
window.tensionwatch = { state, source: connect() };
