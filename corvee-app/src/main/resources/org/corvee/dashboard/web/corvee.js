// Corvée dashboard: shared helpers (API calls, navigation, charts with bands and policy markers).
'use strict';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** Fetches JSON from the API; a non-2xx answer throws an Error carrying the server's message. */
async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const err = new Error(body && body.error ? body.error : 'HTTP ' + res.status);
    err.status = res.status;
    err.problems = body && body.problems ? body.problems : [];
    throw err;
  }
  return body;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function header(active) {
  const pages = [['index.html', 'Runs'], ['new.html', 'New run'], ['compare.html', 'Compare'], ['map.html', 'Provinces']];
  const nav = el('nav', {}, pages.map(([href, label]) =>
    el('a', {href: href, class: href === active ? 'active' : null}, label)));
  document.body.prepend(el('header', {}, el('span', {class: 'brand'}, 'Corvée'), nav));
}

function fmt(v, digits) {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (digits !== undefined) return v.toFixed(digits);
  if (a !== 0 && a < 0.01) return v.toExponential(2);
  if (a < 10) return v.toFixed(3);
  if (a < 1000) return v.toFixed(1);
  return Math.round(v).toLocaleString('en');
}

/** Compact axis labels: 1.2M, 350k, 0.42. */
function fmtAxis(v) {
  const a = Math.abs(v);
  if (a >= 1e9) return +(v / 1e9).toFixed(2) + 'G';
  if (a >= 1e6) return +(v / 1e6).toFixed(2) + 'M';
  if (a >= 1e4) return +(v / 1e3).toFixed(1) + 'k';
  return +v.toFixed(4) + '';
}

function pct(v) { return v === null || v === undefined ? '—' : (100 * v).toFixed(1) + '%'; }

function param(name) { return new URLSearchParams(location.search).get(name); }

/** Seconds since 1970 of the first day of "YYYY-MM" (uPlot's time axis). */
function monthTime(m) {
  return Date.UTC(+m.substring(0, 4), +m.substring(5, 7) - 1, 1) / 1000;
}

function statusBadge(s) { return el('span', {class: 'status ' + s}, s); }

/**
 * The report's charts: each is one or more API selections (parts) drawn on one chart. Selections
 * with "by" give one line per dimension value. "compare: false" charts are left out of the compare page.
 */
const CHARTS = [
  {section: 'key', title: 'Workers abroad', unit: 'persons at month end, all destinations',
    parts: [{q: {metric: 'workers_abroad'}}]},
  {section: 'key', title: 'Applicants', unit: 'persons applying per month, 12-month trailing mean (OD3)',
    parts: [{q: {metric: 'applicants', window: 12}}]},
  {section: 'key', title: 'Persons informed about work abroad', unit: 'persons who ever heard or lived an account (OD8)',
    parts: [{q: {metric: 'informed'}}]},
  {section: 'key', title: 'State revenue from workers abroad', unit: 'USD per month, 12-month trailing mean (pay_state, OD4)',
    parts: [{q: {metric: 'pay_state', window: 12}}]},
  {section: 'key', title: 'Bribes paid', unit: 'USD per month, 12-month trailing mean (OD3)',
    parts: [{q: {metric: 'bribes_paid', window: 12}}]},
  {section: 'key', title: 'Workers abroad by destination', unit: 'persons at month end', compare: false,
    parts: [{q: {metric: 'workers_abroad', by: 'destination'}}]},
  {section: 'key', title: 'Departures and returns', unit: 'persons per month, 12-month trailing mean', compare: false,
    parts: [{label: 'departures', q: {metric: 'departures', window: 12}}, {label: 'returns', q: {metric: 'returnees', window: 12}}]},
  {section: 'key', title: 'Belief about net monthly pay abroad', unit: 'USD per month, mean over adults (X3)',
    parts: [{q: {metric: 'belief_sum', over: 'adults_counted'}}]},
  {section: 'capital', title: "Capital's share of workers abroad, by destination", compare: false,
    unit: 'workers from Pyongyang / all workers at that destination (T1: about 0.40 in Russia, c. 2016-17)',
    parts: [{q: {metric: 'workers_abroad', by: 'destination', where: 'province=pyongyang', over: 'workers_abroad'}}]},
  {section: 'money', title: "Money flow of workers' gross pay", compare: false,
    unit: 'USD per month, 12-month trailing mean (OD4); the four parts add up to the gross pay',
    parts: [{label: 'state quota and levies', q: {metric: 'pay_state', window: 12}},
      {label: 'company and minders', q: {metric: 'pay_minders', window: 12}},
      {label: 'living costs', q: {metric: 'pay_living_costs', window: 12}},
      {label: 'kept by the worker', q: {metric: 'pay_worker', window: 12}}]},
  {section: 'postings', title: 'Hardship postings: headcount', unit: 'persons at posted sites at month end',
    parts: [{q: {metric: 'posting_headcount'}}]},
  {section: 'postings', title: 'Hardship postings: housing units occupied', unit: 'units at month end',
    parts: [{q: {metric: 'housing_units_occupied'}}]},
];

