// The outbox page: pending and dead messages by who, when, why and attempts (the API never gives
// what they say), and a retry for a dead one.
import { getJson, sendJson } from './session.js';
import { whenShown } from './shown.js';
import { button, table } from './tables.js';

const PLATFORMS = { SLACK: 'Slack', TEAMS: 'Teams' };

const who = (m) => m.name || m.personId;

export const outboxPage = {
  id: 'outbox',
  start(section) {
    const form = section.querySelector('#outbox-form');
    const status = section.querySelector('#outbox-status');
    const error = section.querySelector('#outbox-error');
    const list = section.querySelector('#outbox-list');

    const fail = (e) => {
      status.textContent = '';
      error.textContent = e.message;
    };

    const load = async () => {
      const state = form.state.value;
      try {
        const items = await getJson(`/outbox?state=${state}`);
        const dead = state === 'dead';
        const rows = items.map((m) => {
          const cells = [
            m.name ? `${m.name} (${m.email})` : `${m.personId} (not in the directory)`,
            PLATFORMS[m.platform] || m.platform,
            new Date(m.at).toLocaleString(),
            m.reason || '',
            String(m.attempts),
          ];
          if (dead) cells.push(button('Retry', () => retry(m), `Retry the message to ${who(m)}`));
          return cells;
        });
        const headers = ['Recipient', 'Platform', dead ? 'Given up at' : 'Next attempt',
          dead ? 'Why' : 'Last error', 'Attempts'];
        if (dead) headers.push('Actions');
        const caption = `${dead ? 'Dead' : 'Pending'} messages: ${items.length}`;
        const shown = table(caption, headers, rows);
        shown.dataset.state = state;
        [...shown.tBodies[0].rows].forEach((tr, i) => { tr.dataset.id = items[i].id; });
        list.replaceChildren(shown);
      } catch (e) {
        fail(e);
      }
    };

    const retry = async (m) => {
      try {
        await sendJson('POST', `/outbox/${encodeURIComponent(m.id)}/retry`);
        await load();
        error.textContent = '';
        status.textContent = `The message to ${who(m)} waits to be sent again.`;
        status.focus();
      } catch (e) {
        fail(e);
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      error.textContent = '';
      status.textContent = '';
      load();
    });
    whenShown(section, load);
  },
};
