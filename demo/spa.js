// Demo only: makes saved pages behave like the single-page apps they come from. A click on a
// same-site profile link pushes history and swaps the page's <main> (and side column) without a
// document load, the way LinkedIn's client router does: URL first, content a moment later.
(() => {
  const SWAPPED = ['main', '.scaffold-layout__aside'];
  // Pages served with Trusted Types enforced (the Gmail demo, as the real Gmail) need a policy
  // to parse fetched HTML.
  const policy = window.trustedTypes ? window.trustedTypes.createPolicy('sop-demo', { createHTML: (html) => html }) : null;
  const parse = (html) => new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html');

  async function show(href, push) {
    const response = await fetch(href, { headers: { 'x-sop-demo-spa': '1' } });
    const next = parse(await response.text());
    if (push) history.pushState({}, '', href);
    const main = document.querySelector('main');
    if (main) main.replaceChildren();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    document.title = next.title;
    for (const selector of SWAPPED) {
      const current = document.querySelector(selector);
      const incoming = next.querySelector(selector);
      if (current && incoming) current.replaceWith(document.importNode(incoming, true));
    }
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (link.origin !== location.origin || !/^\/in\/[^/]+\/?$/.test(link.pathname)) return;
    event.preventDefault();
    void show(link.href, true);
  });
  addEventListener('popstate', () => void show(location.href, false));

  // Hash-routed apps (Gmail): a new hash swaps the reading view in place, as Gmail does.
  if (location.hostname === 'mail.google.com') {
    addEventListener('hashchange', async () => {
      const response = await fetch(`/__sop_demo/view?hash=${encodeURIComponent(location.hash)}`);
      if (!response.ok) return;
      const next = parse(await response.text());
      const current = document.querySelector('[role="main"]');
      const incoming = next.querySelector('[role="main"]');
      if (!current || !incoming) return;
      document.title = next.title;
      current.replaceWith(document.importNode(incoming, true));
    });
  }
})();
