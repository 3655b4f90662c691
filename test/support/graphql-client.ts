import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; fields?: Record<string, string>; [k: string]: unknown } }>;
}

/** A user's browser, reduced to what the API sees: a cookie jar, POSTs to /graphql, and a WebSocket. */
export class GraphQLClient {
  /** The session cookie (name=value), null when logged out. */
  cookie: string | null = null;
  /** The anonymous visitor id cookie the server hands out on the first request. */
  visitorCookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64) commons-test',
  ) {}

  private get cookieHeader(): string | null {
    return [this.cookie, this.visitorCookie].filter(Boolean).join('; ') || null;
  }

  async execute<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': this.userAgent, ...(this.cookieHeader ? { cookie: this.cookieHeader } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = pair!.split('=');
      if (name === 'commons_session') this.cookie = value ? `${name}=${value}` : null;
      if (name === 'commons_visitor') this.visitorCookie = `${name}=${value}`;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like execute, but fails the test on any error: for steps that are setup, not the subject. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.execute<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** A graphql-ws client that presents this user's session cookie on the handshake. */
  webSocket(options: { origin?: string } = {}): Client {
    const cookie = this.cookieHeader;
    const headers = { ...(cookie ? { cookie } : {}), ...(options.origin ? { origin: options.origin } : {}) };
    return createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      },
      retryAttempts: 0,
      lazy: true,
    });
  }

  /** Runs one operation over the WebSocket and returns its single result. */
  async overWebSocket<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, client = this.webSocket()): Promise<GraphQLResponse<T>> {
    try {
      return await new Promise<GraphQLResponse<T>>((resolve, reject) => {
        let result: GraphQLResponse<T> | undefined;
        client.subscribe<T>(
          { query, variables },
          {
            next: (value) => (result = value as GraphQLResponse<T>),
            error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
            complete: () => resolve(result ?? {}),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }
}
