import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

// PGlite is one process per data folder: two would write the same files and spoil them. The
// lock file holds the process id; a lock whose process is gone (a crash) is taken over.

export class FolderInUse extends Error {}

export function takeLock(file: string, folder: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      // This very process counts too: a second store opened on the same folder in one process is as wrong.
      if (alive(holder)) {
        throw new FolderInUse(
          `De gegevensmap ${folder} is al in gebruik door een andere Kanteltrainer-server (proces ${holder}). ` +
            'Stop die eerst, of kies een andere map met KANTEL_DATA=… (of een PostgreSQL-server met DATABASE_URL=…).',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new FolderInUse(`De gegevensmap ${folder} kon niet worden vergrendeld.`);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
