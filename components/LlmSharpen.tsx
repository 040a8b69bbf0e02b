import { useEffect, useRef, useState } from 'react';
import type { LlmAnswer } from '@/lib/llm/answer';
import { partialField } from '@/lib/llm/partial';
import { buildMessages, type LlmTask } from '@/lib/llm/prompt';
import { backgroundMessageSchema, LLM_PORT, type LlmFailure } from '@/lib/llm/protocol';
import type { LlmSettings } from '@/lib/llm/settings';
import { useI18n } from './i18n';

type State =
  | { kind: 'idle' }
  | { kind: 'streaming'; raw: string }
  | { kind: 'done'; answer: LlmAnswer }
  | { kind: 'stopped' }
  | { kind: 'failed'; failure: LlmFailure };

function failureText(t: ReturnType<typeof useI18n>['t'], failure: LlmFailure, settings: LlmSettings): string {
  const params = { host: failure.host ?? new URL(settings.baseUrl).host, status: String(failure.status ?? ''), seconds: String(failure.code === 'timeout' ? settings.timeoutSeconds : (failure.retryAfterSeconds ?? '')), model: settings.model };
  if (failure.code === 'rate-limited' && failure.retryAfterSeconds === undefined) return t('llm.error.rate-limited-unknown', params);
  return t(`llm.error.${failure.code}`, params);
}

/**
 * "Sharpen with AI" for one offline text: a preview of exactly what will be sent, the answer
 * streaming in as it is written (stoppable), then offered — never applied — as a new version.
 * The offline text stays on screen and untouched whatever happens; a half-written or failed
 * answer is dropped. Everything the model writes is rendered as text.
 */
export default function LlmSharpen({ task, settings, onUse }: { task: LlmTask; settings: LlmSettings; onUse: (answer: LlmAnswer) => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const port = useRef<Browser.runtime.Port | null>(null);
  const host = new URL(settings.baseUrl).host;
  const preview = JSON.stringify({ model: settings.model, messages: buildMessages(task) }, null, 2);

  useEffect(() => () => port.current?.disconnect(), []);
  const start = () => {
    port.current?.disconnect();
    const connection = browser.runtime.connect({ name: LLM_PORT });
    port.current = connection;
    setState({ kind: 'streaming', raw: '' });
    connection.onMessage.addListener((raw: unknown) => {
      const parsed = backgroundMessageSchema.safeParse(raw);
      if (!parsed.success || port.current !== connection) return;
      const message = parsed.data;
      if (message.type === 'delta') setState((s) => (s.kind === 'streaming' ? { kind: 'streaming', raw: s.raw + message.text } : s));
      else if (message.type === 'done') setState({ kind: 'done', answer: message.answer });
      else if (message.type === 'failed') setState({ kind: 'failed', failure: message.failure });
      else setState({ kind: 'stopped' });
      if (message.type !== 'delta') {
        connection.disconnect();
        port.current = null;
      }
    });
    connection.onDisconnect.addListener(() => {
      if (port.current === connection) setState({ kind: 'failed', failure: { code: 'network', host } });
    });
    connection.postMessage({ type: 'start', task });
  };

  const stop = () => port.current?.postMessage({ type: 'stop' });
  const field = task.kind === 'draft' ? 'body' : 'text';

  return (
    <div className="llm" data-testid="llm">
      <details data-testid="llm-preview">
        <summary>{t('llm.preview', { host })}</summary>
        <pre data-testid="llm-preview-body" tabIndex={0} aria-label={t('llm.preview', { host })}>
          {preview}
        </pre>
      </details>
      {state.kind !== 'streaming' && (
        <div className="button-row">
          <button type="button" onClick={start} data-testid="llm-sharpen">
            {t('llm.sharpen')}
          </button>
        </div>
      )}
      {state.kind === 'streaming' && (
        <>
          <p className="muted" role="status">
            {t('llm.streaming')}
          </p>
          <div className="llm-stream" data-testid="llm-stream" aria-live="off">
            {partialField(state.raw, field)}
          </div>
          <div className="button-row">
            <button type="button" onClick={stop} data-testid="llm-stop">
              {t('llm.stop')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'done' && (
        <>
          <p className="muted">{t('llm.result')}</p>
          <div className="llm-stream" data-testid="llm-result">
            {state.answer.kind === 'draft' ? `${state.answer.subject}\n\n${state.answer.body}` : state.answer.text}
          </div>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onUse(state.answer);
                setState({ kind: 'idle' });
              }}
              data-testid="llm-use"
            >
              {t('llm.use')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })} data-testid="llm-discard">
              {t('llm.discard')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'stopped' && (
        <p role="status" data-testid="llm-stopped">
          {t('llm.stopped')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="error-text" data-testid="llm-error">
          {failureText(t, state.failure, settings)} {t('llm.keepOffline')}
        </p>
      )}
    </div>
  );
}
