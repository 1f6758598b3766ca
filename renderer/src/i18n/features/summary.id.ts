/** UI strings for the summary screens (Bahasa Indonesia). Merged into the main resources under `summary`. */
export const summaryId = {
  title: 'Ringkasan cabang',
};
