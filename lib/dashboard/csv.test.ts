import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV', () => {
  it('quotes what needs quoting, defuses formulas, keeps Chinese', () => {
    expect(toCsv(['阶段', 'n'], [['a, "b"', 1], ['=SUM(A1)', null], ['線索', 0.5]])).toBe('\uFEFF阶段,n\r\n"a, ""b""",1\r\n\'=SUM(A1),\r\n線索,0.5\r\n');
  });
});
