import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../playbook/default-playbook';
import { fetchTeamPlaybook, sha256Hex } from './fetch-team-playbook';

const URL_ = 'https://playbooks.northwind.example/team.json';
const FILE = JSON.stringify({ ...DEFAULT_PLAYBOOK, revision: 4 });
const bytes = (text: string) => new TextEncoder().encode(text);

/** A fetch answering every request with `response` (made fresh each time). */
function answering(response: () => Response): typeof fetch {
  return () => Promise.resolve(response());
}

describe('fetchTeamPlaybook', () => {
  it('takes a valid playbook whose SHA-256 is the pin (upper- or lower-case as the admin wrote it was normalised before)', async () => {
    const pin = await sha256Hex(bytes(FILE));
    const result = await fetchTeamPlaybook(URL_, pin, { fetch: answering(() => new Response(FILE)) });
    expect(result).toMatchObject({ ok: true, sha256: pin });
    expect(result.ok && result.playbook.revision).toBe(4);
  });

  it('takes any valid playbook when there is no pin', async () => {
    expect((await fetchTeamPlaybook(URL_, undefined, { fetch: answering(() => new Response(FILE)) })).ok).toBe(true);
  });

  it('refuses a file whose hash is not the pin, saying both', async () => {
    const pin = 'a'.repeat(64);
    const result = await fetchTeamPlaybook(URL_, pin, { fetch: answering(() => new Response(FILE)) });
    expect(result).toEqual({ ok: false, failure: { reason: 'hash-mismatch', expected: pin, actual: await sha256Hex(bytes(FILE)) } });
  });

  it('refuses a file that is not a playbook, naming where', async () => {
    const broken = JSON.parse(FILE) as Record<string, unknown>;
    delete broken.tiers;
    const result = await fetchTeamPlaybook(URL_, undefined, { fetch: answering(() => new Response(JSON.stringify(broken))) });
    expect(result).toEqual({ ok: false, failure: { reason: 'invalid-playbook', count: 1, paths: ['tiers'] } });
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: answering(() => new Response('<html>Sign in</html>')) })).toEqual({ ok: false, failure: { reason: 'not-json' } });
  });

  it('says the HTTP status of an error response', async () => {
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: answering(() => new Response('gone', { status: 404 })) })).toEqual({ ok: false, failure: { reason: 'http', status: 404 } });
  });

  it('says a network error as such', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: failing })).toEqual({ ok: false, failure: { reason: 'network' } });
  });

  it('gives up after the timeout, also while the body is still coming', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: hanging, timeoutMs: 50 })).toEqual({ ok: false, failure: { reason: 'timeout', seconds: 0 } });
    const trickle: typeof fetch = (_input, init) =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(bytes('{"format":'));
              init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
            },
          }),
        ),
      );
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: trickle, timeoutMs: 50 })).toMatchObject({ ok: false, failure: { reason: 'timeout' } });
  });

  it('refuses a file over the size cap, by its declared length or as it streams', async () => {
    const big = 'x'.repeat(2000);
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: answering(() => new Response(big, { headers: { 'content-length': '2000' } })), maxBytes: 1000 })).toEqual({
      ok: false,
      failure: { reason: 'too-large', limitBytes: 1000 },
    });
    const undeclared = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(bytes(big));
          },
        }),
      );
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: answering(undeclared), maxBytes: 1000 })).toEqual({ ok: false, failure: { reason: 'too-large', limitBytes: 1000 } });
  });

  it('refuses plain HTTP, also when a redirect leads there', async () => {
    expect(await fetchTeamPlaybook('http://playbooks.northwind.example/team.json', undefined, { fetch: answering(() => new Response(FILE)) })).toEqual({ ok: false, failure: { reason: 'not-https' } });
    const redirected = () => {
      const response = new Response(FILE);
      Object.defineProperty(response, 'url', { value: 'http://playbooks.northwind.example/team.json' });
      return response;
    };
    expect(await fetchTeamPlaybook(URL_, undefined, { fetch: answering(redirected) })).toEqual({ ok: false, failure: { reason: 'not-https' } });
  });
});
