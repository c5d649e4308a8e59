// Provinces page: circles at the province seats, coloured by a per-province output over a month slider.
'use strict';
header('map.html');
const SVG = 'http://www.w3.org/2000/svg';
let seats = null;
let data = null;
const firstMonth = param('month');

/** Viridis-like sequential colour for t in [0, 1] (colour-blind safe, light = high). */
function colour(t) {
  const stops = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];
  if (t === null || Number.isNaN(t)) return '#d0d4da';
  const x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const c = stops[i].map((v, k) => Math.round(v + f * (stops[i + 1][k] - v)));
  return 'rgb(' + c.join(',') + ')';
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Moves overlapping circles apart (the capital, Pyongsong, Sariwon and Haeju are less than a degree
 * apart); each keeps a line to its true seat, drawn as a dot.
 */
function spread(nodes) {
  for (let it = 0; it < 300; it++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy) || 0.01;
        const need = a.r + b.r + 18;
        if (d < need) {
          const push = (need - d) / 2;
          a.x -= dx / d * push; a.y -= dy / d * push;
          b.x += dx / d * push; b.y += dy / d * push;
          moved = true;
        }
      }
    }
    for (const n of nodes) {
      n.x = Math.max(n.r + 6, Math.min(614 - n.r, n.x));
      n.y = Math.max(n.r + 20, Math.min(554 - n.r, n.y));
    }
    if (!moved) break;
  }
}

function range() {
  let lo = Infinity;
  let hi = -Infinity;
  for (const vs of Object.values(data.values)) {
    for (const v of vs) { if (v !== null) { lo = Math.min(lo, v); hi = Math.max(hi, v); } }
  }
  return lo === Infinity ? [0, 1] : [lo, hi];
}

function render() {
  const m = +document.getElementById('month').value;
  document.getElementById('month-label').textContent = data.months[m];
  const map = document.getElementById('map');
  map.replaceChildren();
  const lons = seats.provinces.map(p => p.lon);
  const lats = seats.provinces.map(p => p.lat);
  const [x0, x1, y0, y1] = [Math.min(...lons) - 0.6, Math.max(...lons) + 0.6, Math.min(...lats) - 0.5, Math.max(...lats) + 0.5];
  // equirectangular with the longitude shrunk by cos(latitude), so distances look right at 40°N
  const kx = Math.cos(40 * Math.PI / 180);
  const scale = Math.min(600 / ((x1 - x0) * kx), 540 / (y1 - y0));
  const px = lon => 10 + (lon - x0) * kx * scale;
  const py = lat => 10 + (y1 - lat) * scale;
  const [lo, hi] = range();
  const maxPop = Math.max(...seats.provinces.map(p => p.census2008));
  const nodes = seats.provinces.map(p => ({p, sx: px(p.lon), sy: py(p.lat), x: px(p.lon), y: py(p.lat),
    r: 15 + 13 * Math.sqrt(p.census2008 / maxPop)}));
  spread(nodes);
  const rows = [];
  for (const n of nodes) {
    const p = n.p;
    const v = data.values[p.id][m];
    const t = v === null ? null : (hi > lo ? (v - lo) / (hi - lo) : 0.5);
    if (Math.hypot(n.x - n.sx, n.y - n.sy) > 2) {
      map.append(svg('line', {x1: n.sx, y1: n.sy, x2: n.x, y2: n.y, stroke: '#6b7280', 'stroke-width': 1}));
    }
    map.append(svg('circle', {cx: n.sx, cy: n.sy, r: 2.5, fill: '#1d2330'}));
    map.append(svg('circle', {cx: n.x, cy: n.y, r: n.r, fill: colour(t), stroke: '#1d2330', 'stroke-width': 1,
      'data-province': p.id, 'data-value': v === null ? '' : v}, undefined));
    map.lastChild.append(svg('title', {}, p.label + ': ' + fmt(v)));
    map.append(svg('text', {x: n.x, y: n.y - n.r - 4, 'text-anchor': 'middle'}, p.label));
    map.append(svg('text', {x: n.x, y: n.y + 4, 'text-anchor': 'middle', 'font-weight': 'bold'}, fmt(v)));
    rows.push(el('tr', {}, el('td', {}, p.label), el('td', {class: 'num'}, fmt(v))));
  }
  document.querySelector('#values tbody').replaceChildren(...rows);
  const stops = [0, 0.25, 0.5, 0.75, 1].map(t => colour(t) + ' ' + (100 * t) + '%').join(',');
  document.getElementById('legend').replaceChildren(el('b', {}, data.label), el('div', {class: 'sub'}, data.unit),
    el('div', {class: 'legend-bar', style: 'background:linear-gradient(to right,' + stops + ')'}),
    el('div', {class: 'sub'}, fmt(lo) + ' … ' + fmt(hi) + (data.replicates > 1 ? ' · mean of ' + data.replicates + ' replicates' : '')));
}

async function load() {
  const id = document.getElementById('run').value;
  const measure = document.getElementById('measure').value;
  if (!id) return;
  history.replaceState(null, '', 'map.html?id=' + id + '&measure=' + measure);
  try {
    data = await api('/api/runs/' + id + '/provinces?measure=' + measure);
    const slider = document.getElementById('month');
    const keep = slider.value;
    slider.max = data.months.length - 1;
    const wanted = firstMonth && keep === '0' ? data.months.indexOf(firstMonth) : -1;
    slider.value = wanted >= 0 ? wanted : Math.min(+keep || data.months.indexOf('2018-12'), data.months.length - 1);
    if (+slider.value < 0) slider.value = 0;
    document.getElementById('error').replaceChildren();
    render();
  } catch (e) {
    document.getElementById('error').replaceChildren(el('div', {class: 'error'}, e.message));
  }
}

async function main() {
  seats = await api('/api/provinces');
  const measure = document.getElementById('measure');
  for (const m of seats.measures) measure.append(el('option', {value: m.id}, m.label));
  measure.value = param('measure') || 'workers_abroad';
  const runs = (await api('/api/runs')).filter(r => r.status === 'completed' && r.replicate === 0);
  const sel = document.getElementById('run');
  for (const r of runs) sel.append(el('option', {value: r.id}, '#' + r.id + ' ' + r.scenario + ' · scale ' + r.scale));
  if (param('id')) sel.value = param('id');
  sel.addEventListener('change', load);
  measure.addEventListener('change', load);
  document.getElementById('month').addEventListener('input', render);
  if (!runs.length) document.getElementById('error').append(el('div', {class: 'note'}, 'No completed run yet.'));
  await load();
}

main().catch(e => document.getElementById('error').append(el('div', {class: 'error'}, e.message)));
