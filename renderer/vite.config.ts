import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// This file is type-checked with the web tsconfig (no node types), so paths come from URL, not node:path.
const dirOf = (url: URL): string => decodeURIComponent(url.pathname).replace(/^\/([A-Za-z]:)/, '$1');
const rendererRoot = dirOf(new URL('.', import.meta.url));
const repoRoot = dirOf(new URL('..', import.meta.url));

// The renderer is served from the app:// scheme in Electron and from the loopback host in browser mode,
// so every asset path is relative.
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Loaded from the local disk, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 2_000,
  },
  server: {
    fs: { allow: [repoRoot] },
  },
});
