import type { Staff } from '../../../shared/domain/staff';
import type { Backend } from '../../backend';
import { requireOpt, stringOpt, unwrap, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

/**
 * `staff add USERNAME --role ROLE [--name "Nama"] [--branch KODE]` with the password in SIGAP_NEW_PASSWORD (never on the
 * command line, where other users of the PC could read it); `staff list`.
 */
export async function staffCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const action = args.positionals[1];
  if (action === 'list') {
    const staff = await unwrap<Staff[]>(backend, 'staff-list', {});
    io.out(args.values.json ? JSON.stringify(staff) : staff.map((s) => `${s.username}  ${s.role}  ${s.active ? 'aktif' : 'nonaktif'}`).join('\n'));
    return 0;
  }
  if (action === 'add') {
    const username = args.positionals[2];
    const password = process.env.SIGAP_NEW_PASSWORD;
    if (!username || !password) throw new UsageError('staff add USERNAME --role ROLE (kata sandi di SIGAP_NEW_PASSWORD)');
    const staff = await unwrap<Staff>(backend, 'staff-save', {
      mode: 'create',
      username,
      displayName: stringOpt(args, 'name') ?? username,
      role: requireOpt(args, 'role'),
      password,
      ...(stringOpt(args, 'branch') ? { homeBranch: stringOpt(args, 'branch') } : {}),
    });
    io.out(args.values.json ? JSON.stringify(staff) : `Pengguna ${staff.username} (${staff.role}) dibuat.`);
    return 0;
  }
  throw new UsageError('staff add|list');
}
