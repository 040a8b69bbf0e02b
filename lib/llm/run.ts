import OpenAI, { APIConnectionTimeoutError, APIError } from 'openai';

import { parseAnswer, type LlmAnswer } from './answer';
import type { LlmFailure } from './protocol';
import { buildMessages, type LlmTask } from './prompt';
import type { LlmSettings } from './settings';

export type LlmOutcome = { ok: true; answer: LlmAnswer } | { ok: false; stopped: true } | { ok: false; stopped: false; failure: LlmFailure };

export interface RunHooks {
  onDelta(text: string): void;
  /** Aborted when the user stops or closes the panel. */
  signal: AbortSignal;
  /** The fetch the client uses (the background's own). */
  fetch?: typeof fetch;
}

/** An Azure OpenAI endpoint (`https://<resource>.openai.azure.com/openai/v1`). */
export function isAzure(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host.endsWith('.openai.azure.com') || host.endsWith('.cognitiveservices.azure.com');
}

/** The HTTP status (and Retry-After) of an error the client raised for an error response. */
function httpFailureOf(error: unknown): { status: number; retryAfter: string | null } | null {
  if (!(error instanceof APIError)) return null;
  const { status, headers } = error as { status: unknown; headers: unknown };
  if (typeof status !== 'number') return null;
  return { status, retryAfter: headers instanceof Headers ? headers.get('retry-after') : null };
}

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Asks an OpenAI-compatible endpoint for a task's answer, streaming: each piece of text goes to
 * `onDelta` as it arrives. No reply within the timeout (before the first token or between two)
 * aborts. Every way it can fail comes back as one failure code; the answer must pass its schema.
 * The API key goes into the Authorization header and nowhere else.
 */
export async function runLlm(settings: LlmSettings, task: LlmTask, hooks: RunHooks): Promise<LlmOutcome> {
  const host = new URL(settings.baseUrl).host;
  const fail = (failure: Omit<LlmFailure, 'host'>): LlmOutcome => ({ ok: false, stopped: false, failure: { ...failure, host } });
  // What the endpoint answered with: a web page (a network's sign-in page, a wrong base URL) streams no chunk at all.
  const answered = { type: '' };
  const client = new OpenAI({
    apiKey: settings.apiKey || 'no-key',
    // Azure OpenAI takes its key in an `api-key` header (its v1 API also takes the bearer token).
    ...(isAzure(settings.baseUrl) && settings.apiKey ? { defaultHeaders: { 'api-key': settings.apiKey } } : {}),
    baseURL: settings.baseUrl.replace(/\/+$/, ''),
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: settings.timeoutSeconds * 1000,
    fetch: async (input, init) => {
      const response = await (hooks.fetch ?? fetch)(input, init);
      answered.type = response.ok ? (response.headers.get('content-type') ?? '') : '';
      return response;
    },
  });
  const controller = new AbortController();
  const stop = () => controller.abort();
  hooks.signal.addEventListener('abort', stop);
  // An object, not a `let`: the timer's callback changes it behind the compiler's back.
  const watch = { timedOut: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      watch.timedOut = true;
      controller.abort();
    }, settings.timeoutSeconds * 1000);
  };
  let received = false;
  let raw = '';
  arm();
  try {
    const stream = await client.chat.completions.create({ model: settings.model, messages: buildMessages(task), stream: true, temperature: task.kind === 'read_reply' ? 0 : 0.4 }, { signal: controller.signal });
    received = true;
    let finished = false;
    for await (const chunk of stream) {
      arm();
      const choice = chunk.choices[0];
      const delta = choice?.delta.content;
      if (delta) {
        raw += delta;
        hooks.onDelta(delta);
      }
      if (choice?.finish_reason) finished = true;
    }
    // The client ends the stream quietly when it is aborted: say why it ended.
    if (hooks.signal.aborted) return { ok: false, stopped: true };
    if (watch.timedOut) return fail({ code: 'timeout' });
    if (!finished && !raw && /html/i.test(answered.type)) return fail({ code: 'not-api' });
    if (!finished && !raw && answered.type && !/event-stream/i.test(answered.type)) return fail({ code: 'malformed' });
    if (!finished) return fail({ code: 'dropped' });
    const answer = parseAnswer(task, raw);
    return answer ? { ok: true, answer } : fail({ code: 'invalid-answer' });
  } catch (error) {
    if (hooks.signal.aborted) return { ok: false, stopped: true };
    if (watch.timedOut || error instanceof APIConnectionTimeoutError) return fail({ code: 'timeout' });
    const http = httpFailureOf(error);
    if (http) {
      const { status } = http;
      if (status === 401 || status === 403) return fail({ code: 'auth', status });
      if (status === 404) return fail({ code: 'not-found', status });
      if (status === 429) {
        const retry = retryAfterSeconds(http.retryAfter, Date.now());
        return fail({ code: 'rate-limited', status, ...(retry !== undefined ? { retryAfterSeconds: retry } : {}) });
      }
      if (status >= 500) return fail({ code: 'server', status });
      return fail({ code: 'bad-request', status });
    }
    if (error instanceof SyntaxError) return fail({ code: 'malformed' });
    return fail({ code: received || raw ? 'dropped' : 'network' });
  } finally {
    clearTimeout(timer);
    hooks.signal.removeEventListener('abort', stop);
  }
}
