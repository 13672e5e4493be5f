// The folder the technician was in when they started kms-doctor. `npm start` (and `npm run`)
// runs the bin from the package's own folder, and keeps where it was started in INIT_CWD: a
// note saved, or a relative path given, belongs where the technician was, not in the clone.

import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';

/** INIT_CWD when npm set it to an existing folder, else the process's current folder. */
export function workingFolder(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  const init = env.INIT_CWD;
  if (!init || !isAbsolute(init)) return cwd;
  try {
    return statSync(init).isDirectory() ? init : cwd;
  } catch {
    return cwd; // gone since npm started: the current folder it is
  }
}
