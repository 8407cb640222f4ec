import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, run on snippets as if they were files of the repository.
const eslint = new ESLint({ cwd: process.cwd() });

const problemsOf = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
};

const openTransaction = `
import type { Ctx } from '../../context.ts';
export const save = (ctx: Ctx) => ctx.db.transaction().execute(async (trx) => trx);
`;

const writeLog = `
import { recordProcessing } from '../processing-log/processing-log.service.ts';
export const log = recordProcessing;
`;

const openDirectly = `
import { withTransaction } from '../../command/transaction.ts';
export const save = withTransaction;
`;

describe('the one command path is enforced by lint', () => {
  it('refuses a transaction opened in a service', async () => {
    expect(await problemsOf('src/server/modules/outflow/outflow.service.ts', openTransaction)).toContain(
      'no-restricted-syntax',
    );
  });

  it('refuses writing the processing log outside the helpers', async () => {
    expect(await problemsOf('src/server/modules/outflow/outflow.service.ts', writeLog)).toContain(
      'no-restricted-imports',
    );
  });

  it('refuses the helpers’ transaction runner outside the helpers', async () => {
    expect(await problemsOf('src/server/modules/outflow/outflow.service.ts', openDirectly)).toContain(
      'no-restricted-imports',
    );
  });

  it('allows both in the helpers, the job queue and the seeds', async () => {
    for (const path of [
      'src/server/command/another-helper.ts',
      'src/server/jobs/another-queue.ts',
      'src/server/db/seed/another-seed.ts',
    ]) {
      const problems = [...(await problemsOf(path, openTransaction)), ...(await problemsOf(path, writeLog))];
      expect(problems, path).not.toContain('no-restricted-syntax');
      expect(problems, path).not.toContain('no-restricted-imports');
    }
  });
});
