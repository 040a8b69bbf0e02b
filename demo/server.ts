import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { DEMO_GUIDE_HOST, SERVED_ROUTES, routeUrl, type DemoRoute } from './routes';
import { shiftForToday } from './shift-dates';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url);
const SPA_SCRIPT = new URL('./spa.js', import.meta.url);
/** Every site's /favicon.ico: the extension's own icon, so no page logs a 404 the demo made. */
const FAVICON = new URL('../public/icon/32.png', import.meta.url);

export interface SiteServer {
  port: number;
  /** Chromium's `--host-resolver-rules`: every served host to this server, every other host nowhere. */
  hostResolverRules: string;
  close(): Promise<void>;
}

function routeKey(host: string, path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep it as sent
  }
  return `${host.toLowerCase()}${decoded.replace(/\/?$/, '/')}`.toLowerCase();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function guidePage(routes: readonly DemoRoute[]): string {
  const items = routes.map((r) => `<li><a href="${routeUrl(r)}">${escapeHtml(r.label)}</a></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SOP Copilot demo</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 16px}</style></head>
<body><h1>SOP Copilot demo</h1>
<p>These pages are saved copies served from this machine under the sites' real host names, so the
extension runs on them exactly as on the live sites. Nothing here reaches the network.</p>
<p>Open the side panel with the toolbar button (puzzle piece → pin SOP Copilot), then open a page:</p>
<ul>${items}</ul></body></html>`;
}

export interface SiteServerOptions {
  port?: number;
  routes?: readonly DemoRoute[];
  /**
   * When a date: every page is served as if saved that day (its dates moved by the days from the
   * date in its file name, see shift-dates.ts), so the product, which judges dates against today's
   * clock, sees a live account; 'now': today's date at each request. false (the default): pages
   * exactly as saved.
   */
  today?: Date | 'now' | false;
}

/**
 * Serves saved pages over HTTPS under their real host names, with a certificate made at start.
 * Pages get the demo's single-page-app script, so in-site navigation happens without reloads.
 */
export async function startSiteServer(options: SiteServerOptions = {}): Promise<SiteServer> {
  const routes = options.routes ?? SERVED_ROUTES;
  const today = options.today ?? false;
  const fixture = async (file: string): Promise<string> => {
    const html = await readFile(new URL(file, FIXTURES), 'utf8');
    if (today === false) return html;
    return shiftForToday(html, file, today === 'now' ? new Date() : today);
  };
  const hosts = [...new Set([...routes.map((r) => r.host), DEMO_GUIDE_HOST])];
  // The first route of a path is what the server sends for it (a hash-routed app's shell).
  const table = new Map<string, DemoRoute>();
  for (const route of routes) if (!table.has(routeKey(route.host, route.path))) table.set(routeKey(route.host, route.path), route);
  const pems = await generate([{ name: 'commonName', value: 'SOP Copilot demo' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  });

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    void (async () => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const path = new URL(request.url ?? '/', 'https://x').pathname;
      if (path === '/__sop_demo/spa.js') {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        return response.end(await readFile(SPA_SCRIPT));
      }
      if (path === '/favicon.ico') {
        response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=86400' });
        return response.end(await readFile(FAVICON));
      }
      if (path === '/__sop_demo/view') {
        // Hash-routed apps (Gmail): the page for another view, fetched by the demo's SPA script.
        const hash = new URL(request.url ?? '/', 'https://x').searchParams.get('hash');
        const view = routes.find((r) => r.host === host && r.hash !== undefined && r.hash === hash);
        if (!view) {
          response.writeHead(404);
          return response.end();
        }
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return response.end(await fixture(view.file));
      }
      if (host === DEMO_GUIDE_HOST) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(guidePage(routes));
      }
      const route = table.get(routeKey(host, path));
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        return response.end('<!doctype html><title>Not in the demo</title><p>This page is not part of the SOP Copilot demo.</p>');
      }
      const html = await fixture(route.file);
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        // Gmail enforces Trusted Types: so does its demo, so nothing of ours relies on innerHTML there.
        ...(host === 'mail.google.com' ? { 'content-security-policy': "require-trusted-types-for 'script'" } : {}),
      });
      response.end(html.replace(/<\/body>/i, '<script src="/__sop_demo/spa.js" defer></script></body>'));
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hostResolverRules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  return {
    port,
    hostResolverRules,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
