import { lazy, Suspense, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { LlmTask } from '@/lib/llm/prompt';
import type { Playbook } from '@/lib/playbook/schema';
import type { SiteId } from '@/lib/sites/hosts';
import { sendMessage } from '@/lib/messaging/protocol';
import { Fold } from './Fold';
import { useI18n } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { llmContact } from './SharpenText';
import type { PageAdvice } from './use-advice';
import { useLlmSettings } from './use-llm-settings';

// The LLM part (and its message schemas) loads only for users who turned the LLM on.
const LlmSharpen = lazy(() => import('./LlmSharpen'));

type Status = { kind: 'idle' } | { kind: 'inserted' } | { kind: 'copied' } | { kind: 'error'; message: string };

/**
 * The draft that does the judged action, in the prospect's language (switchable), copied or put
 * into the open compose box of the tab (never sent).
 */
export function DraftCard({
  advice,
  playbook,
  draftLanguage,
  onLanguage,
  composeTabId,
  composeSite,
}: {
  advice: PageAdvice;
  playbook: Playbook;
  /** The site whose compose box the draft goes into (LinkedIn's is a message box with no signature). */
  composeSite?: SiteId | undefined;
  draftLanguage: Locale | undefined;
  onLanguage: (language: Locale) => void;
  composeTabId: number | undefined;
}) {
  const { t, locale } = useI18n();
  const { draft, gathered, reading } = advice;
  const name = gathered.contact ?? gathered.deal?.record.contacts[0];
  if (draft.templateId === 'none') {
    // (none before a merge the next step asks for, none for someone who asked us to stop)
    const why = advice.situation.action.step === 'same_person' ? t('draft.noDraftMerge') : t('draft.noDraft');
    return (
      <Fold name="draft" title={t('draft.title')} summary={why} open={false}>
        <p data-testid="draft-none">{why}</p>
      </Fold>
    );
  }
  const lastReply = gathered.lastWord?.text;
  // Only what the wording needs: no email address, phone, notes or anything else stored.
  const about: DraftAbout = {
    language: draft.language,
    contact: llmContact({ name: name?.name ?? '', company: gathered.contact?.company ?? gathered.deal?.record.account, title: name?.title }),
    ...(lastReply ? { lastReply: lastReply.slice(0, 4000) } : {}),
  };
  const objection = reading && reading.category !== 'none' ? playbook.objections.find((o) => o.id === reading.category) : undefined;
  const track = objection?.responses.find((r) => r.trackId === draft.trackId);
  return (
    <div data-testid="draft" data-kind={advice.situation.action.kind} data-language={draft.language}>
    <DraftEditor
      // A new situation (action, language, talk track) brings a new draft; edits are kept otherwise.
      key={`${draft.templateId}|${draft.language}|${draft.subject}|${draft.body}`}
      subject={draft.subject}
      to={draft.to}
      initial={draft.body}
      composeTabId={composeTabId}
      chat={composeSite === 'linkedin'}
      about={about}
      language={draftLanguage ?? draft.language}
      onLanguage={onLanguage}
      track={track ? { id: track.trackId, text: track.text[locale] } : null}
    />
    </div>
  );
}

type DraftAbout = Omit<Extract<LlmTask, { kind: 'draft' }>, 'kind' | 'offline'>;

function DraftEditor({
  subject: initialSubject,
  to,
  initial,
  composeTabId,
  chat,
  about,
  language,
  onLanguage,
  track,
}: {
  subject: string;
  /** Another address than the page's (a bounce named it): the rep puts it in the To line. */
  to?: string | undefined;
  initial: string;
  composeTabId: number | undefined;
  chat: boolean;
  about: DraftAbout;
  language: Locale;
  onLanguage: (language: Locale) => void;
  track: { id: string; text: string } | null;
}) {
  const { t, label } = useI18n();
  const llm = useLlmSettings();
  const [text, setText] = useState(initial);
  const [subject, setSubject] = useState(initialSubject);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const insert = async () => {
    if (composeTabId === undefined) return;
    try {
      // A blank line after the sign-off, so the mail client's signature never runs into it.
      const outcome = await sendMessage('insertDraft', { text: chat ? text.trimEnd() : `${text.trimEnd()}\n\n` }, composeTabId);
      const failure = outcome.ok ? null : chat ? (outcome.reason === 'no-compose' ? 'draft.noMessageBox' : 'draft.severalMessageBoxes') : outcome.reason === 'no-compose' ? 'draft.noCompose' : 'draft.severalCompose';
      setStatus(failure ? { kind: 'error', message: t(failure) } : { kind: 'inserted' });
    } catch {
      setStatus({ kind: 'error', message: t('draft.noPage') });
    }
  };
  return (
    <Fold
      name="draft"
      title={t('draft.title')}
      summary={(!chat && subject) || text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ')}
      open
      extra={<LanguageSelect label={t('draft.language')} value={language} onChange={onLanguage} testId="draft-language" />}
    >
      {track && (
        <p className="muted" data-testid="draft-track" data-track-id={track.id}>
          {t('draft.track', { track: track.text.length > 90 ? `${track.text.slice(0, 88)}…` : track.text })}
        </p>
      )}
      {to && (
        <p className="muted" data-testid="draft-to">
          {label('draft.to')}{to}
        </p>
      )}
      {/* A LinkedIn message has no subject line: only the text goes into the message box. */}
      {!chat && (
        <p className="muted" data-testid="draft-subject">
          {label('draft.subject')}
          <span lang={language}>{subject}</span>
        </p>
      )}
      <label>
        <span className="visually-hidden">{t('draft.title')}</span>
        <textarea className="draft" lang={language} value={text} onChange={(e) => setText(e.target.value)} rows={9} data-testid="draft-body" />
      </label>
      <div className="button-row">
        {composeTabId !== undefined && (
          <button type="button" className="primary" onClick={() => void insert()} data-testid="draft-insert" data-shortcut="i">
            {t(chat ? 'draft.insertMessage' : 'draft.insert')}
          </button>
        )}
        <button type="button" onClick={() => void navigator.clipboard.writeText(text).then(() => setStatus({ kind: 'copied' }))} data-testid="draft-copy" data-shortcut="c">
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
          {t(chat ? 'draft.insertedMessage' : 'draft.inserted')}
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
    </Fold>
  );
}
