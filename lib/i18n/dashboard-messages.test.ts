import { describe, expect, it } from 'vitest';
import { DASHBOARD_MESSAGES, translateDashboard } from './dashboard-messages';
import { messageArguments } from './format';
import { LOCALES } from './locales';

describe('dashboard messages', () => {
  it.each(LOCALES)('%s has every key, none empty, with the same placeholders as English', (locale) => {
    for (const [key, english] of Object.entries(DASHBOARD_MESSAGES.en)) {
      const text = DASHBOARD_MESSAGES[locale][key as keyof typeof DASHBOARD_MESSAGES.en];
      expect(text, key).toBeTruthy();
      expect(messageArguments(text).sort(), key).toEqual(messageArguments(english).sort());
    }
  });

  it('fills placeholders, and falls back to the panel’s shared strings', () => {
    expect(translateDashboard('zh-Hant', 'dash.days', { days: '90' })).toBe('最近 90 天');
    expect(translateDashboard('zh-Hans', 'app.language')).toBe('语言');
  });

  it('writes one objection, one touch and one day in the singular', () => {
    expect(translateDashboard('en', 'dash.objections.summary', { total: 1, top: 'Too expensive', count: 1 })).toBe('1 objection heard; most often Too expensive (1).');
    expect(translateDashboard('en', 'dash.objections.summary', { total: 1234, top: 'Too expensive', count: 2 })).toBe('1,234 objections heard; most often Too expensive (2).');
    expect(translateDashboard('en', 'dash.perDay.summary', { outbound: 1, inbound: 1, days: 30, perDay: '0' })).toBe('1 touch sent and 1 reply in 30 days: 0 sent a day on average.');
    expect(translateDashboard('zh-Hans', 'dash.objections.summary', { total: 1, top: '太贵', count: 1 })).toBe('共听到异议 1 次；最常见的是太贵（1 次）。');
  });

  it('writes one drill answer in the singular, and no cycle as words rather than "— days"', () => {
    expect(translateDashboard('en', 'dash.drills.summary', { answered: 1, score: '100%', area: 'Objections' })).toBe('1 drill answer, 100% right; weakest: Objections.');
    expect(translateDashboard('en', 'dash.drills.summary', { answered: '1,204', score: '80%', area: 'Objections' })).toBe('1,204 drill answers, 80% right; weakest: Objections.');
    const kpis = { conversion: '10%', winRate: '20%', cadence: '90%' };
    expect(translateDashboard('en', 'dash.kpis.summary', { ...kpis, cycle: '—', cycleKnown: 0 })).toContain('win rate 20%, no signed deal to time a cycle yet, cadence kept 90%');
    expect(translateDashboard('en', 'dash.kpis.summary', { ...kpis, cycle: '41', cycleKnown: 1 })).toContain('cycle 41 days');
    expect(translateDashboard('zh-Hans', 'dash.kpis.summary', { ...kpis, cycle: '—', cycleKnown: 0 })).toContain('还没有可计算周期的签约');
    expect(translateDashboard('zh-Hant', 'dash.kpis.summary', { ...kpis, cycle: '41', cycleKnown: 1 })).toContain('簽約週期 41 天');
    // The cadence kept beside what is past due now (the walk: "cadence kept 100%" over four overdue follow-ups); nothing past due, nothing said.
    expect(translateDashboard('en', 'dash.kpis.summary', { ...kpis, cycle: '—', cycleKnown: 0, overdue: 4 })).toContain('cadence kept 90% (4 follow-ups past due now).');
    expect(translateDashboard('en', 'dash.kpis.summary', { ...kpis, cycle: '—', cycleKnown: 0, overdue: 1 })).toContain('cadence kept 90% (1 follow-up past due now).');
    expect(translateDashboard('en', 'dash.kpis.summary', { ...kpis, cycle: '—', cycleKnown: 0, overdue: 0 })).toContain('cadence kept 90%. Revenue');
    expect(translateDashboard('zh-Hans', 'dash.kpis.summary', { ...kpis, cycle: '—', cycleKnown: 0, overdue: 4 })).toContain('节奏执行率 90%（另有 4 个跟进已逾期）。');
    expect(translateDashboard('zh-Hant', 'dash.kpis.summary', { ...kpis, cycle: '—', cycleKnown: 0, overdue: 4 })).toContain('節奏執行率 90%（另有 4 個跟進已逾期）。');
  });
});
