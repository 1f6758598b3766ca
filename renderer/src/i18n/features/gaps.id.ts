/** UI strings for the gaps screens (Bahasa Indonesia). Merged into the main resources under `gaps`. */
export const gapsId = {
  title: 'Kesenjangan kepatuhan',
};
