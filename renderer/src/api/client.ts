import type { SigapBridge } from '../../../shared/api/bridge';
import { SESSION_HEADER, TOKEN_HEADER } from '../../../shared/api/bridge';
import type { ApiArg, ApiName, ApiResult } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { ApiCallError } from './api-call-error';
import { sessionToken } from './session-token';
import { takeToken } from './token';

export { ApiCallError } from './api-call-error';

declare global {
  interface Window {
    sigap?: SigapBridge;
  }
}

/** Bytes of the request sent so far, of its whole size (browser mode; the Electron bridge has no wire). */
export type SendProgress = (sent: number, total: number) => void;

type Transport = <K extends ApiName>(name: K, arg: ApiArg<K>, onSent?: SendProgress) => Promise<Result<ApiResult<K>>>;

function electronTransport(bridge: SigapBridge): Transport {
  return (name, arg) => {
    const method = bridge[name] as (a: typeof arg) => Promise<Result<ApiResult<typeof name>>>;
    return method(arg);
  };
}

/** fetch() cannot report an upload's progress; XMLHttpRequest can, so a large file is sent with it. */
function sendWithProgress<R>(url: string, headers: Record<string, string>, body: string, onSent: SendProgress): Promise<R> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onSent(e.loaded, e.lengthComputable ? e.total : body.length);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as R);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.onerror = () => reject(new TypeError('Failed to fetch'));
    xhr.send(body);
  });
}

function browserTransport(token: string): Transport {
  return async (name, arg, onSent) => {
    const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: token, [SESSION_HEADER]: sessionToken.get() };
    if (onSent) return sendWithProgress(`/api/${name}`, headers, JSON.stringify(arg ?? {}), onSent);
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, [SESSION_HEADER]: sessionToken.get() },
      body: JSON.stringify(arg ?? {}),
    });
    // The host always answers with a Result body, whatever the status code.
    return (await response.json()) as Result<ApiResult<typeof name>>;
  };
}

/** Chosen once at start-up: the Electron preload if present, the loopback HTTP host otherwise. */
const accessToken = window.sigap ? '' : takeToken();
const transport: Transport = window.sigap ? electronTransport(window.sigap) : browserTransport(accessToken);

/** Browser mode without a launch token cannot reach the host at all: the app says so before any sign-in. */
export const hasAccessToken = (): boolean => accessToken !== '';

export const transportMode: 'electron' | 'browser' = window.sigap ? 'electron' : 'browser';

/** Calls a backend handler; resolves with its value or throws an ApiCallError carrying the stable code. */
export async function call<K extends ApiName>(name: K, arg: ApiArg<K>, onSent?: SendProgress): Promise<ApiResult<K>> {
  let result = await transport(name, arg, onSent);
  // STORE_BUSY: another process (a CLI import) held the store past the host's own retries and nothing was
  // saved; one more try after a pause, then the banner explains it.
  if (!result.ok && result.error.code === 'STORE_BUSY') {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    result = await transport(name, arg, onSent);
  }
  if (!result.ok) {
    if (result.error.code === 'AUTH_REQUIRED') onSignedOut?.();
    throw new ApiCallError(result.error);
  }
  onSucceeded?.(name);
  return result.value;
}

let onSignedOut: (() => void) | null = null;

/** The session store listens here: a session that idled out on the backend sends the user back to sign-in. */
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

let onSucceeded: ((name: ApiName) => void) | null = null;

/** The sync state listens here: a write the desk just made is a change waiting to be sent. */
export function whenCallSucceeded(listener: (name: ApiName) => void): void {
  onSucceeded = listener;
}
