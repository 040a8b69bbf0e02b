import type { LlmAnswer } from '@/lib/llm/answer';
import { partialField } from '@/lib/llm/partial';
import { buildMessages, type LlmTask } from '@/lib/llm/prompt';
import type { LlmSettings } from '@/lib/llm/settings';
import { useI18n } from './i18n';
import { llmFailureText } from './llm-failure-text';
import { useLlmRequest } from './use-llm-request';

/**
 * "Sharpen with AI" for one offline text: a preview of exactly what will be sent, the answer
 * streaming in as it is written (stoppable), then offered — never applied — as a new version.
 * The offline text stays on screen and untouched whatever happens; a half-written or failed
 * answer is dropped. Everything the model writes is rendered as text.
 */
export default function LlmSharpen({ task, settings, onUse }: { task: LlmTask; settings: LlmSettings; onUse: (answer: LlmAnswer) => void }) {
  const { t } = useI18n();
  const host = new URL(settings.baseUrl).host;
  const { state, start, stop, reset } = useLlmRequest(host);
  const preview = JSON.stringify({ model: settings.model, messages: buildMessages(task) }, null, 2);
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
          <button type="button" onClick={() => start(task)} data-testid="llm-sharpen">
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
            {state.answer.kind === 'draft' ? `${state.answer.subject}\n\n${state.answer.body}` : state.answer.kind === 'text' ? state.answer.text : ''}
          </div>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onUse(state.answer);
                reset();
              }}
              data-testid="llm-use"
            >
              {t('llm.use')}
            </button>
            <button type="button" onClick={() => reset()} data-testid="llm-discard">
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
          {llmFailureText(t, state.failure, settings)} {t('llm.keepOffline')}
        </p>
      )}
    </div>
  );
}
