/**
 * The stand-in CRMs (HubSpot, Pipedrive, Salesforce, Zoho CRM) on one HTTPS server under their real API
 * host names (`api.hubapi.com`, `api.pipedrive.com`, `nordwind.my.salesforce.com`), mapped to
 * 127.0.0.1 by Chromium's `--host-resolver-rules` like the demo's site pages, with a certificate
 * made at start. Each speaks its CRM's paths, auth, errors and paging (./hubspot.ts,
 * ./pipedrive.ts, ./salesforce.ts); the server adds what a test scripts: a rolling rate limit
 * per CRM, faults for the next requests (a status, a request that never answers, a write that
 * lands but whose answer is lost), and going down and coming back on the same port.
 */
import type { IncomingMessage } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { generate } from 'selfsigned';
import { createHubspotState, hubspotStandIn, type HubspotState } from './hubspot';
import { createPipedriveState, pipedriveStandIn, type PipedriveState } from './pipedrive';
import { createSalesforceState, salesforceStandIn, type SalesforceState } from './salesforce';
import type { StandInCrm, StandInReply, StandInRequest } from './types';
import { createZohoState, zohoStandIn, type ZohoState } from './zoho';

export type StandInCrmId = 'hubspot' | 'pipedrive' | 'salesforce' | 'zoho';

/** Which request a fault waits for: the next one, the next write, or the next whose path holds `path`. */
interface FaultTarget {
  on?: 'any' | 'write';
  path?: string;
  /**
   * Every matching request gets it, not only the next, until {@link CrmStandIns.lift}: a CRM that
   * keeps refusing (naming a short wait each time) for as long as a test needs to look at the held
   * queue, instead of one long wait the test must sit out.
   */
  repeat?: boolean;
}

export type CrmFault = FaultTarget &
  (
    /** The request gets this status in the CRM's own error shape. */
    | { kind: 'status'; status: 401 | 403 | 429 | 500 | 502 | 503; retryAfter?: string }
    /** The request is read and never answered (the client's timeout fires). */
    | { kind: 'hang' }
    /** The write is done, then the connection drops halfway through the answer: the client cannot know what it said. */
    | { kind: 'lose-answer' }
    /** A 200 whose body is not JSON (a proxy's HTML page, a truncated answer). */
    | { kind: 'garbage' }
  );

export interface RecordedCrmRequest {
  crm: StandInCrmId;
  /** The host asked (a Zoho data center's API domain, say). */
  host: string;
  method: string;
  path: string;
  query: string;
  status: number | 'hang' | 'lost' | 'garbage';
  body: unknown;
  at: number;
  /** How many records the answer carried (search results, list data, query records), for reads. */
  results?: number | undefined;
}

/** Records in a read's answer, whichever CRM's shape. */
function resultsIn(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as { results?: unknown; data?: unknown; records?: unknown };
  const list = b.results ?? b.records ?? b.data;
  return Array.isArray(list) ? list.length : undefined;
}

export interface CrmStandIns {
  port: number;
  /** `MAP <host> 127.0.0.1:<port>` for every CRM host, to put before the site server's rules. */
  hostResolverRules: string;
  hubspot: HubspotState;
  pipedrive: PipedriveState;
  salesforce: SalesforceState;
  zoho: ZohoState;
  requests: RecordedCrmRequest[];
  /** Faults for the next requests of one CRM, in order. */
  script(crm: StandInCrmId, ...faults: CrmFault[]): void;
  /** Ends one CRM's repeating faults (`repeat: true`): its next requests are answered again. */
  lift(crm: StandInCrmId): void;
  /** At most `max` requests per `windowMs` (rolling), then the CRM's 429 (Salesforce: its 403). null: no limit. */
  limit(crm: StandInCrmId, limit: { max: number; windowMs: number } | null): void;
  /** Down: connections refused until {@link up}. */
  down(): Promise<void>;
  up(): Promise<void>;
  /** Every CRM empty again as at start, no faults, no limits. */
  reset(): void;
  close(): Promise<void>;
}

