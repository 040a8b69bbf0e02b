import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { computeFunnel, funnelBar } from './funnel';
import { stagePaths } from './paths';
import { contact, deal, on } from './test-data';

// October 2026, days 0–30; stalled after 20 days.
const period = { from: on(0, 0), to: on(31, 0) };

describe('the funnel by SOP stage', () => {
  const paths = stagePaths(
    [
      contact('a', [['prospect', 1], ['qualify', 3], ['discover', 10]]),
      contact('b', [['prospect', 2], ['qualify', 4]]), // in qualify since day 4: 27 days, stalled
      contact('c', [['prospect', 25]]), // 6 days: in progress
      contact('d', [['prospect', -40], ['qualify', -20]]), // entered before the period: not counted
      contact('on-deal', [['prospect', 1]]), // follows the deal
    ],
    [
      deal('x', [['Prospecting', 2], ['Qualification', 5], ['Closed Lost', 12]], ['on-deal']),
      deal('y', [['Qualification', 3], ['Prospecting', 6]]), // a move back: neither on nor lost
      deal('z', [['Security review', 1]]), // not mapped: left out
    ],
    playbook,
  );

  it('draws each stage’s bar as all that entered it (the table’s Entered): moved on, still in it, stalled, lost', () => {
    const funnel = computeFunnel(paths, period, 20, 1);
    for (const row of funnel.rows) expect(funnelBar(row).reduce((a, b) => a + b, 0), row.stage).toBe(row.entered);
    // Prospecting: a, b and x moved on, c still in it, y stalled; qualify's move back (y) is still in it.
    expect(funnelBar(funnel.rows.find((r) => r.stage === 'prospect') ?? { entered: -1, movedOn: 0, stalled: 0, lost: 0 })).toEqual([3, 1, 1, 0]);
    // A stage entered whose entries are all still in progress still draws a bar.
    expect(funnelBar({ entered: 2, movedOn: 0, stalled: 0, lost: 0 })).toEqual([0, 2, 0, 0]);
  });

  it('counts entries in the period and what came of them', () => {
    const funnel = computeFunnel(paths, period, 20, 1);
    const row = (stage: string) => funnel.rows.find((r) => r.stage === stage);
    // prospect: a (→ qualify day 3), b (→ day 4), c (open), x (→ day 5), y (day 6, open 25 days: stalled).
    expect(row('prospect')).toEqual({ stage: 'prospect', entered: 5, movedOn: 3, stalled: 1, lost: 0, conversion: 3 / 5, medianDays: 2 });
    // qualify: a (→ discover after 7 days), b (stalled), x (lost after 7 days), y (back after 3 days).
    expect(row('qualify')).toEqual({ stage: 'qualify', entered: 4, movedOn: 1, stalled: 1, lost: 1, conversion: 1 / 4, medianDays: 7 });
    // discover: a since day 10, 21 days: stalled.
    expect(row('discover')).toEqual({ stage: 'discover', entered: 1, movedOn: 0, stalled: 1, lost: 0, conversion: 0, medianDays: null });
    expect(row('retain')?.conversion).toBeNull();
    expect(funnel.weakest).toBe('discover');
  });

  it('names no weakest stage below the minimum of entries', () => {
    expect(computeFunnel(paths, period, 20, 10).weakest).toBeNull();
  });
});

describe('a deal won or lost while its stage bar stays (Pipedrive badges)', () => {
  const badged = (id: string, status: 'won' | 'lost', day: number) => {
    const d = deal(id, [['Qualified', 2], ['Proposal Made', 5]]);
    return { ...d, crm: 'pipedrive' as const, record: { ...d.record, status }, statusAt: on(day, 0) };
  };
  const open = { ...deal('open', [['Qualified', 2], ['Proposal Made', 5]]), crm: 'pipedrive' as const };
  const paths = stagePaths([], [badged('lost', 'lost', 9), badged('won', 'won', 11), open], playbook);

  it('ends its path in its outcome, on the day it was first read so', () => {
    expect(paths.get('deal:lost')?.map((e) => e.stage)).toEqual(['qualify', 'negotiate', 'lost']);
    expect(paths.get('deal:lost')?.at(-1)?.at).toBe(on(9, 0));
    expect(paths.get('deal:won')?.map((e) => e.stage)).toEqual(['qualify', 'negotiate', 'deliver']);
    expect(paths.get('deal:open')?.map((e) => e.stage)).toEqual(['qualify', 'negotiate']);
  });

  it('counts the lost deal as lost at negotiation, the won one as moved on', () => {
    const row = computeFunnel(paths, period, 20, 1).rows.find((r) => r.stage === 'negotiate');
    expect(row).toMatchObject({ entered: 3, movedOn: 1, lost: 1 });
  });
});
