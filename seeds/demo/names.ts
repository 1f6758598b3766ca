export const MALE_NAMES = [
  'Agus', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Irfan', 'Joko', 'Kurniawan', 'Muhammad', 'Rahmat', 'Rizky',
  'Slamet', 'Teguh', 'Wahyu', 'Yusuf', 'Ahmad', 'Andi', 'Bayu', 'Dimas', 'Gusti', 'Hadi', 'Iwan', 'Syahrul',
  'Taufik', 'Yohanes', 'Antonius', 'Daniel', 'Hermanus', 'Ricky',
];
export const FEMALE_NAMES = [
  'Ani', 'Dewi', 'Fitri', 'Indah', 'Kartika', 'Lestari', 'Maya', 'Nur', 'Putri', 'Rina', 'Sari', 'Siti',
  'Wulan', 'Yuliana', 'Ayu', 'Dian', 'Eka', 'Hana', 'Intan', 'Maria', 'Novi', 'Ratna', 'Sri', 'Tri', 'Veronika',
];
export const FAMILY_NAMES = [
  'Saputra', 'Pratama', 'Hidayat', 'Wijaya', 'Santoso', 'Siregar', 'Nasution', 'Rahman', 'Setiawan', 'Kusuma',
  'Lubis', 'Hasibuan', 'Simanjuntak', 'Tambunan', 'Wibowo', 'Gunawan', 'Syahputra', 'Ramadhan', 'Firmansyah',
  'Nugroho', 'Purnomo', 'Lumban Gaol', 'Dayak', 'Baso', 'Daeng', 'Ahmad', 'Sulaiman', 'Effendi', 'Halim', 'Anwar',
];
export const COMPANY_FORMS = ['PT', 'PT', 'PT', 'CV', 'CV', 'UD', 'Koperasi'];
export const COMPANY_WORDS = [
  'Borneo', 'Mahakam', 'Kaltim', 'Etam', 'Benua', 'Khatulistiwa', 'Kayan', 'Barito', 'Kahayan', 'Mentaya',
  'Tanjung', 'Sentosa', 'Jaya', 'Abadi', 'Makmur', 'Lestari', 'Sejahtera', 'Perkasa', 'Mandiri', 'Prima',
  'Nusantara', 'Bumi', 'Karya', 'Sinar', 'Cahaya', 'Mulia', 'Utama', 'Gemilang', 'Harapan', 'Bersama',
];
export const COMPANY_TRADES = [
  'Sawit', 'Batubara', 'Konstruksi', 'Logistik', 'Niaga', 'Teknik', 'Perkebunan', 'Transportasi', 'Migas',
  'Kayu', 'Perikanan', 'Hotel', 'Rumah Makan', 'Bengkel', 'Percetakan', 'Farma', 'Retail', 'Properti',
];
export const STREETS = [
  'Jl. Jenderal Sudirman', 'Jl. MT Haryono', 'Jl. Ahmad Yani', 'Jl. Pangeran Antasari', 'Jl. Soekarno-Hatta',
  'Jl. Cilik Riwut', 'Jl. Tjilik Riwut', 'Jl. Gajah Mada', 'Jl. Diponegoro', 'Jl. Mulawarman', 'Jl. P. Suryanata',
];
