// The question bank page: the org's questions by theme (built-in and its own), add, edit, retire.
import { getJson, sendJson } from './session.js';
import { whenShown } from './shown.js';
import { button, element, table } from './tables.js';

const THEMES = [
  ['ASPIRATIONS', 'Aspirations'],
  ['SKILLS', 'Skills'],
  ['LEARNING', 'Learning'],
  ['FEEDBACK', 'Feedback'],
  ['NETWORKS', 'Networks'],
  ['LATTICE', 'Career lattice'],
];

function fillThemes(select) {
  THEMES.forEach(([key, label]) => select.append(element('option', { value: key.toLowerCase() }, label)));
}

export const questionsPage = {
  id: 'questions',
  start(section) {
    const filter = section.querySelector('#questions-filter');
    const addForm = section.querySelector('#question-add-form');
    const editForm = section.querySelector('#question-edit-form');
    const status = section.querySelector('#questions-status');
    const error = section.querySelector('#questions-error');
    const list = section.querySelector('#questions-list');
    let editing = null;
    [filter.theme, addForm.theme, editForm.theme].forEach(fillThemes);

    const tell = (message) => {
      error.textContent = '';
      status.textContent = message;
    };
    const fail = (e) => {
      status.textContent = '';
      error.textContent = e.message;
    };

    const row = (q) => [
      q.text,
      q.builtIn ? 'Built-in' : 'Your own',
      q.retired ? 'Retired' : 'Asked',
      element(
        'span',
        { class: 'actions' },
        ...(q.builtIn || q.retired ? [] : [button('Edit', () => edit(q), `Edit: ${q.text}`)]),
        ...(q.retired ? [] : [button('Retire', () => retire(q), `Retire: ${q.text}`)]),
      ),
    ];

    const draw = (questions) => {
      list.replaceChildren();
      THEMES.forEach(([key, label]) => {
        const ofTheme = questions.filter((q) => q.theme === key);
        if (ofTheme.length === 0) return;
        const caption = `${label}: ${ofTheme.length} question${ofTheme.length === 1 ? '' : 's'}`;
        const shown = table(caption, ['Question', 'Source', 'State', 'Actions'], ofTheme.map(row));
        shown.dataset.theme = key;
        list.append(shown);
      });
      if (questions.length === 0) list.append(element('p', {}, 'No questions match.'));
    };

    const load = async () => {
      const query = new URLSearchParams({
        theme: filter.theme.value,
        includeRetired: String(filter.includeRetired.checked),
      });
      try {
        draw(await getJson(`/questions?${query}`));
      } catch (e) {
        fail(e);
      }
    };

    const edit = (q) => {
      editing = q;
      editForm.hidden = false;
      editForm.theme.value = q.theme.toLowerCase();
      editForm.text.value = q.text;
      editForm.text.focus();
    };
    const stopEditing = () => {
      editing = null;
      editForm.hidden = true;
    };

    const retire = async (q) => {
      try {
        await sendJson('DELETE', `/questions/${encodeURIComponent(q.id)}`);
        if (editing?.id === q.id) stopEditing();
        await load();
        tell(`Retired: ${q.text}`);
        status.focus();
      } catch (e) {
        fail(e);
      }
    };

    filter.addEventListener('submit', (event) => {
      event.preventDefault();
      load();
    });
    addForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const added = await sendJson('POST', '/questions', {
          theme: addForm.theme.value,
          text: addForm.text.value,
        });
        addForm.text.value = '';
        await load();
        tell(`Added: ${added.text}`);
      } catch (e) {
        fail(e);
      }
    });
    editForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const saved = await sendJson('PUT', `/questions/${encodeURIComponent(editing.id)}`, {
          theme: editForm.theme.value,
          text: editForm.text.value,
        });
        stopEditing();
        await load();
        tell(`Saved: ${saved.text}`);
        status.focus();
      } catch (e) {
        fail(e);
      }
    });
    section.querySelector('#q-edit-cancel').addEventListener('click', () => {
      stopEditing();
      status.focus();
    });
    whenShown(section, load);
  },
};
