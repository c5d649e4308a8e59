// New-run form, generated from the parameter catalogue; problems shown beside their fields.
'use strict';
header('new.html');
let catalogue = [];
let scenario = null;
let timelineDirty = false;

const SECTION_NAMES = {mechanism: 'Mechanism switches (ablation; ids in docs/ODD.md)'};

function formatValue(spec, v) {
  if (spec.type === 'boolean') return !!v;
  if (spec.type === 'integer') return String(Math.round(v));
  return String(v);
}

function fieldFor(spec) {
  const value = scenario.values[spec.key];
  const input = spec.type === 'boolean'
    ? el('input', {type: 'checkbox', name: spec.key, checked: !!value})
    : el('input', {type: 'text', inputmode: 'decimal', name: spec.key, value: formatValue(spec, value)});
  const row = el('div', {class: 'field', 'data-field': spec.key},
    el('div', {}, el('div', {class: 'key', title: spec.doc}, spec.key), el('div', {class: 'meta'}, spec.doc)),
    el('div', {}, input),
    el('div', {class: 'meta'}, (spec.unit ? spec.unit + ' · ' : '') + 'range ' + spec.range + ' · default ' +
      (spec.type === 'boolean' ? String(spec.default) : spec.default) + ' · source: ' + spec.source),
    el('span', {class: 'problem'}));
  const mark = () => row.classList.toggle('changed', changed(spec, input));
  input.addEventListener('input', mark);
  input.addEventListener('change', mark);
  return row;
}

function changed(spec, input) {
  const v = scenario.values[spec.key];
  if (spec.type === 'boolean') return input.checked !== !!v;
  return input.value.trim() === '' || Number(input.value) !== Number(v);
}

function renderSections() {
  const box = document.getElementById('sections');
  box.replaceChildren();
  const bySection = new Map();
  for (const s of catalogue) {
    if (s.key === 'run.scale' || s.key === 'run.seed') continue;
    if (!bySection.has(s.section)) bySection.set(s.section, []);
    bySection.get(s.section).push(s);
  }
  const order = ['mechanism', ...[...bySection.keys()].filter(k => k !== 'mechanism')];
  for (const section of order) {
    const specs = bySection.get(section);
    if (!specs) continue;
    box.append(el('details', {class: 'section', 'data-section': section, open: section === 'mechanism'},
      el('summary', {}, (SECTION_NAMES[section] || section) + ' (' + specs.length + ')'),
      el('div', {class: 'fields'}, specs.map(fieldFor))));
  }
  document.getElementById('keys').replaceChildren(...catalogue.filter(s => !s.fixedAtStart)
    .map(s => el('option', {value: s.key})));
}

function timelineRow(date, event, key, value) {
  const row = el('div', {class: 'tlrow'},
    el('input', {type: 'text', class: 'tl-date', placeholder: 'YYYY-MM', value: date || ''}),
    el('input', {type: 'text', class: 'tl-event', placeholder: 'event (optional)', value: event || ''}),
    el('input', {type: 'text', class: 'tl-key', list: 'keys', placeholder: 'parameter key', value: key || ''}),
    el('input', {type: 'text', class: 'tl-value', placeholder: 'value', value: value === undefined ? '' : value}),
    el('button', {type: 'button', class: 'danger', title: 'remove', onclick: () => { row.remove(); timelineDirty = true; }}, '×'),
    el('span', {class: 'problem', style: 'grid-column: 1 / -1'}));
  row.addEventListener('input', () => { timelineDirty = true; });
  return row;
}

function renderTimeline() {
  const box = document.getElementById('timeline');
  box.replaceChildren();
  for (const e of scenario.timeline) {
    for (const [k, v] of Object.entries(e.set)) {
      const spec = catalogue.find(s => s.key === k);
      box.append(timelineRow(e.date, e.event, k, spec ? formatValue(spec, v) : v));
    }
  }
  timelineDirty = false;
}

