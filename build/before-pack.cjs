// Rebuilds native modules for Electron's ABI inside the staged app only (the dev tree keeps its Node build).
const { rebuild } = require('@electron/rebuild');

exports.default = async function beforePack(context) {
  await rebuild({
    buildPath: context.packager.info.appDir,
    electronVersion: context.packager.config.electronVersion || require('electron/package.json').version,
    arch: context.arch === 1 ? 'x64' : context.arch === 3 ? 'arm64' : 'x64',
    onlyModules: ['better-sqlite3'],
    force: true,
  });
};
