import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, type SiteServer } from './server';

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server.close();
});

/** A GET to the demo server under a site's host name: its status and content type. */
function get(host: string, path: string): Promise<{ status: number; type: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host }, rejectUnauthorized: false }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the demo server', () => {
  it('serves a favicon on every site, so the browser asks for none that is missing (a 404 in the console is then a real one)', async () => {
    for (const host of ['www.linkedin.com', 'mail.google.com', 'nordwind.pipedrive.com']) {
      const favicon = await get(host, '/favicon.ico');
      expect(favicon.status, host).toBe(200);
      expect(favicon.type).toBe('image/png');
      expect(favicon.bytes).toBeGreaterThan(0);
    }
    expect((await get('www.linkedin.com', '/not-a-page')).status).toBe(404);
  });
});
