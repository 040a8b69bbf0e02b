/**
 * A card's title is one line, read whole at a 320 px side panel in every language (the walk found
 * "SOP stage: Quote and ne…" cut): the titles are short words of ours, never a stage's or a record's
 * name. Measured in the panel by layout.spec's "card title cut"; here, the words themselves against
 * the room a 320 px panel leaves a title (about 28 Latin letters of the bold title font, a Chinese
 * character counted as two).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/i18n/locales';
import { translate, type MessageKey } from '../../lib/i18n/messages';
import { CRM_SITE_IDS } from '../../lib/sites/hosts';
import { SITE_ADAPTERS } from '../../lib/sites/registry';

/** The messages the panel's folded cards take their titles from (components/*.tsx, `<Fold title=…>`). */
const TITLES: readonly MessageKey[] = ['next.title', 'reply.title', 'deal.activityTitle', 'draft.title', 'spin.title', 'bant.title', 'stage.title', 'notes.title', 'deal.contractTitle', 'deal.people'];
/** Titles with the tier's badge beside them when open ("Tier A"): less room. */
const BESIDE_TIER: readonly MessageKey[] = ['deal.bantTitle'];
/** Titles that name the CRM. */
const CRM_TITLES: readonly MessageKey[] = ['deal.title', 'deal.accountTitle', 'deal.crmStageTitle'];
const ROOM = 28;
const TIER_BADGE = 9;

function width(text: string): number {
  const wide = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0;
  return text.replace(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu, '').length + 2 * wide;
}

describe('card titles fit a 320 px panel', () => {
  const titles = LOCALES.flatMap((locale) => [
    ...TITLES.map((key) => [locale, translate(locale, key)] as const),
    ...CRM_TITLES.flatMap((key) => CRM_SITE_IDS.map((crm) => [locale, translate(locale, key, { crm: SITE_ADAPTERS[crm].label })] as const)),
  ]);

  it.each(titles)('%s: %s', (_, title) => {
    expect(title).not.toMatch(/\{/);
    expect(width(title)).toBeLessThanOrEqual(ROOM);
  });

  it.each(LOCALES.flatMap((locale) => BESIDE_TIER.map((key) => [locale, translate(locale, key)] as const)))('%s, beside the tier: %s', (_, title) => {
    expect(width(title)).toBeLessThanOrEqual(ROOM - TIER_BADGE);
  });

  it('would have caught the stage named in the title', () => {
    expect(width(`${translate('en', 'stage.title')}: ${translate('en', 'header.stageUnmapped', { stage: 'Security review' })}`)).toBeGreaterThan(ROOM);
    // (and "BANT from the record" beside "Tier A", cut at 320 px when the card was open)
    expect(width('BANT from the record')).toBeGreaterThan(ROOM - TIER_BADGE);
  });
});
