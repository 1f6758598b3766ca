import type { MessageCatalogue } from './message-types';

/** Notes of the gap rules and checks (issue 13): reference-data gaps, exemptions, child workers, legacy codes. */
export const ruleMessages: MessageCatalogue = {
  REF_MINIMUM_WAGE_MISSING: {
    id: '{kind} {year} belum ada di data acuan: perkiraan iuran dikosongkan, bukan nol.',
    en: '{kind} {year} is not in the reference data yet: the contribution estimate is left empty, not zero.',
  },
  REF_MINIMUM_WAGE_UNCHECKED: {
    id: '{kind} {year} belum ada di data acuan: upah peserta belum dapat dibandingkan dengan upah minimum.',
    en: '{kind} {year} is not in the reference data yet: wages cannot be compared with the minimum wage.',
  },
  REF_JP_CAP_MISSING: {
    id: 'Batas upah JP untuk periode {period} belum ada di data acuan: perkiraan iuran dikosongkan.',
    en: 'The JP wage cap for {period} is not in the reference data: the contribution estimate is left empty.',
  },
  INFO_BELOW_MINIMUM_EXEMPT: {
    id: '{count} peserta didaftarkan dengan upah di bawah {minimum}. Usaha {scale} dikecualikan dari upah minimum (PP 36/2021 Ps.36 jo. PP 51/2023): informasi, bukan temuan PDS Upah.',
    en: '{count} participants are registered with a wage below {minimum}. A {scale} business is exempt from the minimum wage (PP 36/2021 Ps.36 as amended by PP 51/2023): information, not a PDS Upah finding.',
  },
  INFO_HEADCOUNT_UNKNOWN: {
    id: 'Jumlah tenaga kerja perusahaan pada akhir periode {period} tidak tercatat: PDS Tenaga Kerja tidak dapat dinilai untuk periode itu.',
    en: 'No headcount was on record for this employer at the end of {period}: PDS Tenaga Kerja cannot be judged for that month.',
  },
  AGE_CHILD: {
    id: 'Umur {age} tahun: anak (di bawah 18 tahun, UU 13/2003 Ps.1 angka 26). Pengusaha dilarang mempekerjakan anak (Ps.68) kecuali pekerjaan ringan, pendidikan/pelatihan atau bakat (Ps.69–71). Periksa tanggal lahir dan dasar mempekerjakannya.',
    en: 'Age {age}: a child (under 18, UU 13/2003 Art.1(26)). Employing children is prohibited (Art.68) except light work, training or talent (Art.69–71). Check the birth date and the grounds for employment.',
  },
  AGE_CHILD_UNDER_15: {
    id: 'Umur {age} tahun: anak di bawah 15 tahun. Hanya pekerjaan ringan untuk usia 13–15 tahun yang dibolehkan, dengan izin tertulis orang tua, paling lama 3 jam sehari, siang hari dan tanpa mengganggu sekolah (UU 13/2003 Ps.69); di bawah 13 tahun tidak ada pengecualian.',
    en: 'Age {age}: a child under 15. Only light work at ages 13–15 is allowed, with written parental consent, at most 3 hours a day, in daytime and without disturbing school (UU 13/2003 Art.69); under 13 there is no exception.',
  },
  FOLLOWUP_DECIDER_REQUIRED: {
    id: 'Sanksi ({status}) adalah keputusan: isi siapa yang memutuskannya (mis. Kepala Cabang, atau dinas pemerintah daerah untuk TMP2T).',
    en: 'A sanction ({status}) is a decision: enter who decided it (e.g. the branch head, or the regional government office for TMP2T).',
  },
  FOLLOWUP_OUT_OF_ORDER: {
    id: 'Sanksi {status} hanya dapat dicatat setelah {previous} (UU 24/2011 Ps.17; PP 86/2013).',
    en: 'Sanction {status} can only be recorded after {previous} (UU 24/2011 Art.17; PP 86/2013).',
  },
  SCALE_MISMATCH_SALES: {
    id: 'Menurut hasil penjualan tahunan, usaha ini berskala {suggested}, bukan {typed} (PP 7/2021 Ps.35). Periksa skala usaha: skala menentukan program wajib.',
    en: 'By its annual sales this business is {suggested}, not {typed} (PP 7/2021 Art.35). Check the scale: it decides the mandatory programs.',
  },
  SCALE_MISMATCH_CAPITAL: {
    id: 'Menurut modal usaha (di luar tanah dan bangunan), usaha ini berskala {suggested}, bukan {typed} (PP 7/2021 Ps.35). Periksa skala usaha: skala menentukan program wajib.',
    en: 'By its capital (excluding land and buildings) this business is {suggested}, not {typed} (PP 7/2021 Art.35). Check the scale: it decides the mandatory programs.',
  },
  AMOUNT_INVALID: {
    id: 'Jumlah rupiah tidak terbaca. Tulis angka saja, mis. 2.500.000.000.',
    en: 'The rupiah amount cannot be read. Type digits only, e.g. 2.500.000.000.',
  },
  REGION_LEGACY_MAPPED: {
    id: 'Kode wilayah {code} adalah kode lama (sebelum pemekaran Kalimantan Utara 2012): dicatat sebagai {current} {name}.',
    en: 'Region code {code} is a legacy code (before Kalimantan Utara was formed in 2012): recorded as {current} {name}.',
  },
};
