// Bundles the Electron main process, the preload and the import worker into dist/electron.
import { buildElectron } from './electron-bundles.mjs';

await buildElectron();
