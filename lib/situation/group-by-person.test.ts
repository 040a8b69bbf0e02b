import { describe, expect, it } from 'vitest';
import { groupByPerson } from './group-by-person';

const row = (key: string, person?: string) => ({ key, person });
const keys = (rows: { row: { key: string }; underAbove: boolean }[]) => rows.map(({ row: r, underAbove }) => (underAbove ? `  ${r.key}` : r.key));

describe('groupByPerson', () => {
  it('moves a person’s later rows up under their first, keeping the queue’s order otherwise', () => {
    const rows = [row('deal:a', 'wei'), row('contact:mei', 'mei'), row('deal:c', 'tom'), row('deal:b', 'wei')];
    expect(keys(groupByPerson(rows, (r) => r.person))).toEqual(['deal:a', '  deal:b', 'contact:mei', 'deal:c']);
  });

  it('keeps three rows of one person together in their order, and rows with no person apart', () => {
    const rows = [row('x'), row('1', 'p'), row('y'), row('2', 'p'), row('3', 'p'), row('z')];
    expect(keys(groupByPerson(rows, (r) => r.person))).toEqual(['x', '1', '  2', '  3', 'y', 'z']);
  });

  it('changes nothing when each person has one row', () => {
    const rows = [row('a', 'p'), row('b', 'q'), row('c')];
    expect(groupByPerson(rows, (r) => r.person).map((g) => g.row)).toEqual(rows);
    expect(groupByPerson([], () => undefined)).toEqual([]);
  });
});
