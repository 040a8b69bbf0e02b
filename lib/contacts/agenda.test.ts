import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import type { StoredTouch } from '../touches/touch';
import { buildAgenda, DAY, searchContacts } from './agenda';
import type { Contact, ContactId } from './schema';

const NOW = new Date(2026, 10, 25, 10).getTime();
const contact = (id: string, partial: Partial<Contact> = {}): Contact => ({
  id: id as ContactId,
  identities: [`linkedin:${id}`],
  sources: ['linkedin'],
  name: id,
  stage: 'discover',
  stageChangedAt: NOW - 30 * DAY,
  createdAt: NOW - 30 * DAY,
  capturedAt: NOW - 30 * DAY,
  ...partial,
});
const touch = (id: string, daysAgo: number, direction: StoredTouch['direction'] = 'outbound'): StoredTouch => ({ contactId: id as ContactId, at: NOW - daysAgo * DAY, direction, channel: 'email' });

describe('buildAgenda', () => {
  it('lists what is due today by tier, most overdue first, and leaves out what is not due', () => {
    const a = contact('a-lead', { bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } });
    const b1 = contact('b-overdue', { bant: { budget: 'unknown', authority: 'unknown', need: 'clear', timelineMonths: null } });
    const b2 = contact('b-due-today', { bant: { budget: 'unknown', authority: 'unknown', need: 'clear', timelineMonths: null } });
    const c = contact('c-not-due');
    const agenda = buildAgenda([c, b2, a, b1], [touch('a-lead', 4), touch('b-overdue', 12), touch('b-due-today', 7), touch('c-not-due', 3)], playbook, NOW, 'en');
    expect(agenda.map((g) => [g.tier, g.rows.map((r) => r.contact.name)])).toEqual([
      ['A', ['a-lead']],
      ['B', ['b-overdue', 'b-due-today']],
    ]);
    expect(agenda[1]?.rows[0]?.step.overdue).toBe(true);
  });

  it('puts silent leads under retire', () => {
    const agenda = buildAgenda([contact('silent')], [touch('silent', 30), touch('silent', 20), touch('silent', 10)], playbook, NOW, 'en');
    expect(agenda).toMatchObject([{ tier: 'retire', rows: [{ step: { kind: 'retire' } }] }]);
  });
});

describe('searchContacts', () => {
  const contacts = [
    contact('1', { name: 'Mei Lin Chen', company: 'Orchid Precision', capturedAt: 3 }),
    contact('2', { name: '陳美玲', company: '華辰零售', capturedAt: 2, stage: 'qualify' }),
    contact('3', { name: 'Daniel Okafor', email: 'daniel@northwind.example', capturedAt: 1 }),
  ];
  it.each([
    ['mei', ['Mei Lin Chen']],
    ['ORCHID prec', ['Mei Lin Chen']],
    ['陈', ['陳美玲']],
    ['华辰', ['陳美玲']],
    ['northwind', ['Daniel Okafor']],
    ['', ['Mei Lin Chen', '陳美玲', 'Daniel Okafor']],
    ['nobody', []],
  ])('"%s" finds %j', (query, names) => {
    expect(searchContacts(contacts, { query }, playbook).map((c) => c.name)).toEqual(names);
  });

  it('filters by stage and tier', () => {
    expect(searchContacts(contacts, { stage: 'qualify' }, playbook).map((c) => c.name)).toEqual(['陳美玲']);
    expect(searchContacts(contacts, { tier: 'A' }, playbook)).toEqual([]);
  });
});
