import { useEffect } from 'react';
import type { LlmReadingAnswer } from '@/lib/llm/answer';
import { buildMessages, type LlmTask } from '@/lib/llm/prompt';
import type { LlmSettings } from '@/lib/llm/settings';
import type { ObjectionId } from '@/lib/playbook/ids';
import type { Playbook } from '@/lib/playbook/schema';
import { useI18n, type I18n } from './i18n';
import { llmFailureText } from './llm-failure-text';
import type { ReplyReading } from '@/lib/reader/read-reply';
import { useLlmRequest } from './use-llm-request';

type ReadTask = Extract<LlmTask, { kind: 'read_reply' }>;

/**
 * Readings already made in this panel, by endpoint, model, language and reply (`cacheKey`): going
 * back to a thread shows its reading again without asking (and paying) twice. Memory only, bounded.
 */
const readings = new Map<string, LlmReadingAnswer>();
const MAX_READINGS = 50;

function remember(key: string, answer: LlmReadingAnswer): void {
  readings.delete(key);
  readings.set(key, answer);
  for (const oldest of readings.keys()) {
    if (readings.size <= MAX_READINGS) break;
    readings.delete(oldest);
  }
}

/** Whether the two readings agree, and if not, both in one sentence: never one silently picked. */
function comparison(t: I18n['t'], llm: ObjectionId | 'none', offline: Pick<ReplyReading, 'category' | 'confidence'>, name: (id: ObjectionId) => string): { agree: boolean; text: string } {
  if (llm === offline.category) return { agree: true, text: t('llm.reading.agree') };
  const confidence = String(Math.round(offline.confidence * 100));
  if (offline.category === 'none') return { agree: false, text: t('llm.reading.disagreeOfflineNone', { llm: name(llm as ObjectionId) }) };
  if (llm === 'none') return { agree: false, text: t('llm.reading.disagreeLlmNone', { offline: name(offline.category), confidence }) };
  return { agree: false, text: t('llm.reading.disagree', { llm: name(llm), offline: name(offline.category), confidence }) };
}

/**
 * The LLM's reading of one reply: the request it will send, then its category, the concern the
 * words may hide and the words it quotes (always the prospect's own, checked), with a line saying
 * whether it agrees with the offline reader. Everything the model wrote is rendered as text.
 */
export default function LlmReadingView({ task, cacheKey: key, settings, offline, playbook, onAnswer }: { task: ReadTask; cacheKey: string; settings: LlmSettings; offline: Pick<ReplyReading, 'category' | 'confidence'>; playbook: Playbook; onAnswer?: ((answer: LlmReadingAnswer) => void) | undefined }) {
  const { t, locale } = useI18n();
  const host = new URL(settings.baseUrl).host;
  const { state, start, stop } = useLlmRequest(host);

  const fresh = state.kind === 'done' && state.answer.kind === 'reading' ? state.answer : null;
  useEffect(() => {
    if (fresh) remember(key, fresh);
  }, [fresh, key]);

  const answer = fresh ?? (state.kind === 'idle' ? (readings.get(key) ?? null) : null);
  const failure = state.kind === 'failed' ? state.failure : state.kind === 'done' && !fresh ? { code: 'invalid-answer' as const } : null;
  // The card above may use what the model read (the concern, when it agrees on the objection).
  useEffect(() => {
    if (answer) onAnswer?.(answer);
  }, [answer, onAnswer]);
  const name = (id: ObjectionId) => playbook.objections.find((o) => o.id === id)?.name[locale] ?? id;
  const preview = JSON.stringify({ model: settings.model, messages: buildMessages(task) }, null, 2);
  const compared = answer ? comparison(t, answer.category, offline, name) : null;

  return (
    <div className="llm" data-testid="llm-reading">
      <h3>{t('llm.reading.title')}</h3>
      <details data-testid="llm-reading-preview">
        <summary>{t('llm.preview', { host })}</summary>
        <pre data-testid="llm-reading-preview-body" tabIndex={0} aria-label={t('llm.preview', { host })}>
          {preview}
        </pre>
      </details>
      {state.kind === 'streaming' ? (
        <>
          <p className="muted" role="status" data-testid="llm-reading-busy">
            {t('llm.reading.reading')}
          </p>
          <div className="button-row">
            <button type="button" onClick={stop} data-testid="llm-reading-stop">
              {t('llm.stop')}
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => start(task)} data-testid="llm-read">
            {t('llm.reading.read')}
          </button>
        </div>
      )}
      {answer && compared && (
        <>
          <div className="llm-stream" data-testid="llm-reading-result">
            <p>
              {t('llm.reading.category')}{' '}
              <strong data-testid="llm-reading-category" data-category={answer.category}>
                {answer.category === 'none' ? t('llm.reading.none') : name(answer.category)}
              </strong>
            </p>
            {answer.hiddenConcern && answer.category !== 'none' && (
              <p>
                <span className="muted">{t('llm.reading.concern')}</span> <span data-testid="llm-reading-concern">{answer.hiddenConcern}</span>
              </p>
            )}
            {answer.evidence && (
              <p>
                <span className="muted">{t('llm.reading.evidence')}</span> <q data-testid="llm-reading-evidence">{answer.evidence}</q>
              </p>
            )}
          </div>
          <p data-testid="llm-reading-comparison" data-agree={compared.agree ? 'yes' : 'no'}>
            {compared.agree ? compared.text : <strong>{compared.text}</strong>}
          </p>
        </>
      )}
      {state.kind === 'stopped' && (
        <p role="status" data-testid="llm-reading-stopped">
          {t('llm.reading.stopped')}
        </p>
      )}
      {failure && (
        <p role="alert" className="error-text" data-testid="llm-reading-error">
          {llmFailureText(t, failure, settings)} {t('llm.reading.keepOffline')}
        </p>
      )}
    </div>
  );
}
