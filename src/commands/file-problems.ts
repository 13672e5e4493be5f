// Why a file or folder could not be read, in plain words: the system's error code picks the
// sentence, so a technician reads "permission denied", not "EACCES: permission denied, scandir".

const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'too many symbolic links (a link that points at itself?)',
  ENAMETOOLONG: 'the name is too long',
  ENXIO: 'nothing is connected to it (a socket or a device without its driver)',
  EIO: 'the disk reported an input/output error',
  EFBIG: 'it grew past the size kms-doctor reads while it was read',
};

/** A plain reason for a failed read, by its error code. */
export function errnoProblem(error: NodeJS.ErrnoException): string {
  const known = error.code ? PROBLEMS[error.code] : undefined;
  return known ?? `it could not be read (${error.code ?? error.message})`;
}
