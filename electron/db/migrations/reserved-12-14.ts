import type { Migration } from './migration';

/**
 * Versions 12–14 belong to steps built on other branches; these placeholders keep the versions consecutive
 * here and are dropped when the branches meet (0015 follows the real steps).
 */
const reserved = (version: number): Migration => ({ version, name: `reserved (another branch, ${version})`, up() {} });

export const reservedTwelveToFourteen: readonly Migration[] = [reserved(12), reserved(13), reserved(14)];
