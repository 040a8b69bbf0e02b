/** One request to a stand-in CRM, parsed. */
export interface StandInRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface StandInReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A stand-in CRM: its hosts, whether a request writes an activity, and its routes. */
export interface StandInCrm<State> {
  hosts: readonly string[];
  isWrite(request: StandInRequest): boolean;
  handle(request: StandInRequest, state: State): StandInReply;
  /** The CRM's answer to a refused credential, in its own shape. */
  unauthorized(): StandInReply;
  /** Its answer to a request over the rate limit (status, headers, body), `resetMs` from now. */
  rateLimited(resetMs: number, max: number): StandInReply;
  /** Headers it sends on every answer about the rate limit. */
  rateHeaders?(remaining: number, max: number, windowMs: number): Record<string, string>;
}

export function header(request: StandInRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

let counter = 1000;
export function nextId(): number {
  return ++counter;
}
