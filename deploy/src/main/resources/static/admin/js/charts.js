// Small SVG charts over months: one line or one set of bars per group. Values are shares (0..1)
// or null (nothing to divide by: a gap). Suppressed groups are listed with no figure.
const SVG = 'http://www.w3.org/2000/svg';
// Okabe-Ito colours, each at least 3:1 against white.
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#000000', '#6a3d9a'];
const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 48, right: 16, top: 12, bottom: 36 };

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function percent(value) {
  return `${Math.round(value * 1000) / 10}%`;
}

function frame(months, description) {
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': description });
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  for (let i = 0; i <= 4; i++) {
    const y = PAD.top + plotHeight - (plotHeight * i) / 4;
    svg.append(el('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, stroke: '#d9d9d9' }));
    svg.append(el('text', { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end' }, `${i * 25}%`));
  }
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(months.length, 1);
  months.forEach((month, i) => {
    svg.append(el('text', { x: PAD.left + step * (i + 0.5), y: HEIGHT - 12, 'text-anchor': 'middle' }, month));
  });
  const y = (value) => PAD.top + plotHeight - plotHeight * value;
  const x = (i) => PAD.left + step * (i + 0.5);
  return { svg, step, x, y };
}

function legend(series, suppressed, k) {
  const list = document.createElement('ul');
  list.className = 'legend';
  series.forEach((s, i) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = COLOURS[i % COLOURS.length];
    item.append(swatch, `${s.name} (${s.people} people)`);
    list.append(item);
  });
  suppressed.forEach((s) => {
    const item = document.createElement('li');
    item.className = 'suppressed';
    item.dataset.suppressed = s.name;
    item.textContent =
      s.people < k
        ? `${s.name}: fewer than ${k} people, no figures shown`
        : `${s.name}: hidden with a group of fewer than ${k} people, no figures shown`;
    list.append(item);
  });
  return list;
}

function table(title, months, series) {
  const t = document.createElement('table');
  t.className = 'visually-hidden';
  const caption = document.createElement('caption');
  caption.textContent = title;
  t.append(caption);
  const head = t.insertRow();
  ['Group', ...months].forEach((text) => {
    const th = document.createElement('th');
    th.textContent = text;
    head.append(th);
  });
  series.forEach((s) => {
    const row = t.insertRow();
    row.insertCell().textContent = s.name;
    s.values.forEach((v) => {
      row.insertCell().textContent = v === null ? 'none' : percent(v);
    });
  });
  return t;
}

function figure(title, months, series, suppressed, k, draw) {
  const section = document.createElement('section');
  section.className = 'chart';
  const heading = document.createElement('h3');
  heading.textContent = title;
  const description = `${title}, by month from ${months[0]} to ${months[months.length - 1]}`;
  const { svg, step, x, y } = frame(months, description);
  series.forEach((s, i) => draw(svg, s, COLOURS[i % COLOURS.length], { i, n: series.length, step, x, y }));
  section.append(heading, svg, legend(series, suppressed, k), table(title, months, series));
  return section;
}

export function lineChart(title, months, series, suppressed, k) {
  return figure(title, months, series, suppressed, k, (svg, s, colour, { x, y }) => {
    let path = '';
    s.values.forEach((v, i) => {
      if (v === null) return;
      const previous = i > 0 && s.values[i - 1] !== null;
      path += `${previous ? 'L' : 'M'}${x(i)},${y(v)} `;
    });
    const group = el('g', { 'data-group': s.name });
    if (path) group.append(el('path', { d: path.trim(), fill: 'none', stroke: colour, 'stroke-width': 2.5 }));
    s.values.forEach((v, i) => {
      if (v === null) return;
      const dot = el('circle', { cx: x(i), cy: y(v), r: 4, fill: colour });
      dot.append(el('title', {}, `${s.name}, ${months[i]}: ${percent(v)}`));
      group.append(dot);
    });
    svg.append(group);
  });
}

export function barChart(title, months, series, suppressed, k) {
  return figure(title, months, series, suppressed, k, (svg, s, colour, { i: index, n, step, x, y }) => {
    const group = el('g', { 'data-group': s.name });
    const width = (step * 0.8) / n;
    s.values.forEach((v, i) => {
      if (v === null) return;
      const left = x(i) - step * 0.4 + width * index;
      const bar = el('rect', { x: left, y: y(v), width: Math.max(width - 2, 1), height: y(0) - y(v), fill: colour });
      bar.append(el('title', {}, `${s.name}, ${months[i]}: ${percent(v)}`));
      group.append(bar);
    });
    svg.append(group);
  });
}
