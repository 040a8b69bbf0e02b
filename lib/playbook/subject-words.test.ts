import { describe, expect, it } from 'vitest';
import { generateSpin } from '../engine/spin';
import type { Locale } from '../i18n/locales';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import type { Playbook } from './schema';
import { GENERIC_SUBJECT_WORDS, isSubjectWord, namesSubject, subjectText } from './subject-words';

const names = (subject: string, word: string) => namesSubject(subjectText(subject), word);

describe('a subject word is named as a whole word', () => {
  it.each([
    ['Nordlicht Pharma – Cold Chain Sensors', 'sensor'],
    ['Re: Nurse shift rota for Q1', 'rota'],
    ['Orchid – Line 3 downtime monitoring', 'downtime'],
    ['Kowloon clinic: fewer no-shows', 'no-show'],
    ['ERP系统对接', 'erp'],
    ['华南冷链 – 冷库温控升级项目', '温控'],
    ['華南冷鏈 – 冷庫溫控升級項目', '溫控'],
    ['門市庫存補貨系統評估', '补货'],
    ['客户流失预警平台', '流失'],
    ['质检系统升级', '质检'],
    ['冷链传感器部署', '传感器'],
  ])('%s names “%s”', (subject, word) => {
    expect(names(subject, word)).toBe(true);
  });

  it.each([
    // the word begins a longer one
    ['Helios – Rotary Valves', 'rota'],
    ['Kestrel Water – Wastewater Plant Phase 2', 'waste'],
    ['Ehrlich Logistik GmbH', 'ehr'],
    ['Costa Coffee – Store Fit-out', 'cost'],
    ['Carbonara Kitchens', 'carbon'],
    ['Auditorium AV refresh', 'audit'],
    // a Chinese word that straddles two of the subject's own words
    ['某某施工单位安全培训', '工单'],
    ['協會員工管理系統', '会员'],
  ])('%s does not name “%s”', (subject, word) => {
    expect(names(subject, word)).toBe(false);
  });

  it('words that name the kind of deal, not its subject, are never named, whoever lists them', () => {
    for (const [subject, word] of [
      ['Nordlicht – Service Plan 2027', 'service'],
      ['Nordlicht – Service Plan 2027', 'plan'],
      ['Project Phoenix', 'project'],
      ['Annual Maintenance Renewal', 'maintenance'],
      ['Annual Maintenance Renewal', 'renewal'],
      ['CRM Systems Upgrade', 'systems'],
      ['华东工厂设备采购项目', '设备'],
      ['門市系統升級方案', '系統'],
      ['年度维保服务合同', '维保'],
    ] as const)
      expect(names(subject, word), `${subject} / ${word}`).toBe(false);
    expect(GENERIC_SUBJECT_WORDS.every((w) => !isSubjectWord(w))).toBe(true);
    expect(isSubjectWord('x')).toBe(false);
    expect(isSubjectWord('renewal rate')).toBe(true);
  });

  it('the default playbook lists no generic subject word (each would be dead weight)', () => {
    const generic = DEFAULT_PLAYBOOK.spin.pains.flatMap((pain) => (pain.subjects ?? []).filter((w) => !isSubjectWord(w)).map((w) => `${pain.id}: ${w}`));
    expect(generic).toEqual([]);
  });
});

describe('SPIN by subject: a deal name brings a pain forward only when it names one', () => {
  const spin = (subject: string | undefined, who: { industry: string; role: string }, locale: Locale = 'en', playbook: Playbook = DEFAULT_PLAYBOOK) =>
    generateSpin({ playbook, locale, stage: 'discover', ...who, subject, limit: 4 }).map((q) => q.painId);
  const plant = { industry: 'manufacturing', role: 'operations' };
  const who = (industry: string, role: string) => ({ industry, role });

  // (each would have brought a pain forward when subject words matched word starts or any part of a Chinese text)
  it.each([
    ['Helios – Rotary Valves Project', who('retail', 'operations'), 'en'],
    ['Costa Coffee – Store Fit-out', who('retail', 'finance'), 'en'],
    ['Annual Maintenance Renewal', who('real_estate', 'finance'), 'en'],
    ['Nordlicht – Service Plan 2027', plant, 'en'],
    ['华东工厂设备采购项目', who('manufacturing', 'finance'), 'zh-Hans'],
    ['某某施工单位安全培训', who('real_estate', 'finance'), 'zh-Hans'],
    ['協會員工管理系統', who('retail', 'it'), 'zh-Hant'],
    ['門市系統升級方案', who('retail', 'it'), 'zh-Hant'],
  ] as const)('“%s” keeps the role’s own order', (subject, person, locale) => {
    expect(spin(subject, person, locale)).toEqual(spin(undefined, person, locale));
  });

  it.each([
    ['Nordlicht Pharma – Cold Chain Sensors', who('logistics', 'procurement'), 'en', 'shipment_visibility'],
    ['Orchid – Line 3 downtime monitoring', plant, 'en', 'asset_downtime'],
    ['St Mary – fewer no-shows in outpatients', who('healthcare', 'it'), 'en', 'patient_scheduling'],
    ['华南冷链 – 冷库温控升级项目', who('logistics', 'procurement'), 'zh-Hans', 'shipment_visibility'],
    ['门店库存补货系统', who('retail', 'finance'), 'zh-Hans', 'stock_accuracy'],
    ['門市庫存補貨系統評估', who('retail', 'procurement'), 'zh-Hant', 'stock_accuracy'],
    ['質檢系統升級項目', plant, 'zh-Hant', 'quality_defects'],
  ] as const)('“%s” leads with its pain', (subject, person, locale, pain) => {
    expect(spin(subject, person, locale)[0]).toBe(pain);
    // (and that pain did not lead already: the subject moved it)
    expect(spin(undefined, person, locale)[0]).not.toBe(pain);
  });

  it('a team playbook listing a generic word as a subject does not let it bring the pain forward', () => {
    const team: Playbook = { ...DEFAULT_PLAYBOOK, spin: { ...DEFAULT_PLAYBOOK.spin, pains: DEFAULT_PLAYBOOK.spin.pains.map((p) => (p.id === 'quality_defects' ? { ...p, subjects: [...(p.subjects ?? []), 'system', '系统', 'project'] } : p)) } };
    expect(spin('CRM System Project', plant, 'en', team)).toEqual(spin(undefined, plant, 'en', team));
    expect(spin('門市系統', plant, 'zh-Hant', team)).toEqual(spin(undefined, plant, 'zh-Hant', team));
  });
});
