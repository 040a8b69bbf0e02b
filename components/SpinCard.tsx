import { useState } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import type { SpinQuestion } from '@/lib/engine/spin';
import { markQuestionAsked } from '@/lib/contacts/store';
import { fillSpaced } from '@/lib/i18n/format';
import type { Playbook } from '@/lib/playbook/schema';
import { useI18n } from './i18n';
import { SharpenText } from './SharpenText';

/** SPIN questions fitted to this contact's industry and role; the phase follows the judged stage. */
export function SpinCard({ contact, playbook, questions }: { contact: Contact; playbook: Playbook; questions: readonly SpinQuestion[] }) {
  const { t, locale } = useI18n();
  const [copied, setCopied] = useState<string>();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  // The rep's AI-sharpened wording of a question, by id, for this session.
  const [sharpened, setSharpened] = useState<Record<string, string>>({});
  const top = questions[0];
  const copy = (id: string, text: string) => {
    void navigator.clipboard.writeText(text).then(() => setCopied(id));
  };
  return (
    <section className="card" aria-labelledby="spin-title">
      <h2 id="spin-title">{t('spin.title')}</h2>
      <ol className="spin-list" data-testid="spin-questions">
        {questions.map(({ text: offline, ...q }) => ({ ...q, text: sharpened[q.id] ?? offline })).map((q) => (
          <li key={q.id} data-question-id={q.id}>
            <span className={`spin-type spin-${q.type}`}>{t(`spin.type.${q.type}`)}</span>
            <span className="spin-text">{q.text}</span>
            <span className="spin-actions">
              <button type="button" className="link-button" onClick={() => copy(q.id, q.text)} aria-label={`${t('spin.copy')}: ${q.text}`}>
                {copied === q.id ? t('spin.copied') : t('spin.copy')}
              </button>
              <button type="button" className="link-button" onClick={() => void markQuestionAsked(contact.id, q.id, undefined, answers[q.id])} data-testid="spin-asked">
                {t('spin.markAsked')}
              </button>
              <button type="button" className="link-button" onClick={() => void markQuestionAsked(contact.id, q.id, q.painId, answers[q.id])} data-testid="spin-pain">
                {t('spin.markPain')}
              </button>
            </span>
            <input
              type="text"
              className="spin-answer"
              value={answers[q.id] ?? ''}
              placeholder={t('spin.answer')}
              aria-label={`${t('spin.answer')}: ${q.text}`}
              onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })}
              data-testid="spin-answer"
            />
          </li>
        ))}
      </ol>
      {top && <SharpenText key={top.id} purpose="spin-question" language={locale} contact={contact} offline={top.text} onUse={(text) => setSharpened({ ...sharpened, [top.id]: text })} />}
      {contact.answers && Object.keys(contact.answers).length > 0 && (
        <details data-testid="spin-answers">
          <summary>{t('spin.answered')}</summary>
          <dl className="fields">
            {Object.entries(contact.answers).map(([id, answer]) => {
              const [painId, type] = id.split(':') as [string, keyof Playbook['spin']['pains'][number]['questions']];
              const question = playbook.spin.pains.find((p) => p.id === painId)?.questions[type][locale] ?? id;
              return (
                <div key={id} className="answer-row">
                  <dt>{fillSpaced(locale, question, { company: contact.company ?? '', industryNoun: '' })}</dt>
                  <dd>{answer}</dd>
                </div>
              );
            })}
          </dl>
        </details>
      )}
    </section>
  );
}
