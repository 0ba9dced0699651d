// The People and 1:1s page: uploads a CSV of people or of 1:1s and shows what happened (counts,
// or every problem with its line), and shows the directory a page at a time, searchable, and the
// org's 1:1s. Directory fields only: nothing a person wrote.
import { getJson, postCsv } from './session.js';
import { row } from './tables.js';

const PAGE_SIZE = 50;
let els;
let page = 0;
let query = '';

function showImport(what, counts) {
  els.importErrors.hidden = true;
  els.importError.textContent = '';
  els.importStatus.textContent = `${what} imported: ${counts.created} created, ${counts.updated} updated, `
    + `${counts.unchanged} unchanged.`;
}

function showProblems(e) {
  els.importStatus.textContent = '';
  els.importError.textContent = e.message;
  const errors = e.problem?.errors ?? [];
  els.importErrorsBody.replaceChildren(...errors.map((p) => row([String(p.line), p.column ?? '', p.reason])));
  els.importErrors.hidden = errors.length === 0;
}

function upload(form, path, what) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.file.files[0];
    if (!file) return;
    els.importStatus.textContent = `Uploading ${file.name}…`;
    els.importError.textContent = '';
    try {
      showImport(what, await postCsv(path, file));
      form.reset();
      page = 0;
      await Promise.all([loadDirectory(), loadOneOnOnes()]);
    } catch (e) {
      showProblems(e);
    }
  });
}

async function loadDirectory() {
  els.directoryError.textContent = '';
  try {
    const params = new URLSearchParams({ page, size: PAGE_SIZE });
    if (query) params.set('q', query);
    const found = await getJson(`/people?${params}`);
    els.directoryBody.replaceChildren(
      ...found.items.map((p) => row([
        p.name, p.email, p.managerEmail ?? '—', p.department ?? '—', p.timeZone,
        p.slackUserId ? 'linked' : '—', p.teamsAadObjectId ? 'linked' : '—',
      ])),
    );
    const pages = Math.max(1, found.totalPages);
    const n = found.totalItems;
    const who = query ? `${n} ${n === 1 ? 'person matches' : 'people match'} “${query}”` : `${n} people`;
    els.directoryStatus.textContent = `${who}. Page ${found.page + 1} of ${pages}.`;
    els.previous.disabled = found.page === 0;
    els.next.disabled = found.page + 1 >= found.totalPages;
    // A pager button that just became disabled would drop the keyboard's focus to the page.
    if (document.activeElement?.disabled) {
      (els.previous.disabled ? els.next : els.previous).focus();
    }
  } catch (e) {
    els.directoryBody.replaceChildren();
    els.directoryStatus.textContent = '';
    els.directoryError.textContent = e.message;
  }
}

async function loadOneOnOnes() {
  try {
    const all = await getJson('/one-on-ones');
    els.oneOnOnesSummary.textContent = `1:1s (${all.length})`;
    els.oneOnOnesBody.replaceChildren(
      ...all.map((o) => row([o.managerEmail, o.reportEmail, o.cadence, o.weekday, o.startTime, o.timeZone])),
    );
  } catch (e) {
    els.oneOnOnesSummary.textContent = `1:1s: ${e.message}`;
  }
}

export const peoplePage = {
  id: 'people',
  start(section) {
    els = {
      importStatus: section.querySelector('#import-status'),
      importError: section.querySelector('#import-error'),
      importErrors: section.querySelector('#import-errors'),
      importErrorsBody: section.querySelector('#import-errors tbody'),
      directoryStatus: section.querySelector('#directory-status'),
      directoryError: section.querySelector('#directory-error'),
      directoryBody: section.querySelector('#directory-table tbody'),
      previous: section.querySelector('#directory-previous'),
      next: section.querySelector('#directory-next'),
      oneOnOnesSummary: section.querySelector('#one-on-ones-summary'),
      oneOnOnesBody: section.querySelector('#one-on-ones-table tbody'),
    };
    upload(section.querySelector('#people-upload-form'), '/people', 'People');
    upload(section.querySelector('#one-on-ones-upload-form'), '/one-on-ones', '1:1s');
    section.querySelector('#directory-search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      query = event.target.q.value.trim();
      page = 0;
      loadDirectory();
    });
    els.previous.addEventListener('click', () => { page = Math.max(0, page - 1); loadDirectory(); });
    els.next.addEventListener('click', () => { page += 1; loadDirectory(); });
  },
  shown() {
    page = 0;
    loadDirectory();
    loadOneOnOnes();
  },
};
