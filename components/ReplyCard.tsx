import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { LlmReadingAnswer } from '@/lib/llm/answer';
import type { Contact } from '@/lib/contacts/schema';
import type { Evidence } from '@/lib/reader/classify-reply';
import type { Playbook } from '@/lib/playbook/schema';
import { aboutRenewal, trackText } from '@/lib/situation/talk';
import { countedSignals } from '@/lib/situation/signal-counts';
import { guessOffered, noteVoice, tracksSetAside } from '@/lib/situation/reply-view';
import { withoutSalutation } from '@/lib/situation/sentence';
import { recordTrackUse, usedTrackIdsOf } from '@/lib/track-uses/store';
import { Fold } from './Fold';
import { useI18n } from './i18n';
import { LlmReading } from './LlmReading';
import { ReadingControls } from './ReadingControls';
import { SharpenText } from './SharpenText';
import type { PageAdvice } from './use-advice';
import { useObjectionHeard } from './use-objection-heard';

/** The reply with the evidence marked; page text is only ever rendered as text. */
function Quoted({ text, evidence }: { text: string; evidence: Evidence | null }) {
  if (!evidence) return <blockquote className="reply-quote">{text}</blockquote>;
  return (
    <blockquote className="reply-quote">
      {text.slice(0, evidence.start)}
      <mark data-testid="objection-evidence">{text.slice(evidence.start, evidence.end)}</mark>
      {text.slice(evidence.end)}
    </blockquote>
  );
}

