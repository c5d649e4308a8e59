// Runs page: stored runs grouped by batch, filterable; active jobs from this server on top.
'use strict';
header('index.html');
let batches = [];
const ticked = new Set();

function group(runs) {
  const byBatch = new Map();
  for (const r of runs) {
    if (!byBatch.has(r.batch)) byBatch.set(r.batch, []);
    byBatch.get(r.batch).push(r);
  }
  return [...byBatch.values()].map(rs => {
    rs.sort((a, b) => a.replicate - b.replicate);
    const statuses = new Set(rs.map(r => r.status));
    const status = statuses.size === 1 ? rs[0].status
      : statuses.has('running') ? 'running' : statuses.has('completed') ? 'completed' : rs[0].status;
    return {batch: rs[0].batch, runs: rs, first: rs[0], status};
  }).sort((a, b) => b.batch - a.batch);
}

function render() {
  const text = document.getElementById('filter-scenario').value.trim().toLowerCase();
  const status = document.getElementById('filter-status').value;
  const body = document.querySelector('#runs tbody');
  body.replaceChildren();
  let shown = 0;
  for (const b of batches) {
    if (text && !b.first.scenario.toLowerCase().includes(text)) continue;
    if (status && b.status !== status) continue;
    shown++;
    const ids = b.runs.map(r => r.id);
    const box = el('input', {type: 'checkbox', 'data-run': b.first.id, checked: ticked.has(b.first.id),
      onchange: e => { e.target.checked ? ticked.add(b.first.id) : ticked.delete(b.first.id); updateCompare(); }});
    const wall = b.runs.map(r => r.wallSeconds).filter(w => w !== null);
    body.append(el('tr', {'data-batch': b.batch},
      el('td', {}, box), el('td', {}, b.batch),
      el('td', {}, ids.length === 1 ? ids[0] : ids[0] + '–' + ids[ids.length - 1] + ' (' + ids.length + ')'),
      el('td', {}, b.first.scenario), el('td', {}, statusBadge(b.status),
        b.first.message ? el('div', {class: 'sub'}, b.first.message) : null),
      el('td', {}, b.first.scale), el('td', {}, b.first.seed), el('td', {}, b.first.started.replace('T', ' ').substring(0, 16)),
      el('td', {class: 'num'}, wall.length ? (wall.reduce((x, y) => x + y, 0) / wall.length).toFixed(2) : '—'),
      el('td', {}, el('code', {}, b.first.hash)),
      el('td', {}, b.status === 'completed' ? [el('a', {href: 'run.html?id=' + b.first.id}, 'open'), ' · ',
        el('a', {href: 'map.html?id=' + b.first.id}, 'map')] : '')));
  }
  document.getElementById('count').textContent = shown + ' of ' + batches.length + ' batches';
}

function updateCompare() {
  const btn = document.getElementById('compare');
  btn.disabled = ticked.size !== 2;
  btn.textContent = 'Compare ticked (' + ticked.size + '/2)';
}

async function loadJobs() {
  const jobs = await api('/api/jobs');
  const box = document.getElementById('jobs');
  box.replaceChildren();
  const active = jobs.filter(j => j.state === 'running' || j.state === 'queued');
  if (active.length) {
    box.append(el('div', {class: 'note'}, 'Started from this dashboard: ',
      active.map(j => el('span', {}, '#' + j.id + ' ' + j.scenario + ' ', statusBadge(j.state), ' ' + pct(j.progress) + '  '))));
  }
}

async function load() {
  try {
    batches = group(await api('/api/runs'));
    render();
    await loadJobs();
  } catch (e) {
    document.querySelector('main').append(el('div', {class: 'error'}, e.message));
  }
}

document.getElementById('filter-scenario').addEventListener('input', render);
document.getElementById('filter-status').addEventListener('change', render);
document.getElementById('compare').addEventListener('click', () => {
  const [a, b] = [...ticked];
  location.href = 'compare.html?a=' + a + '&b=' + b;
});
updateCompare();
load();
setInterval(load, 5000);
