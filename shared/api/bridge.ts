import type { ApiArg, ApiName, ApiResult } from './contract';
import type { Result } from './result';
import { API_NAMES } from './names';

/** The fixed method list the Electron preload exposes as `window.sigap` — one method per handler. */
export type SigapBridge = { [K in ApiName]: (arg: ApiArg<K>) => Promise<Result<ApiResult<K>>> };

export { API_NAMES };

/** The HTTP host's header carrying the per-launch token (browser mode). */
export const TOKEN_HEADER = 'x-sigap-token';

/** The HTTP header carrying the signed-in session (browser mode). */
export const SESSION_HEADER = 'x-sigap-session';
