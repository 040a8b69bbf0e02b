import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import { getDatabase } from '@/lib/db/database';
import { composeDraft } from '@/lib/engine/drafts';
import type { LlmTask } from '@/lib/llm/prompt';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Playbook } from '@/lib/playbook/schema';
import { useI18n } from './i18n';
import { llmContact } from './SharpenText';
import { useLlmSettings } from './use-llm-settings';
import type { ReplyAnalysis } from './use-reply-analysis';

// The LLM part (and its message schemas) loads only for users who turned the LLM on.
const LlmSharpen = lazy(() => import('./LlmSharpen'));

type Status = { kind: 'idle' } | { kind: 'inserted' } | { kind: 'copied' } | { kind: 'error'; message: string };

/**
 * An editable follow-up email from the playbook's templates for this situation, copied or put
 * into the open compose box of the tab (never sent).
 */
export function DraftCard({
  contact,
  playbook,
  analysis,
  lastReply,
  composeTabId,
}: {
  contact: Contact;
  playbook: Playbook;
  analysis: ReplyAnalysis | undefined;
  lastReply: string | undefined;
  composeTabId: number | undefined;
}) {
  const { locale } = useI18n();
  const touched = useLiveQuery(async () => (await getDatabase().touches.where('contactId').equals(contact.id).count()) > 0, [contact.id], false);
  const objection = analysis && analysis.objection.category !== 'none' ? analysis.objection.category : undefined;
  const signals = analysis?.signals.map((s) => s.signal);
  // Write in the language the prospect wrote in; with no reply on the page, in the UI language.
  const draftLocale = analysis?.objection.language ?? locale;
  const draft = composeDraft({ playbook, locale: draftLocale, contact, touched, objection, signals });
  // Only what the wording needs: no email address, phone, notes or anything else stored.
  const about: DraftAbout = {
    language: draftLocale,
    contact: llmContact(contact),
    ...(lastReply ? { lastReply: lastReply.slice(0, 4000) } : {}),
  };
  // A new situation (language, objection, first touch made) brings a new draft; edits are kept otherwise.
  return <DraftEditor key={draft.body} subject={draft.subject} initial={draft.body} composeTabId={composeTabId} about={about} />;
}

type DraftAbout = Omit<Extract<LlmTask, { kind: 'draft' }>, 'kind' | 'offline'>;

function DraftEditor({ subject: initialSubject, initial, composeTabId, about }: { subject: string; initial: string; composeTabId: number | undefined; about: DraftAbout }) {
  const { t } = useI18n();
  const llm = useLlmSettings();
  const [text, setText] = useState(initial);
  const [subject, setSubject] = useState(initialSubject);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const insert = async () => {
    if (composeTabId === undefined) return;
    try {
      const outcome = await sendMessage('insertDraft', { text }, composeTabId);
      setStatus(outcome.ok ? { kind: 'inserted' } : { kind: 'error', message: t(outcome.reason === 'no-compose' ? 'draft.noCompose' : 'draft.severalCompose') });
    } catch {
      setStatus({ kind: 'error', message: t('draft.noPage') });
    }
  };
  return (
    <section className="card" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('draft.title')}</h2>
      <p className="muted" data-testid="draft-subject">
        {t('draft.subject')}: {subject}
      </p>
      <label>
        <span className="visually-hidden">{t('draft.title')}</span>
        <textarea className="draft" value={text} onChange={(e) => setText(e.target.value)} rows={9} data-testid="draft-body" />
      </label>
      <div className="button-row">
        {composeTabId !== undefined && (
          <button type="button" className="primary" onClick={() => void insert()} data-testid="draft-insert">
            {t('draft.insert')}
          </button>
        )}
        <button type="button" onClick={() => void navigator.clipboard.writeText(text).then(() => setStatus({ kind: 'copied' }))} data-testid="draft-copy">
          {t('spin.copy')}
        </button>
      </div>
      {llm.enabled && (
        <Suspense fallback={null}>
          <LlmSharpen
            task={{ kind: 'draft', ...about, offline: { subject: subject.slice(0, 300), body: text.slice(0, 6000) } }}
            settings={llm}
            onUse={(answer) => {
              if (answer.kind !== 'draft') return;
              setSubject(answer.subject);
              setText(answer.body);
            }}
          />
        </Suspense>
      )}
      {status.kind === 'inserted' && (
        <p role="status" className="ok" data-testid="draft-status">
          {t('draft.inserted')}
        </p>
      )}
      {status.kind === 'copied' && (
        <p role="status" className="ok" data-testid="draft-status">
          {t('spin.copied')}
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" className="error-text" data-testid="draft-status">
          {status.message}
        </p>
      )}
    </section>
  );
}
