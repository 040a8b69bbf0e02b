import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { areaKey, drillAreaOf } from '@/lib/dashboard/drills';
import { drillAnswers, recordDrillAnswer } from '@/lib/drills/store';
import type { DrillQuestion } from '@/lib/engine/drill';
import { nextDrillQuestion } from '@/lib/engine/drill-areas';
import { drillAreaItem, parseDrillArea } from '@/lib/settings/drill-area';
import { useI18n } from './i18n';
import { useOpenPlaybook } from './open-playbook';
import { usePlaybook } from './use-playbook';

/**
 * The area on screen: a link's (the dashboard's "practise") for this visit, else the one the trainee
 * chose last time (kept in local storage, so it outlives the panel). `undefined` while it is read.
 * A choice that cannot be stored still holds for this panel.
 */
function useDrillArea(linked: string | undefined): [string | undefined, (area: string) => void] {
  const fromLink = parseDrillArea(linked);
  const [area, setArea] = useState<string | undefined>(fromLink || undefined);
  useEffect(() => {
    if (fromLink) return;
    let live = true;
    drillAreaItem.getValue().then(
      (stored) => live && setArea((current) => current ?? parseDrillArea(stored)),
      () => live && setArea((current) => current ?? ''),
    );
    return () => {
      live = false;
    };
  }, [fromLink]);
  const choose = (next: string) => {
    setArea(next);
    void drillAreaItem.setValue(next).catch((error: unknown) => console.warn('[SOP Copilot] the drill area was not saved', error));
  };
  return [area, choose];
}

/**
 * Scenario practice for trainees: a situation, choices, the playbook's answer with why; progress is
 * kept. A selector narrows it to the stage the trainee is learning or one objection category; the
 * dashboard's "practise" link opens it on that area (`?view=drill&area=stage:qualify`).
 */
export function DrillView({ area: initialArea }: { area?: string | undefined } = {}) {
  const { t, label, locale } = useI18n();
  const playbook = usePlaybook();
  const openPlaybook = useOpenPlaybook();
  const [area, setArea] = useDrillArea(initialArea);
  const answers = useLiveQuery(() => drillAnswers(), [], undefined);
  // The question answered stays on screen (with its feedback) until "Next question".
  const [picked, setPicked] = useState<{ index: number; question: DrillQuestion }>();
  if (!playbook || !answers || area === undefined) return null;
  const inArea = (questionId: string) => {
    const found = drillAreaOf(questionId);
    return !area || (found !== null && areaKey(found) === area);
  };
  const asked = answers.filter((a) => inArea(a.questionId)).length;
  const question = picked?.question ?? nextDrillQuestion(playbook, locale, area || undefined, asked);
  const correct = answers.filter((a) => a.correct).length;
  const choose = (index: number) => {
    if (picked !== undefined) return;
    setPicked({ index, question });
    // Stored at once: the drill's progress survives closing the panel.
    void recordDrillAnswer(question.id, index === question.answer);
  };
  const chosen = picked?.index;
  const rightText = question.options[question.answer] ?? '';
  return (
    <section className="card" aria-labelledby="drill-title" data-testid="drill">
      <h2 id="drill-title">{t('drill.title')}</h2>
      <label className="drill-area">
        {label('drill.area')}
        <select
          value={area}
          onChange={(e) => {
            setArea(e.target.value);
            setPicked(undefined);
          }}
          data-testid="drill-area"
        >
          <option value="">{t('drill.areaAll')}</option>
          <optgroup label={t('drill.byStage')}>
            {playbook.stages.map((stage) => (
              <option key={stage.id} value={`stage:${stage.id}`}>
                {stage.name[locale]}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('drill.byObjection')}>
            {playbook.objections.map((objection) => (
              <option key={objection.id} value={`objection:${objection.id}`}>
                {objection.name[locale]}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <p className="muted" data-testid="drill-score">
        {t('drill.score', { correct: String(correct), total: String(answers.length) })}
      </p>
      <p data-testid="drill-prompt" data-question={question.id}>
        {question.prompt}
      </p>
      <div className="drill-options">
        {question.options.map((option, index) => (
          <button
            key={option}
            type="button"
            className={chosen === undefined ? '' : index === question.answer ? 'right' : index === chosen ? 'wrong' : ''}
            aria-pressed={chosen === index}
            disabled={chosen !== undefined}
            onClick={() => choose(index)}
            data-testid="drill-option"
          >
            {option}
          </button>
        ))}
      </div>
      {chosen !== undefined && (
        <div role="status" className="drill-feedback" data-testid="drill-feedback">
          <p className={chosen === question.answer ? 'verdict right' : 'verdict wrong'} data-testid="drill-verdict">
            {chosen === question.answer ? t('drill.right') : t('drill.wrong')}
          </p>
          <dl className="fields drill-explained">
            <dt>{t('drill.yourAnswer')}</dt>
            <dd data-testid="drill-your-answer">{question.options[chosen]}</dd>
            {chosen !== question.answer && (
              <>
                <dt>{t('drill.playbookAnswer')}</dt>
                <dd data-testid="drill-answer">{rightText}</dd>
              </>
            )}
            <dt>{t('drill.why')}</dt>
            <dd data-testid="drill-why">{question.explanation}</dd>
          </dl>
          <div className="drill-actions">
            <button type="button" className="primary" onClick={() => setPicked(undefined)} data-testid="drill-next">
              {t('drill.next')}
            </button>
            {chosen !== question.answer && question.stage && (
              <button type="button" className="link-button" onClick={() => question.stage && openPlaybook(question.stage)} data-testid="drill-read">
                {t('drill.read')}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
