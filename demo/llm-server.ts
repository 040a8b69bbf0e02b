/**
 * An OpenAI-compatible chat-completions server speaking real HTTP and SSE, scriptable per
 * request, for the tests and the benchmark. It answers `POST /v1/chat/completions` (streaming
 * and not) and `GET /v1/models`, records every request, and plays the behaviour at the head of
 * its script (or `normal`): the faults an LLM provider really shows.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LlmBehaviour =
  /** The answer in chunks of a few characters. */
  | { kind: 'normal'; answer: string; chunkDelayMs?: number; chunkSize?: number; firstChunk?: string }
  /** Headers at once, then nothing for `delayMs`, then the answer. */
  | { kind: 'slow-first-token'; answer: string; delayMs: number }
  /** Part of the answer, then the connection is destroyed. */
  | { kind: 'drop'; answer: string; afterChars: number }
  | { kind: 'status'; status: 401 | 403 | 404 | 429 | 500 | 502 | 503; retryAfter?: string }
  /** A `data:` line that is not JSON, after a first good chunk. */
  | { kind: 'malformed' }
  /** Whatever the request's prospect text asked for, echoed back as the answer (an obedient model). */
  | { kind: 'injection-echo' }
  /** A web page with status 200, as a network's sign-in page (or a site at a wrong base URL) answers. */
  | { kind: 'web-page' };

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface LlmServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /**
   * Behaviours for the next requests, in order; when the script is empty, `fallback` answers (and
   * `readingFallback` a request to read a reply). A reading is scripted like any answer:
   * `script({ kind: 'normal', answer: JSON.stringify({ category: 'budget', hiddenConcern: '…', evidence: '…' }) })`.
   */
  script(...behaviours: LlmBehaviour[]): void;
  fallback: LlmBehaviour;
  readingFallback: LlmBehaviour;
  /** Resolves when the server has sent the first content chunk of the current stream (ms since epoch). */
  firstChunkSentAt: number | null;
  close(): Promise<void>;
}

function chunk(id: string, model: string, delta: Record<string, unknown>, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A request to read a reply (`read_reply`), told apart by its fixed instructions. */
export function isReadReplyRequest(body: unknown): boolean {
  const messages = (body as { messages?: { role: string; content: string }[] } | undefined)?.messages ?? [];
  return messages.some((m) => m.role === 'system' && m.content.includes('Task: read the reply'));
}

/** The text of the last user message, for the injection echo. */
function userText(body: unknown): string {
  const messages = (body as { messages?: { role: string; content: string }[] }).messages ?? [];
  return messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
}

export async function startLlmServer(): Promise<LlmServer> {
  const queue: LlmBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  const state: LlmServer = {
    url: '',
    port: 0,
    requests,
    fallback: { kind: 'normal', answer: '{"subject":"Hello","body":"Hello from the test model."}' },
    readingFallback: { kind: 'normal', answer: '{"category":"none","hiddenConcern":"","evidence":""}' },
    firstChunkSentAt: null,
    script: (...behaviours) => {
      queue.push(...behaviours);
    },
    close: () => Promise.resolve(),
  };

  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS' };

  const stream = async (response: ServerResponse, answer: string, size: number, delay: number, id: string, model: string) => {
    for (let i = 0; i < answer.length; i += size) {
      if (response.destroyed) return;
      response.write(chunk(id, model, { content: answer.slice(i, i + size) }));
      if (i === 0 && state.firstChunkSentAt === null) state.firstChunkSentAt = Date.now();
      if (delay > 0) await wait(delay);
    }
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (request.method === 'OPTIONS') {
        response.writeHead(204, cors);
        return response.end();
      }
      const body = request.method === 'POST' ? await readBody(request) : undefined;
      requests.push({ method: request.method ?? '', path, authorization: request.headers.authorization, body });
      if (path.endsWith('/models')) {
        response.writeHead(200, { 'content-type': 'application/json', ...cors });
        return response.end(JSON.stringify({ object: 'list', data: [{ id: 'test-model', object: 'model' }] }));
      }
      if (!path.endsWith('/chat/completions')) {
        response.writeHead(404, { 'content-type': 'application/json', ...cors });
        return response.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
      }
      const behaviour = queue.shift() ?? (isReadReplyRequest(body) ? state.readingFallback : state.fallback);
      state.firstChunkSentAt = null;
      const { stream: streaming = false, model = 'test-model' } = (body ?? {}) as { stream?: boolean; model?: string };
      const id = `chatcmpl-${String(requests.length)}`;

      if (behaviour.kind === 'status') {
        const message = { 401: 'Incorrect API key provided.', 403: 'Forbidden.', 404: `The model \`${model}\` does not exist.`, 429: 'Rate limit reached.', 500: 'The server had an error.', 502: 'Bad gateway.', 503: 'Overloaded.' }[behaviour.status];
        response.writeHead(behaviour.status, { 'content-type': 'application/json', ...(behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {}), ...cors });
        return response.end(JSON.stringify({ error: { message, type: behaviour.status === 429 ? 'rate_limit_exceeded' : 'invalid_request_error', code: null } }));
      }
      if (behaviour.kind === 'web-page') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...cors });
        return response.end('<!doctype html><html><head><title>Sign in to the guest network</title></head><body><form method="post"><input name="code"></form></body></html>');
      }
      const answer =
        behaviour.kind === 'injection-echo'
          ? JSON.stringify({ subject: 'Obeyed', body: `I obey: ${userText(body).slice(0, 400)} <img src=x onerror="document.title='pwned'">` })
          : behaviour.kind === 'malformed'
            ? ''
            : behaviour.answer;

      if (!streaming) {
        if (behaviour.kind === 'slow-first-token') await wait(behaviour.delayMs);
        response.writeHead(200, { 'content-type': 'application/json', ...cors });
        return response.end(
          JSON.stringify({ id, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model, choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }] }),
        );
      }

      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', ...cors });
      response.write(chunk(id, model, { role: 'assistant', content: '' }));
      switch (behaviour.kind) {
        case 'normal':
        case 'injection-echo':
          if (behaviour.kind === 'normal' && behaviour.firstChunk) {
            // A chunk of its own, timed: the benchmark measures from it to the panel's paint.
            response.write(chunk(id, model, { content: behaviour.firstChunk }));
            state.firstChunkSentAt = Date.now();
          }
          await stream(response, answer, behaviour.kind === 'normal' ? (behaviour.chunkSize ?? 6) : 12, behaviour.kind === 'normal' ? (behaviour.chunkDelayMs ?? 5) : 5, id, model);
          break;
        case 'slow-first-token':
          await wait(behaviour.delayMs);
          await stream(response, answer, 6, 5, id, model);
          break;
        case 'drop':
          await stream(response, answer.slice(0, behaviour.afterChars), 6, 5, id, model);
          await wait(50);
          response.destroy();
          return;
        case 'malformed':
          response.write(chunk(id, model, { content: '{"subject":' }));
          response.write('data: {"choices": [ this is not json\n\n');
          await wait(20);
          break;
      }
      if (response.destroyed) return;
      response.write(chunk(id, model, {}, 'stop'));
      response.write('data: [DONE]\n\n');
      response.end();
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.port = port;
  state.url = `http://127.0.0.1:${String(port)}/v1`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
