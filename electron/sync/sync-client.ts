import { AppError } from '../errors/app-error';
import { SYNC_PROTOCOL_VERSION, type HelloResponse, type PullResponse, type PushRequest, type PushResponse } from '../../shared/sync/protocol';

const TIMEOUT_MS = 60_000;

const SOCKET_CLOSED = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** fetch's own failure whose cause is the connection closing under it (not a refusal, not a timeout). */
function closedBeforeAnswer(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return !!cause?.code && SOCKET_CLOSED.has(cause.code);
}

/** The desk's side of the wire: every request carries the desk key and the protocol version. */
export class SyncClient {
  constructor(
    private readonly serverUrl: string,
    private readonly deskKey: string,
  ) {}

  private send(method: 'GET' | 'POST', path: string, body: string | undefined): Promise<Response> {
    return fetch(new URL(path, this.serverUrl), {
      method,
      headers: {
        authorization: `Bearer ${this.deskKey}`,
        'x-sigap-sync-protocol': String(SYNC_PROTOCOL_VERSION),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  }

  private async request<T>(method: 'GET' | 'POST', path: string, payloadIn?: unknown): Promise<T> {
    const body = payloadIn === undefined ? undefined : JSON.stringify(payloadIn);
    let response: Response | undefined;
    for (let attempt = 1; !response; attempt++) {
      try {
        response = await this.send(method, path, body);
      } catch (error) {
        // Every request of this protocol is safe to send again (a push is numbered, the rest only read). A
        // connection the server had just closed as idle fails before any answer: one more try, on a new one.
        if (attempt < 2 && closedBeforeAnswer(error)) continue;
        throw new AppError('SYNC_UNREACHABLE', { detail: error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : 'unknown' });
      }
    }
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      throw new AppError('SYNC_UNREACHABLE', { detail: `HTTP ${response.status}` });
    }
    if (!response.ok) {
      const error = (payload as { error?: { code?: string; message?: string } }).error;
      const code = error?.code ?? 'SYNC_UNREACHABLE';
      throw new AppError(code, { detail: error?.message ?? `HTTP ${response.status}` });
    }
    return payload as T;
  }

  hello(fingerprint: string): Promise<HelloResponse> {
    return this.request('POST', '/sync/hello', { fingerprint });
  }

  push(req: PushRequest): Promise<PushResponse> {
    return this.request('POST', '/sync/push', req);
  }

  /** `full`: include this desk's own changes (after a restore the desk no longer holds them). */
  pull(cursor: number, limit: number, full = false): Promise<PullResponse> {
    return this.request('GET', `/sync/pull?cursor=${cursor}&limit=${limit}${full ? '&full=1' : ''}`);
  }

  digest(): Promise<{ digest: string }> {
    return this.request('GET', '/sync/digest');
  }
}
