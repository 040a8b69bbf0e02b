import { describe, expect, it } from 'vitest';
import { errorDetailOf, retryAfterOf, type Fetch } from './http';
import { hubspot } from './hubspot';
import type { CrmActivity } from './types';
import type { ContactId } from '../contacts/schema';

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

describe('a success that is not the CRM’s answer', () => {
  const activity: CrmActivity = {
    key: 'k-1',
    at: Date.parse('2026-12-05T09:00:00Z'),
    event: { kind: 'touch', direction: 'outbound', channel: 'email' },
    contact: { id: 'c-1' as ContactId, name: 'Mei Lin Chen', email: 'mei@orchid.example' },
    recordIds: {},
    stage: 'prospect',
    tier: 'A',
    playbookVersion: '1',
  };
  const credentials = { apiBase: 'https://api.hubapi.com', token: 'pat-na1-x' };

  it('a network’s sign-in page (200, HTML) is held and tried again, never read as “no such person in your CRM”', async () => {
    const signIn: Fetch = () => Promise.resolve(new Response('<!doctype html><title>Hotel Wi-Fi</title><form></form>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const failure = await hubspot.send(activity, credentials, signIn, { uncertain: false }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'CrmRequestError', kind: 'server', status: 200 });
  });

  it('an empty success (204) is still one', async () => {
    const calls: string[] = [];
    const crm: Fetch = (url) => {
      calls.push(url);
      return Promise.resolve(url.endsWith('/search') ? Response.json({ total: 1, results: [{ id: '901' }] }) : url.endsWith('/notes') ? Response.json({ id: 'n-1' }, { status: 201 }) : new Response(null, { status: 204 }));
    };
    expect(await hubspot.send(activity, credentials, crm, { uncertain: false })).toEqual({ remoteId: 'n-1' });
    expect(await hubspot.send(activity, credentials, crm, { uncertain: false, remoteId: 'n-1' })).toEqual({ remoteId: 'n-1' });
    expect(calls).toHaveLength(3);
  });
});

