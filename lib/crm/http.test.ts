import { describe, expect, it } from 'vitest';
import { errorDetailOf, retryAfterOf } from './http';

describe('what a CRM said when it refused', () => {
  it('reads each CRM’s error shape', () => {
    expect(errorDetailOf({ status: 'error', message: 'Property values were not valid', category: 'VALIDATION_ERROR' })).toBe('VALIDATION_ERROR: Property values were not valid');
    expect(errorDetailOf([{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }])).toBe('INVALID_SESSION_ID: Session expired or invalid');
    expect(errorDetailOf({ success: false, error: 'Person not found', errorCode: 400 })).toBe('Person not found');
    // Zoho: the request's own error, and a record's error inside `data`.
    expect(errorDetailOf({ code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' })).toBe('INVALID_TOKEN: invalid oauth token');
    expect(errorDetailOf({ data: [{ code: 'INVALID_DATA', details: { api_name: 'SOP_Event' }, message: 'invalid data', status: 'error' }] })).toBe('INVALID_DATA: invalid data');
  });

  it('reads how long to wait: Retry-After in seconds or as a date, a reset header in seconds, and one that is a time as a time', () => {
    const now = Date.parse('2026-12-05T09:00:00Z');
    expect(retryAfterOf(new Headers({ 'retry-after': '30' }), now)).toBe(30_000);
    expect(retryAfterOf(new Headers({ 'retry-after': 'Sat, 05 Dec 2026 09:01:00 GMT' }), now)).toBe(60_000);
    expect(retryAfterOf(new Headers({ 'x-ratelimit-reset': '2' }), now)).toBe(2_000);
    // Epoch seconds and epoch milliseconds are a time to come back, not years of seconds.
    expect(retryAfterOf(new Headers({ 'x-ratelimit-reset': String(now / 1000 + 45) }), now)).toBe(45_000);
    expect(retryAfterOf(new Headers({ 'x-ratelimit-reset': String(now + 12_000) }), now)).toBe(12_000);
    expect(retryAfterOf(new Headers(), now)).toBeUndefined();
  });
});
