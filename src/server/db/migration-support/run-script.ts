import { sql, type Kysely } from 'kysely';

/**
 * Runs a SQL script statement by statement (PGlite's extended protocol takes one statement a
 * query). Statements end with `;` at the end of a line; `$$` bodies may contain semicolons.
 */
export const runScript = async (db: Kysely<unknown>, script: string): Promise<void> => {
  let current = '';
  let inBody = false;
  for (const line of script.split('\n')) {
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      await sql.raw(current).execute(db);
      current = '';
    }
  }
  if (current.trim().replace(/--.*$/gm, '').trim() !== '') await sql.raw(current).execute(db);
};
