/** UI strings for the imports screens (Bahasa Indonesia). Merged into the main resources under `imports`. */
export const importsId = {
  title: 'Impor Excel',
};
