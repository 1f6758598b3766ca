import type { MessageCatalogue } from './message-types';

export const authMessages: MessageCatalogue = {
  AUTH_REQUIRED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  FORBIDDEN: {
    id: 'Peran Anda ({role}) tidak berwenang untuk tindakan ini. Minta kepala cabang atau admin.',
    en: 'Your role ({role}) may not do this. Ask the branch head or an admin.',
  },
  SIGNIN_FAILED: {
    id: 'Nama pengguna atau kata sandi salah, atau akun sedang dikunci setelah terlalu banyak percobaan. Coba lagi nanti atau minta admin membukanya.',
    en: 'Wrong username or password, or the account is locked after too many attempts. Try again later or ask an admin to unlock it.',
  },
  SETUP_DONE: {
    id: 'Akun admin pertama sudah dibuat. Masuk dengan akun yang ada.',
    en: 'The first admin account already exists. Sign in with an existing account.',
  },
  PASSWORD_WEAK: {
    id: 'Kata sandi minimal {min} karakter dan tidak sama dengan nama pengguna.',
    en: 'The password needs at least {min} characters and must differ from the username.',
  },
  STAFF_EXISTS: { id: 'Nama pengguna {username} sudah dipakai.', en: 'Username {username} is taken.' },
  STAFF_NOT_FOUND: { id: 'Pengguna {username} tidak ditemukan.', en: 'No user {username}.' },
  LAST_ADMIN: {
    id: 'Tidak bisa mengubah admin aktif terakhir. Buat admin lain dahulu.',
    en: 'Cannot change the last active admin. Create another admin first.',
  },
};
