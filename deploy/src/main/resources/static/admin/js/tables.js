// Table rows built from text (textContent only: nothing from the API is read as HTML).
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
