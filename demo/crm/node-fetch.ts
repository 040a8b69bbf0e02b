import { request } from 'node:https';

/**
 * `fetch` for Node (unit tests, the bench) that reaches the stand-ins under the CRMs' real host
 * names, as Chromium does with its host-resolver rules: the connection goes to 127.0.0.1:`port`,
 * the Host header and TLS name stay the CRM's, the stand-ins' self-made certificate is accepted.
 */
export function standInFetch(port: number): (url: string, init: RequestInit) => Promise<Response> {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const headers = new Headers(init.headers);
      const outgoing = request(
        {
          host: '127.0.0.1',
          port,
          servername: target.hostname,
          method: init.method ?? 'GET',
          path: `${target.pathname}${target.search}`,
          headers: { ...Object.fromEntries(headers.entries()), host: target.hostname },
          rejectUnauthorized: false,
          signal: init.signal ?? undefined,
        },
        (incoming) => {
          const parts: Buffer[] = [];
          incoming.on('data', (part: Buffer) => parts.push(part));
          incoming.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
            resolve(new Response(incoming.statusCode === 204 || incoming.statusCode === 304 ? null : Buffer.concat(parts), { status: incoming.statusCode ?? 500, headers: responseHeaders }));
          });
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', (error) => reject(error.name === 'AbortError' ? new DOMException('timed out', 'TimeoutError') : new TypeError('fetch failed', { cause: error })));
      if (typeof init.body === 'string') outgoing.write(init.body);
      outgoing.end();
    });
}
