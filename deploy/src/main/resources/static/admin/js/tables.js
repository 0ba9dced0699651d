// Builds the data tables of the console's pages: a caption, column headers, and rows whose cells
// are text or elements (buttons). Text goes in as text, never as HTML.

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  node.append(...children);
  return node;
}

export function button(label, onClick, accessibleName) {
  const node = element('button', { type: 'button', class: 'secondary' }, label);
  if (accessibleName) node.setAttribute('aria-label', accessibleName);
  node.addEventListener('click', onClick);
  return node;
}

export function table(caption, headers, rows) {
  const head = element('tr', {}, ...headers.map((h) => element('th', { scope: 'col' }, h)));
  const body = rows.map((cells) => element('tr', {}, ...cells.map((c) => element('td', {}, c ?? ''))));
  return element(
    'table',
    { class: 'data' },
    element('caption', {}, caption),
    element('thead', {}, head),
    element('tbody', {}, ...body),
  );
}

// Single rows built from text (textContent only: nothing from the API is read as HTML).
export function cell(text, tag = 'td') {
  const td = document.createElement(tag);
  td.textContent = text ?? '';
  return td;
}

/** A row of text cells, and a last cell holding `control` when given. */
export function row(texts, control) {
  const tr = document.createElement('tr');
  tr.append(...texts.map((t) => cell(t)));
  if (control) {
    const td = document.createElement('td');
    td.append(control);
    tr.append(td);
  }
  return tr;
}
