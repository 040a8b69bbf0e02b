import { describe, expect, it } from 'vitest';
import { failureWhenPortCloses } from './protocol';

describe('a port to the background that closes with no outcome', () => {
  it('after part of the answer arrived: the connection dropped mid-answer, not "could not reach"', () => {
    expect(failureWhenPortCloses('Hi Mei, thanks for', 'llm.example')).toEqual({ code: 'dropped', host: 'llm.example' });
  });
  it('before any text: the endpoint was never heard from', () => {
    expect(failureWhenPortCloses('', 'llm.example')).toEqual({ code: 'network', host: 'llm.example' });
  });
});
