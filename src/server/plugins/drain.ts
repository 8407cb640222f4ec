import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** True from the moment the process was asked to stop (SIGTERM): `/ready` then answers 503. */
    draining: boolean;
    /**
     * Stops taking work: new requests get 503 with `Connection: close`, the job queue stops
     * claiming; resolves when the requests in flight have been answered (or after `timeoutMs`).
     */
    drain: (timeoutMs?: number) => Promise<void>;
  }
}

/**
 * A graceful stop. Until `drain()` the app works as usual; from then on the load balancer sees
 * `/ready` fail and every new request is refused with 503 `not_ready` and `Connection: close`,
 * while the requests already in flight finish (their transactions commit) and the job queue
 * finishes the job it holds. Then the caller closes the server and the database.
 */
export const registerDrain = (app: FastifyInstance, stopJobs: () => Promise<void>): void => {
  const inFlight = new Set<FastifyRequest>();
  let settled: (() => void) | undefined;
  const done = (request: FastifyRequest) => {
    if (inFlight.delete(request) && inFlight.size === 0) settled?.();
  };
  app.decorate('draining', false);
  app.addHook('onRequest', async (request, reply) => {
    if (!app.draining) {
      inFlight.add(request);
      return;
    }
    if (request.url === '/health' || request.url === '/ready') return;
    void reply.header('connection', 'close');
    throw new DomainError('not_ready', 'The server is shutting down; try again');
  });
  app.addHook('onResponse', async (request) => done(request));
  app.addHook('onRequestAbort', async (request) => done(request));
  app.decorate('drain', async (timeoutMs = 30_000) => {
    app.draining = true;
    const requests =
      inFlight.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            settled = resolve;
            setTimeout(resolve, timeoutMs).unref();
          });
    await Promise.all([stopJobs(), requests]);
  });
};