interface Entry {
  crm: StandInCrmId;
  standIn: StandInCrm<never>;
  state: () => unknown;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function startCrmStandIns(options: { port?: number } = {}): Promise<CrmStandIns> {
  const states = { hubspot: createHubspotState(), pipedrive: createPipedriveState(), salesforce: createSalesforceState(), zoho: createZohoState() };
  const faults = new Map<StandInCrmId, CrmFault[]>();
  const limits = new Map<StandInCrmId, { max: number; windowMs: number }>();
  const hits = new Map<StandInCrmId, number[]>();
  const requests: RecordedCrmRequest[] = [];
  const byHost = new Map<string, Entry>();
  const register = (crm: StandInCrmId, standIn: StandInCrm<never>) => {
    for (const host of standIn.hosts) byHost.set(host, { crm, standIn, state: () => states[crm] });
  };
  register('hubspot', hubspotStandIn);
  register('pipedrive', pipedriveStandIn);
  register('salesforce', salesforceStandIn);
  register('zoho', zohoStandIn);

  const pems = await generate([{ name: 'commonName', value: 'SOP Copilot CRM stand-ins' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [...byHost.keys()].map((value) => ({ type: 2 as const, value })) }],
  });
  const sockets = new Set<Socket>();

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (incoming, response) => {
    void (async () => {
      const host = (incoming.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(incoming.url ?? '/', 'https://x');
      const body = await readBody(incoming);
      const entry = byHost.get(host);
      const send = (reply: StandInReply) => {
        response.writeHead(reply.status, { 'content-type': 'application/json;charset=UTF-8', ...reply.headers });
        response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
      };
      if (!entry) return send({ status: 404, body: { message: `no stand-in for ${host}` } });
      const request: StandInRequest = { method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: incoming.headers, body };
      const record = (status: RecordedCrmRequest['status'], results?: number) => requests.push({ crm: entry.crm, host, method: request.method, path: request.path, query: url.search, status, body, at: Date.now(), results });
      const isWrite = entry.standIn.isWrite(request);

      const queue = faults.get(entry.crm) ?? [];
      const faultIndex = queue.findIndex((f) => ((f.on ?? 'any') === 'any' || isWrite) && (f.path === undefined || request.path.includes(f.path)));
      const fault = faultIndex >= 0 ? (queue[faultIndex]?.repeat ? queue[faultIndex] : queue.splice(faultIndex, 1)[0]) : undefined;
      if (fault?.kind === 'garbage') {
        record('garbage');
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html><body>502 Bad Gateway</body></html>');
        return;
      }
      if (fault?.kind === 'hang') {
        record('hang');
        return; // never answered; closed with the server
      }
      if (fault?.kind === 'status') {
        record(fault.status);
        if (fault.status === 401 || fault.status === 403) return send(fault.status === 401 ? entry.standIn.unauthorized() : { ...entry.standIn.unauthorized(), status: 403 });
        if (fault.status === 429) return send({ ...entry.standIn.rateLimited(10_000, 100), status: 429, headers: { ...entry.standIn.rateLimited(10_000, 100).headers, ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) } });
        return send({ status: fault.status, ...(fault.retryAfter ? { headers: { 'retry-after': fault.retryAfter } } : {}), body: entry.crm === 'salesforce' ? [{ message: 'An unexpected error occurred.', errorCode: 'UNKNOWN_EXCEPTION' }] : entry.crm === 'pipedrive' ? { success: false, error: 'Internal server error', errorCode: fault.status } : entry.crm === 'zoho' ? { code: 'INTERNAL_ERROR', details: {}, message: 'Internal Server Error', status: 'error' } : { status: 'error', message: 'internal error', category: 'INTERNAL_ERROR' } });
      }
      const limit = limits.get(entry.crm);
      let rateHeaders: Record<string, string> = {};
      if (limit) {
        const now = Date.now();
        const recent = (hits.get(entry.crm) ?? []).filter((t) => t > now - limit.windowMs);
        if (recent.length >= limit.max) {
          hits.set(entry.crm, recent);
          const reply = entry.standIn.rateLimited(Math.max(1, (recent[0] ?? now) + limit.windowMs - now), limit.max);
          record(reply.status);
          return send(reply);
        }
        recent.push(now);
        hits.set(entry.crm, recent);
        rateHeaders = entry.standIn.rateHeaders?.(limit.max - recent.length, limit.max, limit.windowMs) ?? {};
      }
      const reply = entry.standIn.handle(request, entry.state() as never);
      if (fault?.kind === 'lose-answer') {
        // The status line and half the body, then the connection drops: the client knows an
        // answer began and cannot tell what it said. (Dropped before any byte, Chromium itself
        // re-sends the request on a reused HTTP/1.1 connection: see docs/team-scale.md.)
        record('lost');
        const text = JSON.stringify(reply.body ?? {});
        response.writeHead(reply.status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(text)) });
        response.write(text.slice(0, Math.floor(text.length / 2)), () => response.socket?.destroy());
        return;
      }
      record(reply.status, resultsIn(reply.body));
      send({ ...reply, headers: { ...rateHeaders, ...reply.headers } });
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  await listen(options.port ?? 0);
  const { port } = server.address() as AddressInfo;

  return {
    port,
    hostResolverRules: [...byHost.keys()].map((h) => `MAP ${h} 127.0.0.1:${String(port)}`).join(', '),
    get hubspot() {
      return states.hubspot;
    },
    get pipedrive() {
      return states.pipedrive;
    },
    get salesforce() {
      return states.salesforce;
    },
    get zoho() {
      return states.zoho;
    },
    requests,
    script: (crm, ...more) => faults.set(crm, [...(faults.get(crm) ?? []), ...more]),
    lift: (crm) => faults.set(crm, (faults.get(crm) ?? []).filter((fault) => !fault.repeat)),
    limit: (crm, limit) => {
      if (limit) limits.set(crm, limit);
      else limits.delete(crm);
      hits.delete(crm);
    },
    down: stop,
    up: () => listen(port),
    reset: () => {
      states.hubspot = createHubspotState();
      states.pipedrive = createPipedriveState();
      states.salesforce = createSalesforceState();
      states.zoho = createZohoState();
      faults.clear();
      limits.clear();
      hits.clear();
      requests.length = 0;
    },
    close: stop,
  };
}
