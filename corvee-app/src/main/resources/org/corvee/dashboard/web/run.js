// Run page: the report's sections as interactive charts over the run's batch, validation table, scenario.
'use strict';
header('');
const SECTIONS = [['key', 'Key series'], ['capital', "The capital's share by destination"],
  ['money', 'Money flow'], ['postings', 'Domestic postings']];

async function main() {
  const id = param('id');
  const body = document.getElementById('body');
  let d;
  try {
    d = await api('/api/runs/' + encodeURIComponent(id || ''));
  } catch (e) {
    body.append(el('div', {class: 'error'}, e.message));
    return;
  }
  const r = d.run;
  document.title = 'Corvée · run ' + r.id;
  document.getElementById('title').textContent = (d.label || r.scenario + ' #' + r.id);
  document.getElementById('subtitle').append('Run ', r.id, ' · batch ', r.batch, ' · seed ', r.seed, ' · scale ', r.scale,
    ' · ', statusBadge(r.status), ' · scenario hash ', el('code', {}, r.hash), ' · ',
    el('a', {href: 'map.html?id=' + r.id}, 'provinces map'), ' · ', el('a', {href: 'compare.html?a=' + r.id}, 'compare…'));
  if (!d.results) {
    body.append(el('div', {class: 'note'}, d.note));
    body.append(el('h2', {}, 'Resolved scenario'), el('pre', {}, d.scenarioYaml));
    return;
  }
  body.append(el('p', {class: 'sub'}, d.batchRuns.length > 1
    ? 'Lines are the mean over ' + d.batchRuns.length + ' replicates (runs ' + d.batchRuns.join(', ') + '); shaded bands are the 90% band (5th–95th percentile).'
    : 'A single run has no band: start it with more replicates for bands.'));
  body.append(markerLegend(d.markers));
  for (const [section, heading] of SECTIONS) {
    const specs = CHARTS.filter(c => c.section === section);
    const grid = el('div', {class: 'grid', id: 'section-' + section});
    body.append(el('h2', {}, heading), grid);
    for (const spec of specs) {
      const missing = spec.parts.map(p => p.q.metric).concat(spec.parts.map(p => p.q.over).filter(x => x))
        .filter(m => !(m in d.metrics));
      if (missing.length) {
        grid.append(el('div', {class: 'card chart'}, el('h3', {}, spec.title),
          el('p', {class: 'note'}, 'Not in this run: no ' + missing.join(', ') + ' series.')));
        continue;
      }
      const {card, plot} = chartCard(spec);
      grid.append(card);
      try {
        const c = await chartData(r.id, spec);
        drawChart(plot, c.months, c.lines, {markers: d.markers});
      } catch (e) {
        plot.append(el('div', {class: 'error'}, e.message));
      }
    }
  }
  body.append(el('h2', {}, 'Validation against the facts (T1–T15)'), validation(d.validation));
  body.append(el('h2', {}, 'Resolved scenario'), el('p', {class: 'sub'},
    'Replicate 0; replicates differ only in run.seed. This text run with `corvee run FILE` reproduces the run.'),
    el('pre', {id: 'scenario'}, d.scenarioYaml));
}

function validation(v) {
  const rows = v.rows.map(t => {
    const cls = !t.available || t.simulated === null ? 'missing' : t.within ? 'ok' : 'off';
    const sim = !t.available ? 'not available: ' + t.missing
      : t.simulated === null ? 'undefined in this run (0/0)'
      : fmt(t.simulated) + (t.low !== null && t.low !== t.high ? ' (90%: ' + fmt(t.low) + ' – ' + fmt(t.high) + ')' : '');
    return el('tr', {class: cls}, el('td', {}, t.id), el('td', {}, t.quantity), el('td', {}, t.period),
      el('td', {class: 'num'}, t.observed), el('td', {class: 'num'}, sim),
      el('td', {class: 'num grade'}, pct(t.relativeError)), el('td', {class: 'num'}, pct(t.tolerance)),
      el('td', {}, el('small', {}, t.source)));
  });
  return el('div', {class: 'card'},
    el('p', {}, 'ARD (averaged relative difference over the targets with a simulated value): ', el('b', {}, pct(v.ard)),
      '. Green: within tolerance; red: outside; grey: the model does not compute it (left out of the ARD).'),
    el('table', {id: 'validation'}, el('thead', {}, el('tr', {}, ['ID', 'Quantity', 'Period', 'Observed', 'Simulated',
      'Rel. error', 'Tolerance', 'Source'].map(h => el('th', {}, h)))), el('tbody', {}, rows)));
}

main();
