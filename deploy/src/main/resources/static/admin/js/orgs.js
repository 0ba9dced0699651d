// The Organisations page: the operator lists and creates orgs and links their Slack workspace and
// Teams tenant; anyone signed in sees whether the org worked on is connected and healthy on each
// platform, and can sync its people with that platform now.
import { call, chooseOrg, orgPath, session } from './session.js';
import { cell, row } from './tables.js';

let els;

function say(status, error = '') {
  els.status.textContent = status;
  els.error.textContent = error;
}

async function listOrgs() {
  const orgs = await call('GET', '/api/admin/orgs');
  els.orgsBody.replaceChildren(
    ...orgs.map((org) => {
      const open = document.createElement('button');
      open.type = 'button';
      open.textContent = org.id === session().orgId ? `Working on ${org.id}` : `Work on ${org.id}`;
      open.disabled = org.id === session().orgId;
      open.addEventListener('click', () => {
        chooseOrg(org.id);
        document.dispatchEvent(new CustomEvent('trellis:org-chosen'));
      });
      return row([org.id, org.name, org.slackTeamId ?? '—', org.teamsTenantId ?? '—', String(org.peopleCount)], open);
    }),
  );
  return orgs.length;
}

function platformRow(name, linkedTo, platform, syncPath) {
  const sync = document.createElement('button');
  sync.type = 'button';
  sync.textContent = `Sync ${name} now`;
  sync.disabled = !linkedTo;
  sync.addEventListener('click', () => syncNow(name, syncPath));
  const status = cell(platform.healthy ? 'Connected' : `Needs attention: ${platform.problem}`);
  status.className = platform.healthy ? 'healthy' : 'unhealthy';
  const tr = row([name, linkedTo ?? 'not linked', String(platform.peopleLinked)], sync);
  tr.insertBefore(status, tr.lastChild);
  return tr;
}

async function syncNow(name, path) {
  els.syncResult.textContent = `Syncing ${name}…`;
  els.error.textContent = '';
  try {
    const answer = await call('POST', orgPath(path));
    const reports = Array.isArray(answer) ? answer : [answer];
    const linked = reports.reduce((n, r) => n + r.linked, 0);
    const seen = reports.reduce((n, r) => n + r.seen, 0);
    const unmatched = reports.reduce((n, r) => n + r.notInTrellis.length, 0);
    els.syncResult.textContent = `${name} synced: ${seen} members seen, ${linked} newly linked, `
      + `${unmatched} not found in Trellis${reports.every((r) => r.complete) ? '.' : ' (stopped early; run it again later).'}`;
    await showOrg();
  } catch (e) {
    els.syncResult.textContent = '';
    els.error.textContent = e.message;
  }
}

async function showOrg() {
  const { orgId, operator } = session();
  els.detail.hidden = !orgId;
  if (!orgId) return;
  const [org, platforms] = await Promise.all([call('GET', orgPath()), call('GET', orgPath('/platforms'))]);
  els.detailTitle.textContent = `${org.name} (${org.id}): ${platforms.people} people`;
  els.platformsBody.replaceChildren(
    platformRow('Slack', org.slackTeamId, platforms.slack, '/slack/sync'),
    platformRow('Teams', org.teamsTenantId, platforms.teams, '/teams/sync'),
  );
  els.linkForm.hidden = !operator;
  els.linkHint.hidden = !operator;
  els.linkForm.name.value = org.name;
  els.linkForm.slackTeamId.value = org.slackTeamId ?? '';
  els.linkForm.teamsTenantId.value = org.teamsTenantId ?? '';
}

async function refresh() {
  say('Loading…');
  try {
    const operator = session().operator;
    els.operator.hidden = !operator;
    const count = operator ? await listOrgs() : null;
    await showOrg();
    say(operator ? `${count} organisations.` : '');
  } catch (e) {
    say('', e.message);
  }
}

function blankToNull(value) {
  return value.trim() === '' ? null : value.trim();
}

export const orgsPage = {
  id: 'orgs',
  needsOrg: false,
  start(section) {
    els = {
      status: section.querySelector('#orgs-status'),
      error: section.querySelector('#orgs-error'),
      operator: section.querySelector('#orgs-operator'),
      orgsBody: section.querySelector('#orgs-table tbody'),
      detail: section.querySelector('#org-detail'),
      detailTitle: section.querySelector('#org-detail-title'),
      platformsBody: section.querySelector('#platforms-table tbody'),
      syncResult: section.querySelector('#sync-result'),
      linkForm: section.querySelector('#org-link-form'),
      linkHint: section.querySelector('#link-hint'),
    };
    section.querySelector('#org-create-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = event.target;
      const body = { name: form.name.value.trim() };
      if (form.slackTeamId.value.trim()) body.slackTeamId = form.slackTeamId.value.trim();
      if (form.teamsTenantId.value.trim()) body.teamsTenantId = form.teamsTenantId.value.trim();
      const id = form.id.value.trim();
      try {
        await call('PUT', `/api/admin/orgs/${encodeURIComponent(id)}`, { json: body });
        form.reset();
        await listOrgs();
        say(`Organisation ${id} saved.`);
      } catch (e) {
        say('', e.message);
      }
    });
    els.linkForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = event.target;
      try {
        await call('PUT', orgPath(), {
          json: {
            name: form.name.value.trim(),
            slackTeamId: blankToNull(form.slackTeamId.value),
            teamsTenantId: blankToNull(form.teamsTenantId.value),
          },
        });
        await refresh();
        say('Links saved.');
      } catch (e) {
        say('', e.message);
      }
    });
  },
  shown() {
    refresh();
  },
};
