import { buildRenderer } from './e2e/support/app';

/** Builds the renderer once per run, before any file starts, so the e2e files never race on dist/. */
export default async function setup(): Promise<void> {
  if (process.env.SIGAP_SKIP_RENDERER_BUILD !== '1') await buildRenderer();
}
