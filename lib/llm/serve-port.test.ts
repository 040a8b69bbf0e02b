import { describe, expect, it, vi } from 'vitest';
import { NO_POLICY, type ManagedPolicy } from '../policy/policy';
import { LLM_PORT } from './protocol';
import { serveLlmPort, type LlmPort, type LlmPortDeps } from './serve-port';
import { DEFAULT_LLM_SETTINGS } from './settings';

const ORIGIN = 'chrome-extension://abc/';

/** A port from our own panel, recording what the background posts back. */
function panelPort(): { port: LlmPort; posted: unknown[]; send: (message: unknown) => void } {
  const posted: unknown[] = [];
  let listener: (message: unknown) => void = () => undefined;
  const port: LlmPort = {
    name: LLM_PORT,
    sender: { id: 'abc', url: `${ORIGIN}sidepanel.html?tabId=3` },
    postMessage: (message) => posted.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (callback) => (listener = callback) },
    onDisconnect: { addListener: () => undefined },
  };
  return { port, posted, send: (message) => listener(message) };
}

function deps(policy: ManagedPolicy): { deps: LlmPortDeps; run: ReturnType<typeof vi.fn<LlmPortDeps['run']>> } {
  const run = vi.fn<LlmPortDeps['run']>(() => Promise.resolve({ ok: true, answer: { kind: 'text', text: 'Sharper.' } }));
  const served: LlmPortDeps = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    loadSettings: () => Promise.resolve({ ...DEFAULT_LLM_SETTINGS, enabled: true, baseUrl: 'https://api.openai.com/v1', apiKey: 'sk-x' }),
    loadPolicy: () => Promise.resolve(policy),
    hasPermission: () => Promise.resolve(true),
    run,
  };
  return { deps: served, run };
}

const START = { type: 'start', task: { kind: 'read_reply', language: 'en', reply: 'Too expensive for us.' } };

describe('serveLlmPort under the admin’s policy', () => {
  it.each<[string, ManagedPolicy, string]>([
    ['the LLM not allowed', { ...NO_POLICY, allowLlm: false }, 'blocked'],
    ['an endpoint off the list', { ...NO_POLICY, allowedLlmEndpoints: ['https://llm.northwind.example/v1'] }, 'endpoint-blocked'],
  ])('refuses before any request with %s', async (_name, policy, code) => {
    const { port, posted, send } = panelPort();
    const served = deps(policy);
    serveLlmPort(port, served.deps);
    send(START);
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'failed', failure: { code, host: 'api.openai.com' } }]));
    expect(served.run).not.toHaveBeenCalled();
  });

  it('serves an allowed endpoint', async () => {
    const { port, posted, send } = panelPort();
    const served = deps({ ...NO_POLICY, allowedLlmEndpoints: ['https://api.openai.com'] });
    serveLlmPort(port, served.deps);
    send(START);
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'done', answer: { kind: 'text', text: 'Sharper.' } }]));
    expect(served.run).toHaveBeenCalledOnce();
  });
});
