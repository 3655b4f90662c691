import http from 'node:http';
import https from 'node:https';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';

/**
 * The Meilisearch client, sending its requests through node:http keep-alive agents.
 * Measured here: through Node's fetch on a reused connection, every Meilisearch answer larger
 * than a few kB (a page of hits, a multi-search) waited ~40 ms for the delayed-ACK timer, whatever
 * Meilisearch's own processing time (1-3 ms); node:http on the same kept-alive socket answers in
 * 3-7 ms. Suggestions, search and the indexer all read such answers.
 */
export function createMeilisearch(options: { host: string; apiKey?: string; timeout?: number }): Meilisearch {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const { timeout, ...connection } = options;
  return new Meilisearch({
    // The timeout is kept here, not handed to the library: its own timeout wrapper adds an abort
    // listener to waitTask's shared signal on every poll and never removes it.
    ...connection,
    httpClient: (input, init) =>
      new Promise((resolveRequest, rejectRequest) => {
        // The client's timeout and waitTask abort through init.signal; the listener goes with the request.
        const signal = init?.signal;
        const settle = <T>(finish: (value: T) => void) => (value: T) => {
          signal?.removeEventListener('abort', abort);
          finish(value);
        };
        const resolve = settle(resolveRequest);
        const reject = settle(rejectRequest);
        const url = new URL(input instanceof Request ? input.url : input);
        const secure = url.protocol === 'https:';
        const body = typeof init?.body === 'string' ? init.body : undefined;
        const headers = Object.fromEntries(new Headers(init?.headers).entries());
        if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
        const request = (secure ? https : http).request(
          url,
          { method: init?.method ?? 'GET', headers, agent: secure ? agents.https : agents.http },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              const status = response.statusCode ?? 500;
              try {
                const parsed = text === '' ? undefined : JSON.parse(text);
                if (status >= 200 && status < 300) resolve(parsed);
                else reject(new MeilisearchApiError(new Response(text, { status, statusText: response.statusMessage }), parsed));
              } catch (error) {
                reject(error);
              }
            });
          },
        );
        function abort() {
          request.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
        }
        if (timeout) request.setTimeout(timeout, () => request.destroy(new Error(`Meilisearch did not answer within ${timeout} ms`)));
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort, { once: true });
        request.on('error', reject);
        request.end(body);
      }),
  });
}
