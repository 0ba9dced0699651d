// The cohorts and rounds page: list and create cohorts, change one's settings and members, start a
// round and see its figures. A round shows counts only, never its groups nor who met.
import { getJson, sendJson } from './session.js';
import { whenShown } from './shown.js';
import { button, element, table } from './tables.js';

const POLICIES = { OPT_IN: 'Opt in', OPT_OUT: 'Opt out' };
const MEMBERS_PER_PAGE = 50;

/** A count the API hid (it would name someone) is said so, not shown as zero. */
function count(value) {
  return value === null || value === undefined ? 'hidden (too few people)' : String(value);
}

function settingsOf(form) {
  const number = (field) => (form[field].value === '' ? undefined : Number(form[field].value));
  return {
    name: form.name.value,
    groupSize: number('groupSize'),
    cadenceWeeks: number('cadenceWeeks'),
    startDate: form.startDate.value || undefined,
    policy: form.policy.value,
    noRepeatRounds: number('noRepeatRounds'),
  };
}

function roundFigures(round) {
  const f = round.figures;
  const rows = [
    ['Groups made', String(f.groups)],
    ['People introduced', String(f.people)],
    ['Left out', String(round.leftOut.total)],
    ['Groups that met', count(f.met)],
    ['Groups that skipped', count(f.skipped)],
    [f.recorded ? 'Groups that did not meet' : 'Groups that have not met yet', count(f.notMet)],
    ['People who reported a meeting', count(f.answeredYes)],
    ['People who reported none', count(f.answeredNo)],
    ['People who have not answered', count(f.unanswered)],
  ];
  const started = new Date(round.startedAt).toLocaleString();
  const caption = `Round ${round.number}, started ${started}${f.recorded ? ', closed' : ', open'}`;
  const shown = table(caption, ['Figure', 'Count'], rows);
  shown.id = 'round-figures';
  return shown;
}

export const cohortsPage = {
  id: 'cohorts',
  start(section) {
    const status = section.querySelector('#cohorts-status');
    const error = section.querySelector('#cohorts-error');
    const list = section.querySelector('#cohorts-list');
    const createForm = section.querySelector('#cohort-create-form');
    const detail = section.querySelector('#cohort-detail');
    const detailTitle = section.querySelector('#cohort-detail-title');
    const changeForm = section.querySelector('#cohort-change-form');
    const memberForm = section.querySelector('#cohort-member-form');
    const memberFigures = section.querySelector('#cohort-member-figures');
    const members = section.querySelector('#cohort-members');
    const roundForm = section.querySelector('#cohort-round-form');
    const roundShowForm = section.querySelector('#cohort-round-show-form');
    const round = section.querySelector('#cohort-round');
    let current = null;
    let page = 0;

    const tell = (message) => {
      error.textContent = '';
      status.textContent = message;
    };
    const fail = (e) => {
      status.textContent = '';
      error.textContent = e.message;
    };
    const path = () => `/cohorts/${encodeURIComponent(current)}`;

    const loadList = async () => {
      try {
        const cohorts = await getJson('/cohorts');
        const rows = cohorts.map((c) => [
          c.name,
          String(c.groupSize),
          `${c.cadenceWeeks} week${c.cadenceWeeks === 1 ? '' : 's'}`,
          c.startDate,
          POLICIES[c.policy] || c.policy,
          String(c.noRepeatRounds),
          button('Open', () => open(c.id), `Open ${c.name}`),
        ]);
        list.replaceChildren(
          cohorts.length === 0
            ? element('p', {}, 'No cohorts yet.')
            : table(`Cohorts: ${cohorts.length}`,
              ['Name', 'Group size', 'Every', 'First round', 'Who takes part', 'No repeat within (rounds)', 'Actions'],
              rows),
        );
      } catch (e) {
        fail(e);
      }
    };

    const loadCohort = async () => {
      const answer = await getJson(`${path()}?page=${page}&size=${MEMBERS_PER_PAGE}`);
      const c = answer.cohort;
      detailTitle.textContent = `Cohort: ${c.name}`;
      Object.entries({
        name: c.name, groupSize: c.groupSize, cadenceWeeks: c.cadenceWeeks,
        startDate: c.startDate, policy: c.policy, noRepeatRounds: c.noRepeatRounds,
      }).forEach(([field, value]) => { changeForm[field].value = value; });
      const f = answer.figures;
      memberFigures.textContent = `${answer.totalMembers} members. Taking part: ${count(f.takingPart)};`
        + ` paused: ${count(f.paused)}; left: ${count(f.left)}.`;
      const rows = answer.members.map((m) => [
        m.name, m.email, button('Remove', () => remove(m), `Remove ${m.name} from the cohort`),
      ]);
      const pager = element('p', { class: 'actions' });
      if (answer.page > 0) pager.append(button('Previous members', () => { page -= 1; loadCohort().catch(fail); }));
      if (answer.page + 1 < answer.totalPages) pager.append(button('Next members', () => { page += 1; loadCohort().catch(fail); }));
      members.replaceChildren(
        table(`Members, page ${answer.page + 1} of ${Math.max(1, answer.totalPages)}`, ['Name', 'Email', 'Actions'], rows),
        pager,
      );
    };

    const open = async (id) => {
      current = id;
      page = 0;
      round.replaceChildren();
      try {
        await loadCohort();
        detail.hidden = false;
        detailTitle.focus();
      } catch (e) {
        fail(e);
      }
    };

    const remove = async (member) => {
      try {
        await sendJson('DELETE', `${path()}/members/${encodeURIComponent(member.email)}`);
        await loadCohort();
        tell(`${member.name} left the cohort.`);
        status.focus();
      } catch (e) {
        fail(e);
      }
    };

    const showRound = (answer, message) => {
      round.replaceChildren(roundFigures(answer));
      tell(message);
    };

    createForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const created = await sendJson('POST', '/cohorts', settingsOf(createForm));
        createForm.reset();
        await loadList();
        tell(`Created cohort ${created.name}.`);
        await open(created.id);
      } catch (e) {
        fail(e);
      }
    });
    changeForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const saved = await sendJson('PUT', path(), settingsOf(changeForm));
        await Promise.all([loadList(), loadCohort()]);
        tell(`Saved the settings of ${saved.name}.`);
      } catch (e) {
        fail(e);
      }
    });
    memberForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const added = await sendJson('PUT', `${path()}/members/${encodeURIComponent(memberForm.email.value.trim())}`);
        memberForm.reset();
        await loadCohort();
        tell(`Added ${added.name} to the cohort.`);
      } catch (e) {
        fail(e);
      }
    });
    roundForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const started = await sendJson('POST', `${path()}/rounds`);
        roundShowForm.number.value = started.number;
        showRound(started, `Started round ${started.number}.`);
      } catch (e) {
        fail(e);
      }
    });
    roundShowForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const shown = await getJson(`${path()}/rounds/${encodeURIComponent(roundShowForm.number.value)}`);
        showRound(shown, `Showing round ${shown.number}.`);
      } catch (e) {
        fail(e);
      }
    });
    whenShown(section, loadList);
  },
};
