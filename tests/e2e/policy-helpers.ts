import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from 'selfsigned';

/** Where Chromium on Linux reads mandatory policy (Google Chrome: /etc/opt/chrome/policies/managed). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

export const BUILT_EXTENSION = process.env.SOP_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * The id Chromium gives an unpacked extension loaded from `dir`: the SHA-256 of its absolute
 * path, first 32 hex digits written with the letters a–p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

/**
 * A copy of the built extension in a directory of its own, so it has an id no other browser on
 * this machine loads: a policy written for that id reaches only this test's browser.
 */
export function copyExtension(): { dir: string; extensionId: string; remove(): void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sop-policy-ext-')));
  cpSync(BUILT_EXTENSION, dir, { recursive: true });
  return { dir, extensionId: unpackedExtensionId(dir), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A policy file in Chromium's managed policy folder for one extension; `remove` deletes it (and only it). */
export interface PolicyFile {
  path: string;
  write(policy: Record<string, unknown>): void;
  remove(): void;
}

/**
 * Writes `{"3rdparty": {"extensions": {"<id>": policy}}}` under a unique name. Each write is a
 * rename of a complete file, so Chromium never reads half of one. The file is also removed when
 * the process exits, should the test's own teardown never run.
 */
export function policyFileFor(extensionId: string): PolicyFile {
  const path = join(CHROMIUM_POLICY_DIR, `sop-copilot-e2e-${extensionId}-${randomUUID().slice(0, 8)}.json`);
  const remove = () => rmSync(path, { force: true });
  process.once('exit', remove);
  return {
    path,
    write: (policy) => {
      mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      const staging = join(CHROMIUM_POLICY_DIR, '..', `.${randomUUID()}.json`);
      writeFileSync(staging, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
      renameSync(staging, path);
    },
    remove,
  };
}

export interface PlaybookHost {
  /** `https://<host>/team-playbook.json` */
  url: string;
  /** `MAP <host> 127.0.0.1:<port>`, to put before the site server's rules. */
  hostResolverRule: string;
  /** What the URL serves from now on. */
  serve(body: string): void;
  /** How many times the file was fetched. */
  fetches(): number;
  close(): Promise<void>;
}

/**
 * The admin's web server for the team playbook: HTTPS under a real-looking host name (mapped to
 * 127.0.0.1 by the browser's host-resolver rules, certificate made at start), serving one file with
 * the CORS header the admin guide asks for.
 */
export async function startPlaybookHost(host = 'playbooks.northwind-sales.example'): Promise<PlaybookHost> {
  const pems = await generate([{ name: 'commonName', value: host }], { keySize: 2048, extensions: [{ name: 'subjectAltName', altNames: [{ type: 2 as const, value: host }] }] });
  let body = '';
  let fetches = 0;
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    if (new URL(request.url ?? '/', 'https://x').pathname !== '/team-playbook.json') {
      response.writeHead(404);
      response.end();
      return;
    }
    fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${host}/team-playbook.json`,
    hostResolverRule: `MAP ${host} 127.0.0.1:${String(port)}`,
    serve: (next) => {
      body = next;
    },
    fetches: () => fetches,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Lower-case hex SHA-256 of a file's text, as `sha256sum` prints it. */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