/** The prospect's last reply: buying signals first (act now), then the objection and how to answer it. */
export function ReplyCard({ contact, advice, playbook }: { contact: Contact | null; advice: PageAdvice; playbook: Playbook }) {
  const { t, label, list, locale } = useI18n();
  const used = useLiveQuery(async () => (contact ? usedTrackIdsOf(contact.id) : new Set<string>()), [contact?.id], new Set<string>());
  const [sharpened, setSharpened] = useState<{ trackId: string; text: string }>();
  // What the optional LLM read in this reply, when the rep asked it: its concern goes to the CRM with an objection it agrees on.
  const [llmRead, setLlmRead] = useState<{ reply: string; answer: LlmReadingAnswer }>();
  const reply = advice.gathered.lastWord;
  const objection = advice.reading;
  // What the card shows below is what the CRM is told: the objection, none, or (an unsure guess) nothing yet.
  const unsureGuess = objection ? objection.unsure && advice.situation.action.kind !== 'answer_objection' : false;
  const shownObjection = objection?.category !== 'none' && objection && playbook.objections.some((o) => o.id === objection.category) ? objection.category : 'none';
  const hiddenConcern = llmRead && llmRead.reply === reply?.text && llmRead.answer.category === shownObjection ? llmRead.answer.hiddenConcern : '';
  useObjectionHeard(contact, reply, advice.gathered.lastWordFrom, objection && !unsureGuess ? { objection: shownObjection, confidence: objection.confidence, hiddenConcern } : null);
  const replyText = reply?.text;
  const onLlmAnswer = useCallback((answer: LlmReadingAnswer) => {
    if (replyText !== undefined) setLlmRead({ reply: replyText, answer });
  }, [replyText]);
  if (!reply || !objection) return null;
  // A request to stop, a customer's complaint, an auto-reply, a referral, a supplier portal, a promise to come
  // back, a decision against us, a counter-offer, a correction of our invoice, a concern about the roll-out or a
  // complaint about our emails is answered as such: whatever objection or signal the reader also sees in it ("we'll review it this week
  // and let you know" leans to a brush-off), no talk tracks or "send the contract" beside that next step.
  // (beside their question or request the judgment answers instead too, but an unsure guess there is still offered)
  const setAside = tracksSetAside(advice.situation);
  // (the rep's own note on the record: asked about as their note, not as "their reply"; their words written down in it under a label: as their words in the note)
  const note = noteVoice(advice.situation);
  const offerGuess = guessOffered(advice.situation, objection.readings);
  // A re-confirmed detail before anything was presented is a question, not a signal to send the contract on.
  const analysis = { signals: setAside ? [] : countedSignals(objection.signals, advice.situation.stage.evidence, advice.situation.stage.stored, null, advice.situation.request ?? null) };
  // The contract is already with them: the playbook's "send the contract" would contradict the next step.
  const atContract = advice.situation.action.kind === 'get_signature';
  const inDraft = advice.draft.trackId;
  const subject = advice.gathered.conversation?.subject;
  // A customer balking at their renewal hears the renewal's words of each track, as the draft does.
  const renewal = aboutRenewal(advice.situation.stage.id, advice.gathered);
  // An unsure reading the judgment set aside (their question comes first) is offered as a guess to
  // confirm, not played out with talk tracks the next step does not follow.
  const guessOnly = objection.unsure && advice.situation.action.kind !== 'answer_objection';
  const category = objection.category !== 'none' && !guessOnly && !setAside ? playbook.objections.find((o) => o.id === objection.category) : undefined;
  // Unsure between two readings, the heading says both ("Too expensive or Not now?"), not one with its percentage.
  const secondReading = objection.source === 'model' && objection.unsure ? objection.readings[1] : undefined;
  const secondName = secondReading ? (secondReading.category === 'none' ? t('reply.categoryNone') : (playbook.objections.find((o) => o.id === secondReading.category)?.name[locale] ?? secondReading.category)) : undefined;
  const orSecond = secondName ? `${locale === 'en' ? ' ' : ''}${t('reply.orSecond', { b: secondName })}` : '';
  return (
    <>
      {analysis.signals.map((signal) => {
        const entry = playbook.buyingSignals.find((s) => s.id === signal.signal);
        if (!entry) return null;
        return (
          <section key={signal.signal} className="banner" role="status" data-testid="buying-signal" data-signal={signal.signal}>
            <strong>{t('reply.signal', { name: entry.name[locale] })}</strong>{' '}
            {/* At the contract the next step above already says what to do: the banner gives their words, not the step again. */}
            {atContract ? t('reply.signalOnly', { quote: withoutSalutation(signal.evidence.text) }) : t('reply.signalQuote', { quote: withoutSalutation(signal.evidence.text), action: entry.action[locale] })}
          </section>
        );
      })}
      {/* Open when there is an objection to answer (or a guess to confirm); their words otherwise fold to one line. */}
      <Fold name="reply" title={t(advice.gathered.lastWordFrom === 'record' ? 'deal.activityTitle' : 'reply.title')} summary={category ? `${category.name[locale]}${orSecond}` : reply.text} open={Boolean(category) || guessOnly}>
        {subject && <p className="muted" data-testid="conversation-subject">{subject}</p>}
        <Quoted text={reply.text} evidence={guessOnly ? null : objection.evidence} />
        {!category && !guessOnly && !setAside && <p data-testid="objection-none">{t(note === 'note' ? 'reply.note.noObjection' : note === 'quoted' ? 'reply.quoted.noObjection' : 'reply.noObjection')}</p>}
        {!category && <ReadingControls reply={reply.text} reading={objection} contact={contact} playbook={playbook} guess={offerGuess} note={note} />}
        {category && (
          <div data-testid="objection">
            <p data-testid="objection-heading" data-unsure={orSecond ? 'yes' : 'no'}>
              <strong data-testid="objection-category">{category.name[locale]}</strong>
              {orSecond && <span data-testid="objection-or">{orSecond}</span>}
              {/* A reading the rep's own correction decided is their word, not the reader's guess: no percentage beside it. */}
              {objection.source !== 'correction' && !orSecond && (
                <>
                  {locale === 'en' ? ' ' : ''}
                  <span className="muted" data-testid="objection-confidence">
                    {t('reply.confidence', { percent: Math.round(Math.min(0.99, objection.confidence) * 100) })}
                  </span>
                </>
              )}
            </p>
            <ReadingControls reply={reply.text} reading={objection} contact={contact} playbook={playbook} note={note} />
            <p className="muted">{t('reply.mayHide')}</p>
            <ul data-testid="objection-concerns">
              {category.hiddenConcerns.map((concern) => (
                <li key={concern.en}>{concern[locale]}</li>
              ))}
            </ul>
            <p>
              <span className="muted">{label('reply.clarify')}</span>
              <span data-testid="objection-question">{category.clarifyingQuestion[locale]}</span>
            </p>
            <ol className="responses" data-testid="objection-responses">
              {category.responses.map((response) => (
                <li key={response.trackId} data-track-id={response.trackId} data-in-draft={inDraft === response.trackId ? 'yes' : 'no'}>
                  {trackText(response, locale, advice.gathered, renewal)}{' '}
                  {used.has(response.trackId) && (
                    <span className="ok" data-testid="track-used">
                      ✓ {t('reply.used')}{' '}
                    </span>
                  )}
                  {inDraft === response.trackId ? (
                    <span className="muted" data-testid="track-in-draft">
                      {t('reply.inDraft')}
                    </span>
                  ) : (
                    contact && <button
                      type="button"
                      className="link-button"
                      onClick={() => void recordTrackUse({ contactId: contact.id, objection: category.id, trackId: response.trackId, at: Date.now() })}
                      data-testid="track-use"
                    >
                      {t('reply.use')}
                    </button>
                  )}
                  {sharpened?.trackId === response.trackId && (
                    <p className="llm-stream" data-testid="track-sharpened">
                      {sharpened.text}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            {category.responses[0] && contact && (
              <SharpenText
                key={category.responses[0].trackId}
                purpose="talk-track"
                language={objection.language}
                contact={contact}
                offline={trackText(category.responses[0], objection.language, advice.gathered, renewal)}
                lastReply={reply.text}
                onUse={(text) => {
                  const first = category.responses[0];
                  if (first) setSharpened({ trackId: first.trackId, text });
                }}
              />
            )}
            {objection.objections.length > 1 && (
              <p className="muted" data-testid="objection-others">
                {label('reply.alsoHeard')}
                {list(objection.objections.slice(1).map((o) => playbook.objections.find((p) => p.id === o.category)?.name[locale] ?? o.category))}
              </p>
            )}
          </div>
        )}
        <LlmReading reply={reply.text} offline={objection} playbook={playbook} onAnswer={onLlmAnswer} />
      </Fold>
    </>
  );
}
