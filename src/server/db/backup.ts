import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * The embedded database's own dump (PGlite `dumpDataDir`: a gzipped tar of the data directory,
 * written from a consistent state because the database is opened here alone). The server must
 * not run on the same directory meanwhile: PGlite is one process's database.
 */
export const backupEmbedded = async (dataDir: string, outFile: string): Promise<number> => {
  if (!hasData(dataDir)) throw new BackupError(`No embedded database in ${dataDir}`);
  const pglite = await PGlite.create({ dataDir });
  try {
    const dump = await pglite.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    await writeFile(outFile, bytes, { mode: 0o600 });
    return bytes.length;
  } finally {
    await pglite.close();
  }
};

/** Restores a dump of `backupEmbedded` into an empty (or absent) data directory, never over data. */
export const restoreEmbedded = async (file: string, dataDir: string): Promise<void> => {
  if (hasData(dataDir))
    throw new BackupError(`${dataDir} already holds a database: move it away first, nothing was changed`);
  const dump = new Blob([await readFile(file)]);
  mkdirSync(dirname(dataDir), { recursive: true });
  const pglite = await PGlite.create({ dataDir, loadDataDir: dump });
  try {
    await pglite.query('select 1');
  } finally {
    await pglite.close();
  }
};

const hasData = (dataDir: string): boolean => existsSync(dataDir) && readdirSync(dataDir).length > 0;
