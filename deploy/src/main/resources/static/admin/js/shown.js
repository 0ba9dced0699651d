// Runs a page's loader each time its section is shown (signed in, or navigated to), so a page
// needs nothing of the shell beyond its entry in PAGES.
export function whenShown(section, load) {
  new MutationObserver(() => {
    if (!section.hidden) load();
  }).observe(section, { attributes: true, attributeFilter: ['hidden'] });
}
