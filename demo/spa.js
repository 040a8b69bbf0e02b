// Demo only: makes saved pages behave like the single-page apps they come from.
// - LinkedIn and Salesforce Lightning: a click on an in-app record link pushes history and swaps
//   the page's content without a document load, the way their client routers do: URL first,
//   content a moment later.
// - Salesforce Lightning renders a record after its app shell: the record appears a moment after load.
// - Hash-routed apps (Gmail, Fxiaoke): the view of the hash is rendered in place, at load for
//   Fxiaoke (whose server sends only the shell) and on every hash change.
(() => {
  const host = location.hostname;
  const lightning = host.endsWith('.lightning.force.com');
  const ROUTED = lightning
    ? { link: /^\/lightning\/r\//, swapped: ['.oneContent.active'] }
    : host === 'www.linkedin.com'
      ? { link: /^\/in\/[^/]+\/?$/, swapped: ['main', '.scaffold-layout__aside'] }
      : null;
  const HASH_VIEW = { 'mail.google.com': '[role="main"]', 'www.fxiaoke.com': '#app' }[host];

  // Pages served with Trusted Types enforced (the Gmail demo, as the real Gmail) need a policy
  // to parse fetched HTML.
  const policy = window.trustedTypes ? window.trustedTypes.createPolicy('sop-demo', { createHTML: (html) => html }) : null;
  const parse = (html) => new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

  async function show(href, push) {
    const response = await fetch(href, { headers: { 'x-sop-demo-spa': '1' } });
    const next = parse(await response.text());
    if (push) history.pushState({}, '', href);
    const first = document.querySelector(ROUTED.swapped[0]);
    if (first) first.replaceChildren();
    await frame();
    document.title = next.title;
    for (const selector of ROUTED.swapped) {
      const current = document.querySelector(selector);
      const incoming = next.querySelector(selector);
      if (current && incoming) current.replaceWith(document.importNode(incoming, true));
    }
  }

  if (ROUTED) {
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (link.origin !== location.origin || !ROUTED.link.test(link.pathname)) return;
      event.preventDefault();
      void show(link.href, true);
    });
    addEventListener('popstate', () => void show(location.href, false));
  }

  if (lightning) {
    const record = document.querySelector('.oneContent.active');
    if (record) {
      const parts = [...record.childNodes];
      record.replaceChildren();
      void frame()
        .then(frame)
        .then(() => record.append(...parts));
    }
  }

  if (HASH_VIEW) {
    const render = async () => {
      const response = await fetch(`/__sop_demo/view?hash=${encodeURIComponent(location.hash)}`);
      if (!response.ok) return;
      const next = parse(await response.text());
      const current = document.querySelector(HASH_VIEW);
      const incoming = next.querySelector(HASH_VIEW);
      if (!current || !incoming) return;
      document.title = next.title;
      current.replaceWith(document.importNode(incoming, true));
    };
    addEventListener('hashchange', () => void render());
    if (host === 'www.fxiaoke.com') void render();
  }
})();
