import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Clock } from '../clock.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { jobQueueRepository } from '../jobs/job-queue.repository.ts';
import { notFoundBody } from './errors.ts';

/** The process's Prometheus metrics, in a registry of its own (one per app, so tests can build several). */
export interface Metrics {
  registry: Registry;
  jobFailures: Counter<'kind'>;
}

export const createMetrics = (): Metrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'werkplein_' });
  return {
    registry,
    jobFailures: new Counter({
      name: 'werkplein_job_failures_total',
      help: 'Failed job attempts (the job is retried later, or parked after the last attempt)',
      labelNames: ['kind'],
      registers: [registry],
    }),
  };
};

export interface MetricsOptions {
  metrics: Metrics;
  database: DatabaseHandle;
  clock: Clock;
  /** A bearer token that may read /metrics (`METRICS_TOKEN`). */
  token: string | undefined;
  /** Addresses of direct peers that may read /metrics without a token (`METRICS_ALLOW`). */
  allow: readonly string[];
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same peer. */
const plainAddress = (address: string | undefined): string => (address ?? '').replace(/^::ffff:/, '');

const tokenMatches = (expected: string, header: string | undefined): boolean => {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
};

/**
 * `/metrics` in Prometheus' text format: request latency per route pattern (never the URL, which
 * may hold a search term), the database pool, the job queue's depth and failures, and the
 * process's own figures. Only a configured address (the direct peer, not `X-Forwarded-For`) or a
 * caller with `METRICS_TOKEN` may read it; anyone else gets 401 (with a token configured) or 404.
 */
export const registerMetrics = (app: FastifyInstance, options: MetricsOptions): void => {
  const { registry } = options.metrics;
  const duration = new Histogram({
    name: 'werkplein_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by route pattern',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const pool = options.database.pool;
  new Gauge({
    name: 'werkplein_db_pool_connections',
    help: 'Database connections of this process: total open, idle, and requests waiting for one',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = pool?.() ?? { total: 1, idle: 1, waiting: 0 };
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  new Gauge({
    name: 'werkplein_jobs',
    help: 'Jobs in the queue: due now, scheduled later, parked after their last failed attempt',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const counts = await jobQueueRepository.counts(options.database.db, options.clock.now());
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });

  const mayRead = (request: FastifyRequest): boolean =>
    options.allow.includes(plainAddress(request.raw.socket.remoteAddress)) ||
    (options.token !== undefined && tokenMatches(options.token, request.headers.authorization));

  app.get('/metrics', { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
    if (!mayRead(request)) {
      if (options.token === undefined) return reply.code(404).send(notFoundBody('GET', '/metrics'));
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: { code: 'unauthenticated', message: 'Not allowed' } });
    }
    return reply
      .header('content-type', registry.contentType)
      .header('cache-control', 'no-store')
      .send(await registry.metrics());
  });
};