function query(q) {
  return Object.entries(q).map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
}

/** Fetches a chart's lines for run (batch) id: [{label, mean, low, high}], and the months. */
async function chartData(id, spec) {
  let months = null;
  const lines = [];
  for (const part of spec.parts) {
    const d = await api('/api/runs/' + id + '/series?' + query(part.q));
    months = d.months;
    for (const s of d.series) {
      lines.push({label: part.label || (s.label === 'total' ? spec.title : s.label), mean: s.mean, low: s.low,
        high: s.high, replicates: d.replicates});
    }
  }
  return {months, lines};
}

/** uPlot plugin: dashed vertical lines at dated events, labelled along the line. */
function markerPlugin(markers) {
  return {hooks: {draw: [u => {
    const ctx = u.ctx;
    const r = devicePixelRatio || 1;
    ctx.save();
    ctx.font = (10 * r) + 'px sans-serif';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    let lastX = -1e9;
    let shift = 0;
    const sorted = [...markers].sort((a, b) => a.month < b.month ? -1 : 1);
    for (const m of sorted) {
      const x = Math.round(u.valToPos(monthTime(m.month), 'x', true));
      if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
      // labels of events a few months apart would overprint: move each such label one line right
      shift = x - lastX < 12 * r ? shift + 11 * r : 0;
      lastX = x;
      ctx.strokeStyle = m.timeline ? '#CC79A7' : '#6b7280';
      ctx.lineWidth = r;
      ctx.setLineDash([4 * r, 3 * r]);
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
      ctx.save();
      ctx.translate(x + 3 * r + shift, u.bbox.top + 4 * r);
      ctx.rotate(Math.PI / 2);
      ctx.fillStyle = m.timeline ? '#9c3f78' : '#4b5563';
      ctx.fillText(m.label, 0, 0);
      ctx.restore();
    }
    ctx.restore();
  }]}};
}

/**
 * Draws lines (each mean with its 90% band over replicates, when there is more than one) on a
 * time axis with hover values (legend), drag-to-zoom (double-click resets) and event markers.
 */
function drawChart(target, months, lines, opts) {
  opts = opts || {};
  const xs = months.map(monthTime);
  const data = [xs];
  const series = [{}];
  const bands = [];
  const hidden = [];
  lines.forEach((l, i) => {
    const colour = l.colour || PALETTE[i % PALETTE.length];
    const banded = l.low && l.high && l.replicates > 1;
    data.push(l.mean);
    // hover shows the mean and, with replicates, its 90% band; the band's own series stay out of the legend
    series.push({label: l.label, stroke: colour, width: 1.6, dash: l.dash, spanGaps: false,
      value: (u, v, si, idx) => fmt(v) + (banded && idx !== null && idx !== undefined && v !== null
        ? ' [' + fmt(l.low[idx]) + ' – ' + fmt(l.high[idx]) + ']' : '')});
    if (banded) {
      hidden.push(data.length, data.length + 1);
      const meanIdx = data.length - 1;
      data.push(l.high);
      series.push({label: l.label + ' 95th pct', stroke: colour + '55', width: 0.5, value: (u, v) => fmt(v)});
      data.push(l.low);
      series.push({label: l.label + ' 5th pct', stroke: colour + '55', width: 0.5, value: (u, v) => fmt(v)});
      bands.push({series: [meanIdx + 1, meanIdx + 2], fill: colour + '2e'});
    }
  });
  const width = Math.max(320, (opts.width || target.clientWidth || 560) - 4);
  const u = new uPlot({
    width: width, height: opts.height || 260,
    series: series, bands: bands,
    scales: {x: {time: true}},
    axes: [{}, {size: 56, values: (u, vals) => vals.map(fmtAxis)}],
    cursor: {drag: {x: true, y: false}},
    legend: {live: true},
    plugins: [markerPlugin(opts.markers || [])],
  }, data, target);
  const rows = u.root.querySelectorAll('.u-legend .u-series');
  hidden.forEach(i => { if (rows[i]) rows[i].style.display = 'none'; });
  return u;
}

function chartCard(spec) {
  const card = el('div', {class: 'card chart'}, el('h3', {}, spec.title), el('p', {class: 'unit'}, spec.unit));
  const plot = el('div', {class: 'plot'});
  card.append(plot);
  return {card, plot};
}

function markerLegend(markers) {
  return el('p', {class: 'markers'}, 'Dated events: ',
    markers.map(m => el('span', {}, el('i', {class: m.timeline ? 'tl' : ''}), m.month + ' ' + m.label)),
    ' · drag across a chart to zoom, double-click to reset; hover for values.');
}
