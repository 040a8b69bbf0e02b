import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { computeKpis } from './kpis';
import { stagePaths } from './paths';
import { contact, deal, on } from './test-data';

const period = { from: on(0, 0), to: on(31, 0) };

describe('KPIs', () => {
  it('conversion of new leads, win rate and the cycle from first touch to signed', () => {
    const contacts = [contact('a', [['prospect', 1], ['close', 10], ['deliver', 21]]), contact('b', [['prospect', 2]]), contact('old', [['negotiate', -60], ['deliver', 5]]), contact('cust', [['retain', 3]])];
    const deals = [deal('l', [['Prospecting', -50], ['Closed Lost', 4]]), deal('w', [['Prospecting', 3], ['Closed Won', 30]])];
    const touches = [{ contactId: 'old', at: on(-70), direction: 'outbound' as const }];
    const kpis = computeKpis(stagePaths(contacts, deals, playbook), deals, touches, period);
    // New in October: a, b, cust, w (4); of them a and w signed.
    expect(kpis).toEqual({ newLeads: 4, newSigned: 2, conversion: 2 / 4, signed: 3, lost: 1, winRate: 3 / 4, cycleDays: 27 });
    // Cycles: a 20 days, old 75 (first touch day -70 → day 5), w 27: the median is 27.
  });
});
