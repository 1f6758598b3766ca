/** UI strings for the admin screens (Bahasa Indonesia). Merged into the main resources under `admin`. */
export const adminId = {
  title: 'Administrasi',
};
