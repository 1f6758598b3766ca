import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { App } from './app';
import { initI18n } from './i18n';
import { bindRouter } from './stores/nav-store';
import './styles.css';

initI18n();

// A hash router: the screen lives after `#`, so the loopback host (which serves index.html at `/` only) and
// Electron's `app://` protocol (which maps paths to files) need no fallback route, and a reload or a second
// tab on the same address lands on the same screen in both. One catch-all route: the nav store maps the
// location to the app's `Route` vocabulary (stores/route-paths.ts).
const router = createHashRouter([{ path: '*', element: <App /> }]);
bindRouter(router);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
