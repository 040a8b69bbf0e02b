import type { CrmFailure, CrmFailureKind } from './types';

/** A request to a CRM that did not succeed, classified for the outbox (retry, hold, pause or ask the rep). */
export class CrmRequestError extends Error {
  override readonly name = 'CrmRequestError';
  constructor(
    readonly kind: CrmFailureKind,
    readonly status: number | undefined,
    readonly detail: string | undefined,
    /** How long the CRM asked us to wait (Retry-After and its CRM-specific cousins), in ms. */
    readonly retryAfterMs?: number,
    /** The answer's body, for a refusal a batch reads record by record (Zoho's `data[]`). */
    readonly body?: unknown,
  ) {
    super(`${kind}${status ? ` ${String(status)}` : ''}${detail ? `: ${detail}` : ''}`);
  }

  toFailure(at: number): CrmFailure {
    return { kind: this.kind, status: this.status, detail: this.detail, ...(this.kind === 'rate-limit' && this.status === 429 && this.retryAfterMs === undefined ? { waitNamed: false as const } : {}), at };
  }
}

/** A success whose body is not JSON: not the CRM's answer (a network's sign-in page, a proxy's), held and tried again as a server fault. */
export class NotCrmAnswerError extends CrmRequestError {
  constructor(status: number, contentType: string | null) {
    super('server', status, `not the CRM's answer (${(contentType ?? 'no content type').slice(0, 60)})`);
  }
}

export interface CrmResponse {
  status: number;
  body: unknown;
}

/** What the adapters need of `fetch` (the tests pass a stand-in server's real HTTP). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export const REQUEST_TIMEOUT_MS = 20_000;

/** Seconds (`120`) or an HTTP date, as Retry-After allows; the CRMs' own reset headers besides. */
export function retryAfterOf(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  // Pipedrive: seconds until the window resets. A value that can only be a time (epoch seconds or
  // milliseconds, as some APIs send in the same header) is read as one, never as years of seconds.
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (headers.has('x-ratelimit-reset') && Number.isFinite(reset)) {
    if (reset > 1e12) return Math.max(0, reset - now);
    if (reset > 1e9) return Math.max(0, reset * 1000 - now);
    return Math.max(0, reset * 1000);
  }
  // HubSpot: the length of its rolling window.
  const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds'));
  if (headers.has('x-hubspot-ratelimit-interval-milliseconds') && Number.isFinite(interval)) return interval;
  return undefined;
}

/** The CRM's own explanation, whichever shape it uses (HubSpot `message`, Pipedrive `error`, Salesforce `[{ errorCode, message }]`, Zoho `{ code, message }` or `{ data: [{ code, message }] }`). */
export function errorDetailOf(body: unknown): string | undefined {
  const records = typeof body === 'object' && body !== null && !Array.isArray(body) && Array.isArray((body as { data?: unknown }).data) ? ((body as { data: unknown[] }).data) : null;
  const first = Array.isArray(body) ? (body[0] as unknown) : records ? records[0] : body;
  if (typeof first === 'string') return first.slice(0, 300) || undefined;
  if (typeof first !== 'object' || first === null) return undefined;
  const record = first as Record<string, unknown>;
  const parts = [record.errorCode, record.code, record.category, record.message, record.error].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length > 0 ? [...new Set(parts)].join(': ').slice(0, 300) : undefined;
}

/**
 * One JSON request. Resolves with a 2xx (or 300, Salesforce's "several records match"; or 304,
 * Zoho's "nothing modified since" for a read with `If-Modified-Since`);
 * throws {@link CrmRequestError} for everything else: no answer (network), no answer in
 * time (timeout), 429, 5xx, 401/403 (auth, except Salesforce's rate limit, a 403), other 4xx.
 */
export async function requestJson(fetchImpl: Fetch, url: string, init: { method: string; headers: Record<string, string>; body?: unknown; timeoutMs?: number }, now: () => number = Date.now): Promise<CrmResponse> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: init.method,
      headers: { accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(init.timeoutMs ?? REQUEST_TIMEOUT_MS),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new CrmRequestError(timedOut ? 'timeout' : 'network', undefined, undefined);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The answer broke off (connection dropped mid-body): whether the write happened is unknown.
    throw new CrmRequestError('network', response.status, 'answer cut off');
  }
  let body: unknown = null;
  let json = true;
  try {
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    // A refusal that is not JSON: the status says enough.
    json = false;
  }
  if (response.ok || response.status === 300 || response.status === 304) {
    // A success that is not JSON is not the CRM's answer: a network's sign-in page, a proxy's. Read as
    // "nothing found", it would tell the rep the person is not in their CRM; it is held and tried again.
    if (!json) throw new NotCrmAnswerError(response.status, response.headers.get('content-type'));
    return { status: response.status, body };
  }
  const detail = errorDetailOf(body);
  const wait = retryAfterOf(response.headers, now());
  if (response.status === 429 || detail?.includes('REQUEST_LIMIT_EXCEEDED')) throw new CrmRequestError('rate-limit', response.status, detail, wait);
  if (response.status >= 500) throw new CrmRequestError('server', response.status, detail, wait);
  if (response.status === 401 || response.status === 403) throw new CrmRequestError('auth', response.status, detail);
  throw new CrmRequestError('rejected', response.status, detail, undefined, body);
}
