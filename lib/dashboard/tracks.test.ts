import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { pathKeysOfContacts, stagePaths } from './paths';
import { computeTracks } from './tracks';
import { contact, deal, on } from './test-data';

const period = { from: on(0, 0), to: on(31, 0) };
const use = (contactId: string, trackId: string, day: number, objection = 'price') => ({ contactId, objection, trackId, at: on(day) });
const reply = (contactId: string, day: number) => ({ contactId, at: on(day), direction: 'inbound' as const });

describe('talk tracks and what followed within 14 days', () => {
  const contacts = [
    contact('r', [['discover', -10]]),
    contact('m', [['discover', -10], ['present', 6]]),
    contact('s', [['discover', -10]], { lastWord: { at: on(3), text: 'Please remove me from your list.' } }),
    contact('late', [['discover', -10]]),
    contact('p', [['prospect', -10]]),
  ];
  const deals = [deal('d', [['Qualification', -5], ['Closed Lost', 8]], ['p'])];
  const paths = stagePaths(contacts, deals, playbook);
  const touches = [reply('r', 2), reply('s', 3), reply('late', 20), reply('p', 4), { ...reply('x', 5), text: 'Too expensive.' }, { ...reply('x', 12), text: 'Still too expensive.' }, { ...reply('y', 9), text: 'No budget this year.' }, { ...reply('y', 9), text: 'Thanks!' }, { ...reply('x', 40), text: 'Too expensive.' }];
  /** A reader of the words above (the real one is lib/reader's; here only how its answer is counted). */
  const read = (text: string) => (text.includes('expensive') ? 'price' : text.includes('budget') ? 'budget' : null);
  const uses = [use('r', 'roi', 1), use('m', 'roi', 1), use('s', 'roi', 1), use('late', 'split', 1), use('p', 'split', 1), use('r', 'trial', 2, 'budget'), use('r', 'old', -3)];

  it('counts a reply, a move on, a request to stop (against the track) and a lost deal', () => {
    const result = computeTracks(uses, touches, contacts, paths, pathKeysOfContacts(deals), period, 2, read);
    expect(result.rows).toEqual([
      { objection: 'budget', trackId: 'trial', uses: 1, replied: 0, movedOn: 0, lost: 0, negative: 0, won: 0, winRate: 0 },
      { objection: 'price', trackId: 'roi', uses: 3, replied: 1, movedOn: 1, lost: 0, negative: 1, won: 2, winRate: 2 / 3 },
      { objection: 'price', trackId: 'split', uses: 2, replied: 1, movedOn: 0, lost: 1, negative: 0, won: 0, winRate: 0 },
    ]);
    // Both price tracks have ≥ 2 uses: roi wins. Budget has one track: no winner.
    expect(result.winners).toEqual({ price: 'roi', budget: null });
    // Objections heard: each reply read from a page in the period, by the week it came (days 5 and 9: weeks of 5 Oct; day 12: of 12 Oct).
    expect(result.weeks).toEqual([
      { week: on(4, 0), counts: { price: 1, budget: 1 } },
      { week: on(11, 0), counts: { price: 1 } },
    ]);
  });

  it('names no winner below the minimum sample', () => {
    expect(computeTracks(uses, touches, contacts, paths, pathKeysOfContacts(deals), period, 3).winners.price).toBeNull();
  });
});
