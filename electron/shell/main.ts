import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createBackend, type Backend } from '../backend';
import { scheduleDailyBackups } from '../backup/daily-backup';
import { seedDemoIfEmpty } from '../../seeds/demo/seed-if-empty';
import { scheduleUpkeep } from '../upkeep/schedule-upkeep';
import { serveIpc } from './ipc-host';
import { servePrint } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySecurityPolicy } from './security';
import { APP_START_URL } from './url-policy';

// The thin Electron shell: everything it calls runs under plain Node and is tested there.
applySecurityPolicy();
registerAppScheme();

let backend: Backend | null = null;

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Sigap',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click would open links in a new window, bypassing will-navigate.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(() => {
    backend = createBackend(path.join(app.getPath('userData'), 'sigap.db'), 'electron');
    seedDemoIfEmpty(backend.db);
    scheduleDailyBackups(backend.current, path.join(app.getPath('userData'), 'backups'));
    scheduleUpkeep(backend.current);
    backend.sync.start();
    serveIpc(backend);
    servePrint();
    serveRenderer(path.join(__dirname, '../renderer'));
    createWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());
}
