/** UI strings for issue 11 §4: home branches, coverage scale and legends, gap search (Bahasa Indonesia). */
export const homeBranchId = {
  staff: {
    label: 'Kantor cabang asal',
    hint: 'Ringkasan cabang dan daftar kesenjangan dibuka pada cabang ini.',
    none: '— Tidak ada —',
    column: 'Cabang asal',
  },
  coverage: {
    axis: 'Cakupan kepesertaan (% dari penduduk bekerja), skala 0–{{max}}',
    axisShort: 'Cakupan (%)',
    legendConfirmed: 'Angka penduduk bekerja resmi (BPS)',
    legendEstimate: 'Perkiraan: angka penduduk bekerja belum dikonfirmasi',
    legendOver: 'Lebih dari 100%: periksa angka penduduk bekerja',
  },
  headcount: {
    legend: 'Angka kuning: TK aktif lebih sedikit dari jumlah yang dilaporkan perusahaan (kemungkinan PDS TK).',
  },
  /** The one-letter gender column: L/P in Indonesian, M/F in English. */
  genderShort: { L: 'L', P: 'P' },
  gapSearch: {
    label: 'Cari nama/NPP',
    placeholder: 'Nama perusahaan atau NPP',
    clear: 'Hapus pencarian',
  },
};
