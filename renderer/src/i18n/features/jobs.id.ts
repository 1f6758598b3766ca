/** UI strings for long jobs: progress, time left, cancel (Bahasa Indonesia). */
export const jobsId = {
  stage: {
    queued: 'Memulai…',
    waiting: 'Menunggu: sedang menyimpan impor lain',
    reading: 'Membaca berkas',
    checking: 'Memeriksa baris',
    writing: 'Menyimpan ke data',
    done: 'Selesai',
  },
  figures: '{{done}} dari {{total}} baris',
  percent: '{{percent}} %',
  eta: 'sisa ± {{time}}',
  seconds: '{{n}} detik',
  minutes: '{{n}} menit',
  elapsed: '{{n}} detik berjalan',
  cancel: 'Batalkan',
  cancelling: 'Membatalkan…',
  cancelled: 'Dibatalkan. Tidak ada yang disimpan.',
  running: {
    title: 'Pekerjaan yang berjalan',
    check: 'Pemeriksaan {{file}}',
    write: 'Impor {{file}}',
    interrupted: 'Terhenti karena aplikasi ditutup (dimulai {{at}}). Tidak ada yang disimpan darinya; jalankan lagi.',
    dismiss: 'Tutup',
    saved: 'Impor #{{id}} tersimpan: {{accepted}} baris ({{inserted}} baru, {{updated}} diperbarui).',
  },
};
