// The admin console's shell: sign-in, sign-out, and the pages (each a section of index.html with
// a module that starts it). A new page is one more section, nav link and entry in PAGES.
import { session, signIn, signOut } from './session.js';
import { analyticsPage } from './analytics.js';
import { questionsPage } from './questions.js';
import { cohortsPage } from './cohorts.js';
import { outboxPage } from './outbox.js';

const PAGES = [analyticsPage, questionsPage, cohortsPage, outboxPage];

function show() {
  const signedIn = session() !== null;
  document.getElementById('sign-in').hidden = signedIn;
  document.getElementById('pages').hidden = !signedIn;
  document.getElementById('sign-out').hidden = !signedIn;
  const wanted = location.hash.slice(1) || PAGES[0].id;
  const page = PAGES.find((p) => p.id === wanted) || PAGES[0];
  PAGES.forEach((p) => {
    document.getElementById(p.id).hidden = !signedIn || p !== page;
  });
  if (signedIn) {
    document.querySelector(`#${page.id} h2`).focus?.();
  }
}

document.getElementById('sign-in-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  signIn(form.token.value, form.org.value);
  form.reset();
  show();
});

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  show();
});

window.addEventListener('hashchange', show);
PAGES.forEach((p) => p.start(document.getElementById(p.id)));
show();
