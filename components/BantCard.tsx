import type { Contact } from '@/lib/contacts/schema';
import { setBant } from '@/lib/contacts/store';
import { scoreBantAt, UNKNOWN_BANT, type BantFacts } from '@/lib/engine/bant';
import type { StageId } from '@/lib/sop/stages';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Playbook } from '@/lib/playbook/schema';
import { Fold } from './Fold';
import { useI18n } from './i18n';

const OPTIONS: { [K in Exclude<keyof BantFacts, 'timelineMonths'>]: { value: BantFacts[K]; label: MessageKey }[] } = {
  budget: [
    { value: 'unknown', label: 'bant.value.unknown' },
    { value: 'confirmed', label: 'bant.value.confirmed' },
    { value: 'none', label: 'bant.value.none' },
  ],
  authority: [
    { value: 'unknown', label: 'bant.value.unknown' },
    { value: 'decision-maker', label: 'bant.value.decision-maker' },
    { value: 'influencer', label: 'bant.value.influencer' },
  ],
  need: [
    { value: 'unknown', label: 'bant.value.unknown' },
    { value: 'vague', label: 'bant.value.vague' },
    { value: 'clear', label: 'bant.value.clear' },
    { value: 'none', label: 'bant.value.noMatch' },
  ],
};
const MONTHS = [1, 3, 6, 12];

/**
 * Edit what is known of Budget, Authority, Need and Timeline; the tier and its reason follow at once,
 * as the judgment reads them at `stage` (the header's tier: at negotiation or contract, what the stage
 * shows in fact fills what was never recorded).
 */
export function BantCard({ contact, playbook, stage, heard = false, heardNeed = null }: { contact: Contact; playbook: Playbook; stage: StageId | 'lost'; heard?: boolean; heardNeed?: string | null }) {
  const { t, label, locale } = useI18n();
  const facts = contact.bant ?? UNKNOWN_BANT;
  const score = scoreBantAt(facts, stage, playbook, locale, heard);
  // Their words confirm the need while the record does not: say so, one click records it.
  const offerNeed = heardNeed !== null && (facts.need === 'unknown' || facts.need === 'vague');
  const update = (patch: Partial<BantFacts>) => void setBant(contact.id, { ...facts, ...patch });
  const select = (key: keyof typeof OPTIONS) => (
    <label className="bant-field">
      <span>{t(`bant.${key}`)}</span>
      <select value={facts[key]} onChange={(e) => update({ [key]: e.target.value })} data-testid={`bant-${key}`}>
        {OPTIONS[key].map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Fold name="bant" title={t('bant.title')} summary={offerNeed ? t('bant.needHeardSummary') : score.reason} open={offerNeed}>
      {offerNeed && (
        <div className="banner" role="status" data-testid="bant-need-heard">
          <p>{t('bant.needHeard', { quote: heardNeed })}</p>
          <button type="button" onClick={() => update({ need: 'clear' })} data-testid="bant-need-accept">
            {t('bant.needHeardAction')}
          </button>
        </div>
      )}
      <div className="bant-grid">
        {select('budget')}
        {select('authority')}
        {select('need')}
        <label className="bant-field">
          <span>{t('bant.timeline')}</span>
          <select
            value={facts.timelineMonths === null ? '' : String(facts.timelineMonths)}
            onChange={(e) => update({ timelineMonths: e.target.value === '' ? null : Number(e.target.value) })}
            data-testid="bant-timeline"
          >
            <option value="">{t('bant.value.unknown')}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {t('bant.months', { months: m })}
              </option>
            ))}
            <option value="24">{t('bant.monthsMore')}</option>
          </select>
        </label>
      </div>
      <p data-testid="bant-reason">{score.reason}</p>
      {score.missing[0] && !score.retire && (
        <p className="muted" data-testid="bant-ask-next">
          {label('bant.askNext')}{playbook.bant.facts[score.missing[0]].question[locale]}
        </p>
      )}
    </Fold>
  );
}
