import { backgroundMessageSchema, LLM_PORT, panelMessageSchema, type BackgroundMessage } from './protocol';
import type { LlmOutcome, RunHooks } from './run';
import type { LlmTask } from './prompt';
import { endpointOrigin, type LlmSettings } from './settings';
import { llmPolicyRefusal } from '../policy/llm-policy';
import type { ManagedPolicy } from '../policy/policy';

/** The parts of `chrome.runtime.Port` the server needs. */
export interface LlmPort {
  name: string;
  sender?: { id?: string | undefined; url?: string | undefined } | undefined;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: () => void): void };
}

export interface LlmPortDeps {
  extensionId: string;
  /** `chrome-extension://<id>/`: only our own pages may ask. */
  extensionOrigin: string;
  loadSettings(): Promise<LlmSettings>;
  /** The admin's policy (AllowLlm, AllowedLlmEndpoints), read fresh for every request. */
  loadPolicy(): Promise<Pick<ManagedPolicy, 'allowLlm' | 'allowedLlmEndpoints'>>;
  hasPermission(origin: string): Promise<boolean>;
  run(settings: LlmSettings, task: LlmTask, hooks: RunHooks): Promise<LlmOutcome>;
}

/** Extension pages that may use the LLM: the side panel (also when opened as a tab). */
const ALLOWED_PAGES = ['sidepanel.html'];

/**
 * Serves one panel's request for an LLM answer over a port: checks the sender is our own panel
 * (a content script, which runs on the page, may never start one), validates every message,
 * streams deltas back, and aborts when the panel stops or goes away.
 */
export function serveLlmPort(port: LlmPort, deps: LlmPortDeps): void {
  if (port.name !== LLM_PORT) return;
  const url = port.sender?.url ?? '';
  const page = url.startsWith(deps.extensionOrigin) ? new URL(url).pathname.replace(/^\//, '') : '';
  if (port.sender?.id !== deps.extensionId || !ALLOWED_PAGES.includes(page)) {
    port.disconnect();
    return;
  }
  const controller = new AbortController();
  let started = false;
  const post = (message: BackgroundMessage) => {
    try {
      port.postMessage(backgroundMessageSchema.parse(message));
    } catch {
      // The panel went away; nothing to tell.
    }
  };
  port.onDisconnect.addListener(() => controller.abort());
  port.onMessage.addListener((raw) => {
    const parsed = panelMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type === 'stop') {
      controller.abort();
      return;
    }
    if (started) return;
    started = true;
    const { task } = parsed.data;
    void (async () => {
      const settings = await deps.loadSettings();
      const origin = endpointOrigin(settings.baseUrl);
      if (!settings.enabled || !origin) return post({ type: 'failed', failure: { code: 'off' } });
      // The admin's policy is enforced here, where the request would start, whatever the UI shows.
      const refusal = llmPolicyRefusal(await deps.loadPolicy(), settings.baseUrl);
      if (refusal) return post({ type: 'failed', failure: { code: refusal, host: new URL(settings.baseUrl).host } });
      if (!(await deps.hasPermission(origin))) return post({ type: 'failed', failure: { code: 'no-permission', host: new URL(settings.baseUrl).host } });
      const outcome = await deps.run(settings, task, { signal: controller.signal, onDelta: (text) => post({ type: 'delta', text }) });
      if (outcome.ok) post({ type: 'done', answer: outcome.answer });
      else if (outcome.stopped) post({ type: 'stopped' });
      else post({ type: 'failed', failure: outcome.failure });
    })().catch(() => post({ type: 'failed', failure: { code: 'network' } }));
  });
}
