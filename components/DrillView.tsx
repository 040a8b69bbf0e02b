import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { areaKey, drillAreaOf } from '@/lib/dashboard/drills';
import { drillAnswers, recordDrillAnswer } from '@/lib/drills/store';
import { drillQuestion } from '@/lib/engine/drill';
import type { Playbook } from '@/lib/playbook/schema';
import type { Locale } from '@/lib/i18n/locales';
import { useI18n } from './i18n';
import { useOpenPlaybook } from './open-playbook';
import { usePlaybook } from './use-playbook';

/** The n-th question from `from` on that practises `area` (`stage:qualify`, `objection:price`); the cycle covers every area within a few dozen questions. */
function questionOfArea(playbook: Playbook, locale: Locale, from: number, area: string | undefined) {
  if (area) {
    for (let n = from; n < from + 200; n++) {
      const found = drillAreaOf(drillQuestion(playbook, locale, n).id);
      if (found && areaKey(found) === area) return drillQuestion(playbook, locale, n);
    }
  }
  return drillQuestion(playbook, locale, from);
}

/** Scenario practice for trainees: a situation, choices, the playbook's answer; progress is kept. With an area (from the dashboard), only that area's questions. */
export function DrillView({ area }: { area?: string | undefined } = {}) {
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const openPlaybook = useOpenPlaybook();
  const answers = useLiveQuery(() => drillAnswers(), [], undefined);
  const [picked, setPicked] = useState<number>();
  if (!playbook || !answers) return null;
  const question = questionOfArea(playbook, locale, answers.length - (picked === undefined ? 0 : 1), area);
  const correct = answers.filter((a) => a.correct).length;
  const choose = (index: number) => {
    if (picked !== undefined) return;
    setPicked(index);
    // Stored at once: the drill's progress survives closing the panel.
    void recordDrillAnswer(question.id, index === question.answer);
  };
  return (
    <section className="card" aria-labelledby="drill-title" data-testid="drill">
      <h2 id="drill-title">{t('drill.title')}</h2>
      <p className="muted" data-testid="drill-score">
        {t('drill.score', { correct: String(correct), total: String(answers.length) })}
      </p>
      <p data-testid="drill-prompt">{question.prompt}</p>
      <div className="drill-options">
        {question.options.map((option, index) => (
          <button
            key={option}
            type="button"
            className={picked === undefined ? '' : index === question.answer ? 'right' : index === picked ? 'wrong' : ''}
            aria-pressed={picked === index}
            disabled={picked !== undefined}
            onClick={() => choose(index)}
            data-testid="drill-option"
          >
            {option}
          </button>
        ))}
      </div>
      {picked !== undefined && (
        <div role="status" data-testid="drill-feedback">
          <p>{picked === question.answer ? t('drill.right') : t('drill.wrong', { answer: question.options[question.answer] ?? '' })}</p>
          <p className="muted">{question.explanation}</p>
          {picked !== question.answer && question.stage && (
            <button type="button" className="link-button" onClick={() => question.stage && openPlaybook(question.stage)} data-testid="drill-read">
              {t('drill.read')}
            </button>
          )}
          <button type="button" onClick={() => setPicked(undefined)} data-testid="drill-next">
            {t('drill.next')}
          </button>
        </div>
      )}
    </section>
  );
}
