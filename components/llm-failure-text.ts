import type { LlmFailure } from '@/lib/llm/protocol';
import type { LlmSettings } from '@/lib/llm/settings';
import type { I18n } from './i18n';

/** What went wrong with an LLM request, in the UI language, naming the host, status and wait. */
export function llmFailureText(t: I18n['t'], failure: LlmFailure, settings: LlmSettings): string {
  const params = { host: failure.host ?? new URL(settings.baseUrl).host, status: String(failure.status ?? ''), seconds: String(failure.code === 'timeout' ? settings.timeoutSeconds : (failure.retryAfterSeconds ?? '')), model: settings.model };
  if (failure.code === 'rate-limited' && failure.retryAfterSeconds === undefined) return t('llm.error.rate-limited-unknown', params);
  return t(`llm.error.${failure.code}`, params);
}
