/** Under Electron (dev start), a copy of better-sqlite3 built for Electron's ABI; see scripts/start.mjs. Every connection uses it. */
export function nativeBindingOption(): { nativeBinding?: string } {
  const nativeBinding = process.env.SIGAP_NATIVE_BINDING;
  return nativeBinding ? { nativeBinding } : {};
}
