import { contextBridge, ipcRenderer } from 'electron';
import { API_NAMES, type SigapBridge } from '../../shared/api/bridge';

// A fixed method list, one per handler — the renderer never sees ipcRenderer or a free channel name.
const bridge = Object.fromEntries(
  API_NAMES.map((name) => [name, (arg: unknown) => ipcRenderer.invoke(`api:${name}`, arg)]),
) as SigapBridge;

contextBridge.exposeInMainWorld('sigap', bridge satisfies SigapBridge);

// Print preview of the branch summary (electron/shell/print.ts): one fixed channel, a checked request.
contextBridge.exposeInMainWorld('sigapPrint', { preview: (request: unknown) => ipcRenderer.invoke('print:preview', request) });
