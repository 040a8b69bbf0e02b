import { describe, expect, it } from 'vitest';
import { ENGINE_MESSAGES } from '../engine/engine-messages';
import { DASHBOARD_MESSAGES } from './dashboard-messages';
import { formatMessage, messageArguments } from './format';
import { MESSAGES } from './messages';

type Chinese = 'zh-Hans' | 'zh-Hant';
const CHINESE: Chinese[] = ['zh-Hans', 'zh-Hant'];

/** Every Chinese text of the three catalogues, by where it comes from. */
function catalogue(locale: Chinese): [string, string][] {
  return [
    ...Object.entries(MESSAGES[locale]).map(([key, text]): [string, string] => [`messages ${key}`, text]),
    ...Object.entries(DASHBOARD_MESSAGES[locale]).map(([key, text]): [string, string] => [`dashboard ${key}`, text]),
    ...Object.entries(ENGINE_MESSAGES).map(([key, texts]): [string, string] => [`engine ${key}`, texts[locale]]),
  ];
}

/** Arguments that are always a number or a version ("v{version}", "{count} 位"). */
const NUMBERS = new Set(['count', 'version', 'revision', 'n', 'total', 'done', 'correct', 'contacts', 'touches', 'days', 'months', 'hours', 'seconds', 'percent']);

/** A message filled with one value for every argument (numbers and plurals with a number). */
function filled(locale: Chinese, text: string, value: string): string {
  const params: Record<string, string | number> = {};
  for (const name of messageArguments(text)) params[name] = NUMBERS.has(name) || new RegExp(`\\{\\s*${name}\\s*,\\s*plural`).test(text) ? 3 : value;
  return formatMessage(locale, text, params);
}

describe('Chinese spacing around what a message is filled with, over every catalogue', () => {
  for (const locale of CHINESE) {
    it(`${locale}: a Chinese name or date takes no space beside Chinese; a Latin one takes one`, () => {
      const problems: string[] = [];
      for (const [where, text] of catalogue(locale)) {
        // A Chinese name (王小明), a Chinese date (12月8日), a CRM named in Chinese then Latin (纷享销客 Fxiaoke).
        for (const value of ['王小明', '12月8日', '纷享销客 Fxiaoke', 'Mei Chen']) {
          const out = filled(locale, text, value);
          for (const m of out.matchAll(/[\p{Script=Han}“”「」（）] [\p{Script=Han}“”「」（）]/gu)) if (!text.includes(m[0])) problems.push(`${where} with ${value}: “${out.slice(Math.max(0, m.index - 8), m.index + 9)}”`);
          for (const m of out.matchAll(/\p{Script=Han}[A-Za-z]|[A-Za-z]\p{Script=Han}/gu)) if (!text.includes(m[0])) problems.push(`${where} with ${value}: “${out.slice(Math.max(0, m.index - 8), m.index + 9)}”`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('the cases seen on the walk read as a native writer sets them', () => {
    expect(formatMessage('zh-Hant', '請在 {crm} 中更新階段。', { crm: '纷享销客 Fxiaoke' })).toBe('請在纷享销客 Fxiaoke 中更新階段。');
    expect(formatMessage('zh-Hant', '請在 {crm} 中更新階段。', { crm: 'Salesforce' })).toBe('請在 Salesforce 中更新階段。');
    expect(formatMessage('zh-Hant', '等對方答覆，{date} 仍無消息再跟進', { date: '2026年12月8日' })).toBe('等對方答覆，2026年12月8日仍無消息再跟進');
    expect(formatMessage('zh-Hans', '删除 {name} 及其全部相关数据', { name: '王小明' })).toBe('删除王小明及其全部相关数据');
    expect(formatMessage('zh-Hans', '删除 {name} 及其全部相关数据', { name: 'Mei Chen' })).toBe('删除 Mei Chen 及其全部相关数据');
    expect(formatMessage('zh-Hans', '{company}现在', { company: 'Orchid' })).toBe('Orchid 现在');
    expect(formatMessage('en', 'Update the stage in {crm}.', { crm: 'Fxiaoke' })).toBe('Update the stage in Fxiaoke.');
  });
});
