/** UI strings for issue 11's navigation and walkthrough fixes (Bahasa Indonesia). */
export const walkthroughId = {
  noToken: {
    title: 'Alamat belum lengkap',
    example: 'Alamat lengkap tampil di jendela tempat Sigap dijalankan, misalnya http://127.0.0.1:5173/?token=…',
  },
  wizard: {
    gone: 'Berkas unggahan di alamat ini sudah tidak ada (sudah disimpan, dibatalkan, atau lewat 24 jam). Unggah berkasnya lagi.',
  },
  dialog: {
    discard: 'Buang isian',
    discardBody: 'Isian di formulir ini belum disimpan dan akan hilang.',
    signInMissing: 'Isi nama pengguna dan kata sandi.',
    ok: 'OK',
    cancel: 'Batal',
    required: 'Wajib diisi.',
  },
};
