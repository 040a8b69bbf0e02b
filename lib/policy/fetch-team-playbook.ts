import { formatIssuePath } from '../data/json-file';
import { playbookSchema, type Playbook } from '../playbook/schema';

/** Why a team playbook file was not taken (the last good one stays). */
export type TeamPlaybookFailure =
  | { reason: 'network' }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'http'; status: number }
  | { reason: 'not-https' }
  | { reason: 'too-large'; limitBytes: number }
  | { reason: 'hash-mismatch'; expected: string; actual: string }
  | { reason: 'not-json' }
  | { reason: 'invalid-playbook'; count: number; paths: string[] };

export type FetchedTeamPlaybook = { ok: true; playbook: Playbook; sha256: string } | { ok: false; failure: TeamPlaybookFailure };

export interface FetchOptions {
  fetch: typeof fetch;
  /** For the whole download (default 30 s). */
  timeoutMs?: number;
  /** The largest file taken (default 8 MiB; the built-in playbook is ~120 kB). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** Lower-case hex SHA-256 of the bytes (WebCrypto: the same in the service worker and in Node). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
}

/** The body, refused as soon as it passes `maxBytes` (a wrong URL can point at anything). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLargeError();
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Downloads the team playbook from an HTTPS URL and takes it only if it is whole: within the size
 * cap and the timeout, its SHA-256 equal to the admin's pin (when there is one), and a playbook
 * that passes the same schema as an import. Never throws: every way it fails is a `failure`.
 *
 * @example await fetchTeamPlaybook('https://playbooks.northwind.example/team.json', pin, { fetch })
 */
export async function fetchTeamPlaybook(url: string, pin: string | undefined, options: FetchOptions): Promise<FetchedTeamPlaybook> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (new URL(url).protocol !== 'https:') return { ok: false, failure: { reason: 'not-https' } };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const response = await options.fetch(url, { signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    // A redirect may not leave HTTPS.
    if (response.url && new URL(response.url).protocol !== 'https:') return { ok: false, failure: { reason: 'not-https' } };
    if (!response.ok) return { ok: false, failure: { reason: 'http', status: response.status } };
    bytes = await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError) return { ok: false, failure: { reason: 'too-large', limitBytes: maxBytes } };
    if (controller.signal.aborted) return { ok: false, failure: { reason: 'timeout', seconds: Math.round(timeoutMs / 1000) } };
    return { ok: false, failure: { reason: 'network' } };
  } finally {
    clearTimeout(timer);
  }
  const sha256 = await sha256Hex(bytes);
  if (pin && sha256 !== pin) return { ok: false, failure: { reason: 'hash-mismatch', expected: pin, actual: sha256 } };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, failure: { reason: 'not-json' } };
  }
  const parsed = playbookSchema.safeParse(json);
  if (!parsed.success) {
    const { issues } = parsed.error;
    return { ok: false, failure: { reason: 'invalid-playbook', count: issues.length, paths: issues.slice(0, 5).map((issue) => formatIssuePath(issue.path)) } };
  }
  return { ok: true, playbook: parsed.data, sha256 };
}
