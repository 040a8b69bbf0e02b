import { lazy, Suspense } from 'react';
import type { LlmReadingAnswer } from '@/lib/llm/answer';
import type { LlmTask } from '@/lib/llm/prompt';
import type { ReplyReading } from '@/lib/reader/read-reply';
import type { Playbook } from '@/lib/playbook/schema';
import { useI18n } from './i18n';
import { useLlmSettings } from './use-llm-settings';

const LlmReadingView = lazy(() => import('./LlmReadingView'));

/** What the offline reader made of the reply, for the comparison. */
export type OfflineReading = Pick<ReplyReading, 'category' | 'confidence'>;

/**
 * The LLM's reading of the prospect's reply, beside the offline one; nothing at all while the
 * LLM is off. Only the reply's words are sent, and only when the rep asks (as everywhere the LLM
 * is used, the request is shown before it is sent).
 */
export function LlmReading({ reply, offline, playbook, onAnswer }: { reply: string; offline: OfflineReading; playbook: Playbook; onAnswer?: ((answer: LlmReadingAnswer) => void) | undefined }) {
  const settings = useLlmSettings();
  const { locale } = useI18n();
  if (!settings.enabled || !reply.trim()) return null;
  const task: Extract<LlmTask, { kind: 'read_reply' }> = { kind: 'read_reply', language: locale, reply: reply.slice(0, 4000) };
  // One view per reply and endpoint: moving to another thread drops (and aborts) the last request.
  const cacheKey = JSON.stringify([settings.baseUrl, settings.model, task.language, task.reply]);
  return (
    <Suspense fallback={null}>
      <LlmReadingView key={cacheKey} cacheKey={cacheKey} task={task} settings={settings} offline={offline} playbook={playbook} onAnswer={onAnswer} />
    </Suspense>
  );
}
