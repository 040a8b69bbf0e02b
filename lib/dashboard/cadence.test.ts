import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { computeCadence, tierOf } from './cadence';
import { personCells } from './day-cells';
import { contact, on } from './test-data';

const period = { from: on(0, 0), to: on(31, 0) };
const A = { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } as const;
const B = { budget: 'unknown', authority: 'unknown', need: 'clear', timelineMonths: null } as const;
const out = (contactId: string, day: number) => ({ contactId, at: on(day), direction: 'outbound' as const });

describe('cadence kept per tier', () => {
  it('measures each follow-up from the one before against the tier’s days, and counts the ones skipped', () => {
    const contacts = [contact('a', [['discover', -30]], { bant: A }), contact('b', [['qualify', -30]], { bant: B }), contact('c', [['prospect', -30]]), contact('done', [['deliver', -30]], { bant: A })];
    const touches = [
      // A every 4 days: day -2 → 2 on time (4), → 9 late (7), → 21 late, 2 skipped (12 = 3 cadences).
      out('a', -2), out('a', 2), out('a', 9), out('a', 21),
      // B every 7 days: 1 → 8 on time, → 23 late, 1 skipped (15 days).
      out('b', 1), out('b', 8), out('b', 23), { contactId: 'b', at: on(9), direction: 'inbound' as const },
      // C every 30 days: one touch only, nothing to measure.
      out('c', 5),
      // In delivery: its own rhythm, left out.
      out('done', 1), out('done', 20),
    ];
    const cadence = computeCadence(contacts, touches, playbook, period);
    expect(cadence.rows).toEqual([
      { tier: 'A', everyDays: 4, onTime: 1, late: 2, skipped: 2, keptShare: 1 / 5 },
      { tier: 'B', everyDays: 7, onTime: 1, late: 1, skipped: 1, keptShare: 1 / 3 },
      { tier: 'C', everyDays: 30, onTime: 0, late: 0, skipped: 0, keptShare: null },
    ]);
    expect(cadence.keptShare).toBe(2 / 8);
    expect(cadence.perDay).toHaveLength(31);
    expect(cadence.perDay[1]).toEqual({ day: on(1, 0), outbound: 2, inbound: 0 });
    expect(cadence.perDay[9]).toEqual({ day: on(9, 0), outbound: 1, inbound: 1 });
    expect(cadence.perDay.reduce((sum, d) => sum + d.outbound, 0)).toBe(9);
  });

  it('leaves out a person the panel shows in delivery though their record says Prospecting (on a won deal: the deal’s stage kept on them), as it does the recorded customer', () => {
    // Each followed up on days 1 and 20 at tier A (every 4 days): late, with three skipped, if measured.
    const won = contact('won', [['prospect', -40]], { judgedStage: 'deliver', tier: 'A' });
    const customer = contact('customer', [['deliver', -40]], { tier: 'A' });
    // (near miss: shown at Negotiation on a deal, measured against tier A)
    const open = contact('open', [['prospect', -40]], { judgedStage: 'negotiate', tier: 'A' });
    const touches = ['won', 'customer', 'open'].flatMap((id) => [out(id, 1), out(id, 20)]);
    const rows = computeCadence([won, customer, open], touches, playbook, period).rows;
    // (on main's build: 2 late and 6 skipped, the won deal's person counted beside the open one; its day cells a follow-up too)
    expect(rows.find((r) => r.tier === 'A')).toMatchObject({ onTime: 0, late: 1, skipped: 3 });
    // The dashboard's stored day cells count the same.
    const followUps = (id: string, c: typeof won) => [...personCells({ id, contact: c, touches: touches.filter((t) => t.contactId === id), trackUses: [], deals: [] }, playbook).values()].flatMap((row) => [...row.keys()]).filter((k) => k.startsWith('g'));
    expect(followUps('won', won)).toEqual([]);
    expect(followUps('customer', customer)).toEqual([]);
    expect(followUps('open', open)).toHaveLength(1);
  });

  it('reads a contact at negotiation or contract with the BANT its stage shows, as the panel does: tier A, not the C of nothing recorded', () => {
    expect(tierOf(contact('n', [['negotiate', -10]]), playbook)).toBe('A');
    expect(tierOf(contact('k', [['close', -10]]), playbook)).toBe('A');
    expect(tierOf(contact('d', [['discover', -10]]), playbook)).toBe('C');
    // What the rep recorded stands: no budget is not tier A.
    expect(tierOf(contact('m', [['negotiate', -10]], { bant: { budget: 'none', authority: 'unknown', need: 'unknown', timelineMonths: null } }), playbook)).not.toBe('A');
  });
});
