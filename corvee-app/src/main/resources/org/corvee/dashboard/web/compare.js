// Compare page: two batches overlaid, their difference, the parameters that differ and key outputs.
'use strict';
header('compare.html');
const SPECS = CHARTS.filter(c => c.compare !== false && c.parts.length === 1);

async function draw() {
  const a = document.getElementById('a').value;
  const b = document.getElementById('b').value;
  const spec = SPECS[+document.getElementById('metric').value];
  const body = document.getElementById('body');
  body.replaceChildren();
  if (!a || !b) { body.append(el('div', {class: 'note'}, 'Choose two completed runs.')); return; }
  history.replaceState(null, '', 'compare.html?a=' + a + '&b=' + b);
  try {
    const q = query(spec.parts[0].q);
    const [d, s, da] = await Promise.all([api('/api/compare/series?a=' + a + '&b=' + b + '&' + q),
      api('/api/compare?a=' + a + '&b=' + b), api('/api/runs/' + a)]);
    const over = el('div', {class: 'plot', id: 'overlay'});
    const diff = el('div', {class: 'plot', id: 'difference'});
    body.append(el('div', {class: 'grid'},
      el('div', {class: 'card chart'}, el('h3', {}, spec.title + ': A and B'), el('p', {class: 'unit'}, spec.unit), over),
      el('div', {class: 'card chart'}, el('h3', {}, spec.title + ': B − A'), el('p', {class: 'unit'}, spec.unit), diff)));
    const reps = x => (x.low && x.high && x.low.some((v, i) => v !== x.high[i])) ? 2 : 1;
    drawChart(over, d.months, [
      {label: 'A: ' + d.a.label, mean: d.a.mean, low: d.a.low, high: d.a.high, replicates: reps(d.a), colour: PALETTE[0]},
      {label: 'B: ' + d.b.label, mean: d.b.mean, low: d.b.low, high: d.b.high, replicates: reps(d.b), colour: PALETTE[1]}],
      {markers: da.markers});
    drawChart(diff, d.months, [{label: 'B − A', mean: d.difference, replicates: 1, colour: PALETTE[2]}], {markers: da.markers});
    body.append(el('h2', {}, 'Parameters that differ'), s.parameters.length === 0
      ? el('p', {class: 'note'}, 'None: the two resolved scenarios set the same values.')
      : el('table', {id: 'differing'}, el('thead', {}, el('tr', {}, el('th', {}, 'Key'), el('th', {}, 'A'), el('th', {}, 'B'),
        el('th', {}, 'Unit'))), el('tbody', {}, s.parameters.map(p => el('tr', {}, el('td', {}, el('code', {}, p.key)),
        el('td', {class: 'num'}, p.a), el('td', {class: 'num'}, p.b), el('td', {}, p.unit))))));
    if (s.timelineA && JSON.stringify(s.timelineA) !== JSON.stringify(s.timelineB)) {
      body.append(el('p', {}, 'Timelines differ. A: ', s.timelineA.join('; ') || 'none', ' · B: ', s.timelineB.join('; ') || 'none'));
    }
    body.append(el('h2', {}, 'Key outputs'), el('table', {}, el('thead', {}, el('tr', {},
      ['Output', 'A', 'B', 'B − A', 'relative', '90% bands overlap'].map(h => el('th', {}, h)))),
      el('tbody', {}, s.outputs.map(o => el('tr', {}, el('td', {}, o.name), el('td', {class: 'num'}, fmt(o.a)),
        el('td', {class: 'num'}, fmt(o.b)), el('td', {class: 'num'}, fmt(o.difference)), el('td', {class: 'num'}, pct(o.relative)),
        el('td', {}, o.bandsOverlap || '—'))))));
  } catch (e) {
    body.append(el('div', {class: 'error'}, e.message));
  }
}

async function main() {
  const runs = await api('/api/runs');
  const firsts = new Map();
  for (const r of runs) {
    if (r.status !== 'completed') continue;
    const seen = firsts.get(r.batch);
    if (!seen || r.replicate < seen.replicate) firsts.set(r.batch, r);
  }
  const options = [...firsts.values()].sort((x, y) => y.id - x.id);
  for (const id of ['a', 'b']) {
    const sel = document.getElementById(id);
    sel.append(el('option', {value: ''}, '—'));
    for (const r of options) {
      const n = runs.filter(x => x.batch === r.batch && x.status === 'completed').length;
      sel.append(el('option', {value: r.id}, '#' + r.id + ' ' + r.scenario + (n > 1 ? ' (' + n + ' replicates)' : '') +
        ' · seed ' + r.seed + ' · scale ' + r.scale));
    }
    sel.addEventListener('change', draw);
  }
  const metric = document.getElementById('metric');
  SPECS.forEach((s, i) => metric.append(el('option', {value: i}, s.title)));
  metric.addEventListener('change', draw);
  document.getElementById('a').value = param('a') || (options[1] ? options[1].id : '');
  document.getElementById('b').value = param('b') || (options[0] ? options[0].id : '');
  draw();
}

main().catch(e => document.getElementById('body').append(el('div', {class: 'error'}, e.message)));
