/** Every handler name, in one plain list (the preload bundles this, not the schemas). */
export const API_NAMES = [
  'app-info',
  'reference-get',
  'employers-list',
  'employers-get',
  'employers-save',
  'workers-list',
  'workers-search',
  'workers-get',
  'workers-enrol',
  'workers-end',
  'nik-check',
] as const;

export type ApiName = (typeof API_NAMES)[number];
