import { storage } from 'wxt/utils/storage';

/** The optional LLM: off by default; the key stays in this browser's local storage only. */
export interface LlmSettings {
  enabled: boolean;
  /** An OpenAI-compatible API root, e.g. `https://api.openai.com/v1`, `http://localhost:11434/v1`. */
  baseUrl: string;
  model: string;
  apiKey: string;
  timeoutSeconds: number;
}

export const DEFAULT_LLM_SETTINGS: LlmSettings = { enabled: false, baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: '', timeoutSeconds: 15 };
export const TIMEOUT_RANGE = { min: 3, max: 120 } as const;

/** `local:` on purpose: never synced to other devices. */
export const llmSettingsItem = storage.defineItem<LlmSettings>('local:llm', { fallback: DEFAULT_LLM_SETTINGS });

/** The settings as stored, field by field; anything that no longer fits falls back (and an unusable URL turns the LLM off). */
export function parseLlmSettings(value: unknown): LlmSettings {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const text = (key: string, fallback: string) => (typeof record[key] === 'string' ? (record[key]).trim() : fallback);
  const baseUrl = text('baseUrl', DEFAULT_LLM_SETTINGS.baseUrl);
  const timeout = typeof record.timeoutSeconds === 'number' && Number.isFinite(record.timeoutSeconds) ? Math.round(record.timeoutSeconds) : DEFAULT_LLM_SETTINGS.timeoutSeconds;
  return {
    enabled: record.enabled === true && endpointOrigin(baseUrl) !== null,
    baseUrl,
    model: text('model', DEFAULT_LLM_SETTINGS.model),
    apiKey: text('apiKey', ''),
    timeoutSeconds: Math.min(TIMEOUT_RANGE.max, Math.max(TIMEOUT_RANGE.min, timeout)),
  };
}

/** The host permission pattern for an endpoint (`https://api.openai.com/*`), or null when it is no http(s) URL. */
export function endpointOrigin(baseUrl: string): string | null {
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** "sk-…wxyz": enough to recognise a key, never enough to use it. */
export function maskKey(key: string): string {
  if (!key) return '';
  return key.length <= 8 ? '••••' : `${key.slice(0, 3)}…${key.slice(-4)}`;
}