/** Rows grouped into entries: consecutive rows with the same date and event are one entry. */
function timelineEntries() {
  const entries = [];
  for (const row of document.querySelectorAll('#timeline .tlrow')) {
    const date = row.querySelector('.tl-date').value.trim();
    const event = row.querySelector('.tl-event').value.trim();
    const key = row.querySelector('.tl-key').value.trim();
    const value = row.querySelector('.tl-value').value.trim();
    const last = entries[entries.length - 1];
    let entry = last && last.date === date && last.event === event ? last : null;
    if (!entry) {
      entry = {date, event, set: {}, rows: []};
      entries.push(entry);
    }
    if (key) entry.set[key] = value;
    entry.rows.push(row);
  }
  return entries;
}

async function loadScenario(name) {
  scenario = await api('/api/scenarios/' + encodeURIComponent(name));
  document.getElementById('name').value = scenario.name;
  document.getElementById('scale').value = scenario.values['run.scale'];
  document.getElementById('seed').value = String(scenario.values['run.seed']);
  document.getElementById('base-summary').textContent = scenario.description;
  renderSections();
  renderTimeline();
  clearProblems();
}

function clearProblems() {
  document.querySelectorAll('.problem').forEach(p => { p.textContent = ''; });
  document.querySelectorAll('.bad').forEach(p => p.classList.remove('bad'));
  document.getElementById('problems').replaceChildren();
}

function showProblems(problems, entries) {
  const general = [];
  let first = null;
  for (const p of problems) {
    let target = document.querySelector('[data-field="' + CSS.escape(p.field) + '"]');
    const m = /^timeline\[(\d+)\]/.exec(p.field);
    if (!target && m && entries[+m[1] - 1]) {
      const rows = entries[+m[1] - 1].rows;
      const keyPart = p.field.replace(/^timeline\[\d+\]\.set\./, '');
      target = rows.find(r => r.querySelector('.tl-key').value.trim() === keyPart) || rows[0];
    }
    if (!target) { general.push(p.message); continue; }
    target.classList.add('bad');
    const slot = target.querySelector('.problem');
    slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + p.message;
    const details = target.closest('details');
    if (details) details.open = true;
    first = first || target;
  }
  if (general.length) {
    document.getElementById('problems').append(el('div', {class: 'error'}, general.map(g => el('div', {}, g))));
  }
  (first || document.getElementById('problems')).scrollIntoView({block: 'center'});
}

function request() {
  const set = {};
  for (const spec of catalogue) {
    if (spec.key === 'run.scale' || spec.key === 'run.seed') continue;
    const input = document.querySelector('[name="' + CSS.escape(spec.key) + '"]');
    if (input && changed(spec, input)) set[spec.key] = spec.type === 'boolean' ? input.checked : input.value.trim();
  }
  set['run.scale'] = document.getElementById('scale').value.trim();
  set['run.seed'] = document.getElementById('seed').value.trim();
  const body = {scenario: document.getElementById('base').value, name: document.getElementById('name').value.trim(), set};
  const reps = document.getElementById('replicates').value.trim();
  body.replicates = /^\d+$/.test(reps) ? Number(reps) : -1;
  const entries = timelineEntries();
  if (timelineDirty) body.timeline = entries.map(e => ({date: e.date, event: e.event, set: e.set}));
  return {body, entries};
}

