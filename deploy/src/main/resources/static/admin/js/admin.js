// The admin console's shell: sign-in, sign-out, and the pages (each a section of index.html with
// a module that starts it). A new page is one more section, nav link and entry in PAGES. A page
// may have shown(section), called each time it is shown; a page with needsOrg false works without
// an org chosen (the operator picks one on the Organisations page).
import { session, signIn, signOut, whoIs } from './session.js';
import { analyticsPage } from './analytics.js';
import { orgsPage } from './orgs.js';
import { peoplePage } from './people.js';
import { questionsPage } from './questions.js';
import { cohortsPage } from './cohorts.js';
import { outboxPage } from './outbox.js';

const PAGES = [orgsPage, peoplePage, questionsPage, cohortsPage, outboxPage, analyticsPage];

function currentPage(signedIn) {
  const wanted = PAGES.find((p) => p.id === location.hash.slice(1)) || PAGES[0];
  if (signedIn && !session().orgId && wanted.needsOrg !== false) {
    return PAGES.find((p) => p.needsOrg === false);
  }
  return wanted;
}

function show() {
  const signedIn = session() !== null;
  document.getElementById('sign-in').hidden = signedIn;
  document.getElementById('pages').hidden = !signedIn;
  document.getElementById('sign-out').hidden = !signedIn;
  const current = document.getElementById('current-org');
  current.textContent = !signedIn ? '' : session().orgId
    ? `Organisation: ${session().orgId}${session().operator ? ' (operator)' : ''}`
    : 'Operator: choose an organisation';
  const page = currentPage(signedIn);
  PAGES.forEach((p) => {
    document.getElementById(p.id).hidden = !signedIn || p !== page;
  });
  document.querySelectorAll('#pages a').forEach((a) => {
    if (a.getAttribute('href') === `#${page.id}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (signedIn) {
    const section = document.getElementById(page.id);
    page.shown?.(section);
    section.querySelector('h2').focus();
  } else {
    document.getElementById('token').focus();
  }
}

document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const error = document.getElementById('sign-in-error');
  error.textContent = '';
  try {
    const who = await whoIs(form.token.value.trim(), form.org.value.trim());
    signIn(form.token.value, who.orgId, who.operator);
    form.reset();
    show();
  } catch (e) {
    error.textContent = e.message;
  }
});

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  show();
});

// Choosing an org on one page shows it in the header and on the others.
document.addEventListener('trellis:org-chosen', show);
window.addEventListener('hashchange', show);
PAGES.forEach((p) => p.start(document.getElementById(p.id)));
show();
