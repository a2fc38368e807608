import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates the folders above `file`, one level at a time. Not `mkdir({ recursive: true })`: on
 * Node 20 that spins forever on paths like /proc/x/y (EEXIST/ENOENT loop), hanging start-up.
 */
export async function makeParentDirs(file: string): Promise<void> {
  const missing: string[] = [];
  let dir = path.dirname(path.resolve(file));
  while (!(await exists(dir))) {
    missing.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of missing) {
    await fs.mkdir(d).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

async function exists(dir: string): Promise<boolean> {
  try {
    await fs.stat(dir);
    return true;
  } catch {
    return false;
  }
}