async function submit(ev) {
  ev.preventDefault();
  clearProblems();
  const {body, entries} = request();
  let job;
  try {
    job = await api('/api/runs', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  } catch (e) {
    if (e.problems && e.problems.length) showProblems(e.problems, entries);
    else document.getElementById('problems').append(el('div', {class: 'error'}, e.message));
    return;
  }
  follow(job);
}

/** Shows a job's progress live (server-sent events) until it ends; then a preview and a link. */
function follow(job) {
  const box = document.getElementById('job');
  const bar = el('div', {});
  const text = el('span', {id: 'progress-text'});
  const cancel = el('button', {type: 'button', class: 'danger', id: 'cancel'}, 'Cancel');
  const result = el('div', {id: 'job-result'});
  box.replaceChildren(el('div', {class: 'card', id: 'job-card'}, el('b', {}, 'Run ' + (job.duplicate ? '' : '#' + job.id + ' ') + job.scenario),
    ' ', text, ' ', job.duplicate ? null : cancel, el('div', {class: 'progress'}, bar), result));
  const show = v => {
    bar.style.width = (100 * v.progress).toFixed(1) + '%';
    text.replaceChildren(statusBadge(v.state), ' ' + Math.round(100 * v.progress) + '%',
      v.state === 'running' ? ' · replicate ' + v.replicate + '/' + v.replicates + ' · month ' + v.monthsDone + '/' + v.monthsTotal : '',
      v.message ? ' · ' + v.message : '');
  };
  show(job);
  if (job.duplicate && job.state === 'completed') { done(job, result); return; }
  cancel.addEventListener('click', async () => { cancel.disabled = true; await api('/api/jobs/' + job.id + '/cancel', {method: 'POST'}); });
  const source = new EventSource('/api/jobs/' + job.id + '/events');
  source.addEventListener('progress', e => {
    const v = JSON.parse(e.data);
    show(v);
    if (v.state !== 'queued' && v.state !== 'running') {
      source.close();
      cancel.disabled = true;
      if (v.state === 'completed') done(v, result);
    }
  });
}

async function done(v, result) {
  const id = v.runs[0];
  result.append(el('p', {}, v.duplicate ? 'Already stored with the same resolved scenario and seed: ' : 'Stored: ',
    el('a', {href: 'run.html?id=' + id, id: 'open-run'}, 'open run ' + id), ' · ',
    el('a', {href: 'map.html?id=' + id}, 'provinces map')));
  const spec = CHARTS[0];
  const plot = el('div', {class: 'plot', id: 'preview'});
  result.append(el('p', {class: 'unit'}, spec.title + ' (' + spec.unit + ')'), plot);
  const [c, detail] = await Promise.all([chartData(id, spec), api('/api/runs/' + id)]);
  drawChart(plot, c.months, c.lines, {markers: detail.markers, height: 220});
}

async function main() {
  try {
    const [params, scenarios] = await Promise.all([api('/api/parameters'), api('/api/scenarios')]);
    catalogue = params;
    const base = document.getElementById('base');
    for (const s of scenarios) base.append(el('option', {value: s.name, title: s.summary}, s.name));
    base.value = param('scenario') || 'baseline';
    base.addEventListener('change', () => loadScenario(base.value));
    await loadScenario(base.value);
  } catch (e) {
    document.getElementById('problems').append(el('div', {class: 'error'}, e.message));
  }
}

/** Shows only the fields whose key or meaning contains the text, opening their sections. */
function find() {
  const text = document.getElementById('find').value.trim().toLowerCase();
  let n = 0;
  for (const details of document.querySelectorAll('details.section')) {
    let any = false;
    for (const f of details.querySelectorAll('.field')) {
      const hit = !text || f.textContent.toLowerCase().includes(text);
      f.style.display = hit ? '' : 'none';
      any = any || hit;
      if (hit && text) n++;
    }
    details.style.display = any ? '' : 'none';
    details.open = text ? any : details.dataset.section === 'mechanism';
  }
  document.getElementById('found').textContent = text ? n + ' parameters' : '';
}

document.getElementById('find').addEventListener('input', find);
document.getElementById('form').addEventListener('submit', submit);
document.getElementById('reset').addEventListener('click', () => loadScenario(document.getElementById('base').value));
document.getElementById('add-change').addEventListener('click', () => {
  document.getElementById('timeline').append(timelineRow('', '', '', ''));
  timelineDirty = true;
});
main();
