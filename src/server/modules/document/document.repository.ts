import type { Kysely, Transaction } from 'kysely';
import type { Database, DocumentKind } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export const documentRepository = {
  /** All versions of a jobseeker's documents, newest first, without their content. */
  async list(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('document as d')
      .innerJoin('employee as e', 'e.id', 'd.uploaded_by')
      .select([
        'd.id',
        'd.kind',
        'd.filename',
        'd.content_type',
        'd.size_bytes',
        'd.version',
        'd.supersedes_id',
        'd.superseded',
        'd.uploaded_by',
        'e.name as uploaded_by_name',
        'd.uploaded_at',
      ])
      .where('d.jobseeker_id', '=', jobseekerId)
      .orderBy('d.uploaded_at', 'desc')
      .orderBy('d.version', 'desc')
      .execute();
  },

  async getMeta(db: Executor, id: string) {
    return db
      .selectFrom('document')
      .select(['id', 'jobseeker_id', 'kind', 'version', 'superseded'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async getContent(db: Executor, id: string) {
    return db
      .selectFrom('document')
      .select(['id', 'jobseeker_id', 'filename', 'content_type', 'content'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** Marks a version superseded; false when someone else superseded it first. */
  async supersede(db: Transaction<Database>, id: string): Promise<boolean> {
    const result = await db
      .updateTable('document')
      .set({ superseded: true })
      .where('id', '=', id)
      .where('superseded', '=', false)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  async insert(
    db: Transaction<Database>,
    row: {
      werkpleinId: string;
      jobseekerId: string;
      kind: DocumentKind;
      filename: string;
      contentType: string;
      content: Buffer;
      sha256: string;
      version: number;
      supersedesId: string | null;
      uploadedBy: string;
      uploadedAt: Date;
    },
  ) {
    const { id } = await db
      .insertInto('document')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        kind: row.kind,
        filename: row.filename,
        content_type: row.contentType,
        size_bytes: row.content.length,
        sha256: row.sha256,
        content: row.content,
        version: row.version,
        supersedes_id: row.supersedesId,
        uploaded_by: row.uploadedBy,
        uploaded_at: row.uploadedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  async listNotes(db: Executor, jobseekerId: string) {
    return db
      .selectFrom('note as n')
      .innerJoin('employee as e', 'e.id', 'n.created_by')
      .select(['n.id', 'n.text', 'n.created_by', 'e.name as created_by_name', 'n.created_at'])
      .where('n.jobseeker_id', '=', jobseekerId)
      .orderBy('n.created_at', 'desc')
      .limit(500)
      .execute();
  },

  async insertNote(
    db: Transaction<Database>,
    row: { werkpleinId: string; jobseekerId: string; text: string; createdBy: string; createdAt: Date },
  ) {
    const { id } = await db
      .insertInto('note')
      .values({
        werkplein_id: row.werkpleinId,
        jobseeker_id: row.jobseekerId,
        text: row.text,
        created_by: row.createdBy,
        created_at: row.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },
};
