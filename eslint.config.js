import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Modules still to move onto the command helpers: another change (issue 9, audit of admin actions)
 * is rewriting them. Remove each path here once it is moved.
 */
export const commandPathPending = [
  'src/server/modules/admin/**',
  'src/server/modules/identity/**',
  'src/server/modules/processing-log/**',
];

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', '.e2e-data/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // One command path (docs/architecture.md, "Adding a command"): on the server only the command
  // helpers open a transaction and write the processing log; case events have no other way in.
  {
    files: ['src/server/**/*.ts'],
    ignores: [
      'src/server/command/**', // the helpers themselves
      'src/server/jobs/**', // the job queue: one transaction per job
      'src/server/modules/**/*.job.ts', // job handlers, inside the queue's transaction
      'src/server/db/**', // migrations and seeds
      'src/server/**/*.test.ts', // tests set up races and failures on the database directly
      ...commandPathPending,
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='transaction']",
          message:
            'Open no transaction in a service: use a command or query helper from src/server/command/command.ts.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/processing-log/processing-log.service.ts'],
              importNames: ['recordProcessing', 'recordProcessingAcrossWerkpleinen'],
              message:
                'The command helpers write the processing log: return a log patch from the work instead.',
            },
            {
              group: ['**/command/transaction.ts'],
              message: 'Only the command helpers open transactions: use src/server/command/command.ts.',
            },
          ],
        },
      ],
    },
  },
);
