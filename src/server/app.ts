import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { type Clock, systemClock } from './clock.ts';
import { jobHandlers } from './jobs/job-handlers.ts';
import { JobRunner } from './jobs/job-queue.ts';
import type { Config } from './config.ts';
import { migrationsCurrent, type DatabaseHandle } from './db/database.ts';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { IDP_PATH, mountLocalIdp } from './modules/identity/local-idp.ts';
import { createOidcClient } from './modules/identity/oidc-client.ts';
import { documentRoutes } from './modules/document/document.routes.ts';
import { employerRoutes } from './modules/employer-service/employer.routes.ts';
import { vacancyRoutes } from './modules/employer-service/vacancy.routes.ts';
import { nominationRoutes } from './modules/employer-service/nomination.routes.ts';
import { labourMarketActivityRoutes } from './modules/employer-service/labour-market-activity.routes.ts';
import { matchingRoutes } from './modules/matching/matching.routes.ts';
import { caseloadMatchesRoutes } from './modules/matching/caseload-matches.routes.ts';
import { regionalPoolRoutes } from './modules/matching/regional-pool.routes.ts';
import { jobseekerRoutes } from './modules/jobseeker-case/jobseeker.routes.ts';
import { intakeRoutes } from './modules/jobseeker-case/intake.routes.ts';
import { actionPlanRoutes } from './modules/action-plan/action-plan.routes.ts';
import { appointmentRoutes } from './modules/appointment/appointment.routes.ts';
import { referralRoutes } from './modules/referral/referral.routes.ts';
import { summonsRoutes } from './modules/summons/summons.routes.ts';
import { profileRoutes } from './modules/profile/profile.routes.ts';
import { timelineRoutes } from './modules/timeline/timeline.routes.ts';
import { caseloadRoutes } from './modules/caseload/caseload.routes.ts';
import { monitorRoutes } from './modules/monitor/monitor.routes.ts';
import { caseFlowRoutes } from './modules/case-flow/case-flow.routes.ts';
import { trajectoryRoutes } from './modules/trajectory/trajectory.routes.ts';
import { processingActivities } from './modules/processing-log/activity.register.ts';
import { processingLogRepository } from './modules/processing-log/processing-log.repository.ts';
import {
  contextOf,
  isApiPath,
  registerAuthentication,
  registerDenialLogging,
  registerTracing,
} from './plugins/auth.ts';
import { notFoundBody, registerErrorHandling } from './plugins/errors.ts';
import { registerRateLimits } from './plugins/rate-limit.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { registerDrain } from './plugins/drain.ts';
import { createMetrics, registerMetrics } from './plugins/metrics.ts';
import { loggerOptions, type LogStream } from './plugins/logging.ts';
import { newTraceId } from './trace.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The persistent job queue's runner (started by startServer; tests call `runDue()`). */
    jobs: JobRunner;
  }
}

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** Where the JSON log lines go (default: standard output). */
  logStream?: LogStream;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NON_SPA_PREFIXES = ['/metrics', '/api/', '/auth/', `${IDP_PATH}/`, '/idp-assets/', '/assets/'];

/** Builds Werkplein: plugins first, then the modules. Migrations must have run. */
export const buildApp = async (options: AppOptions): Promise<FastifyInstance> => {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const db = database.db;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    // The request id is the W3C trace id of the request (src/server/trace.ts): in every log line.
    genReqId: newTraceId,
    logController: new LogController({
      requestIdLogLabel: 'traceId',
      // Probes and scrapes every few seconds would drown the requests people make.
      disableRequestLogging: (request) => ['/health', '/ready', '/metrics'].includes(request.url),
    }),
    bodyLimit: 1024 * 1024,
    trustProxy: config.mode === 'production',
    // The error handler builds the answer from the validation issues; the default formatter would
    // first join every issue into one message, however many a hostile body produces.
    schemaErrorFormatter: (_errors, dataVar) => new Error(`The ${dataVar} is not valid`),
  });
  const metrics = createMetrics();
  const jobs = new JobRunner(db, jobHandlers, { clock, pseudonymKey: config.secret }, (error, job) => {
    metrics.jobFailures.inc({ kind: job.kind });
    app.log.error({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts + 1 }, 'job failed');
  });
  app.decorate('jobs', jobs);
  app.addHook('onClose', () => jobs.stop());
  registerDrain(app, () => jobs.stop());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerTracing(app);
  registerMetrics(app, { metrics, database, clock, ...config.metrics });

  await app.register(fastifyCookie, { secret: config.secret });
  const limiter = await registerRateLimits(app, { limits: config.rateLimits, redisUrl: config.redisUrl });
  const authOptions = {
    db,
    clock,
    sessionPolicy: config.session,
    publicUrl: config.publicUrl,
    pseudonymKey: config.secret,
    devTokens: config.mode === 'development',
    limiter,
  };
  registerAuthentication(app, authOptions);
  // Every API (and login) answer may hold personal data: no cache, browser or proxy, keeps a copy.
  app.addHook('onSend', async (request, reply) => {
    if ((isApiPath(request.url) || request.url.startsWith('/auth/')) && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.mode === 'production' ? [] : null,
      },
    },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Werkplein API',
        version: '0.1.0',
        description: 'API of Werkplein. Errors: { error: { code, message } }.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-werkplein' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  await processingLogRepository.syncActivities(db, Object.values(processingActivities));

  const issuer = config.oidc.issuer ?? `${config.publicUrl}${IDP_PATH}`;
  if (!config.oidc.issuer) {
    await mountLocalIdp(app, {
      db,
      publicUrl: config.publicUrl,
      clientId: config.oidc.clientId,
      clientSecret: config.oidc.clientSecret,
      demoPassword: config.demoPassword,
      limiter,
    });
  }
  const oidc = createOidcClient({
    issuer,
    clientId: config.oidc.clientId,
    clientSecret: config.oidc.clientSecret,
    redirectUri: `${config.publicUrl}/auth/callback`,
    postLogoutRedirectUri: `${config.publicUrl}/inloggen`,
  });

  const ctxOf = (request: FastifyRequest) => contextOf(request, authOptions);

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    if (app.draining) return reply.code(503).send({ status: 'not_ready', reason: 'draining' });
    try {
      const current = await migrationsCurrent(db);
      if (!current) return reply.code(503).send({ status: 'not_ready', reason: 'migrations_pending' });
      return { status: 'ready', engine: database.engine };
    } catch {
      return reply.code(503).send({ status: 'not_ready', reason: 'database_unreachable' });
    }
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );

  identityRoutes(app, {
    db,
    clock,
    oidc,
    sessionPolicy: config.session,
    publicUrl: config.publicUrl,
    requireMfa: config.oidc.requireMfa,
  });

  await app.register(async (api) => {
    registerDenialLogging(api, authOptions);
    jobseekerRoutes(api, ctxOf);
    intakeRoutes(api, ctxOf);
    actionPlanRoutes(api, ctxOf);
    appointmentRoutes(api, ctxOf);
    referralRoutes(api, ctxOf);
    summonsRoutes(api, ctxOf);
    timelineRoutes(api, ctxOf);
    caseloadRoutes(api, ctxOf);
    monitorRoutes(api, ctxOf);
    caseFlowRoutes(api, ctxOf);
    await documentRoutes(api, ctxOf);
    profileRoutes(api, ctxOf);
    trajectoryRoutes(api, ctxOf);
    employerRoutes(api, ctxOf);
    vacancyRoutes(api, ctxOf);
    matchingRoutes(api, ctxOf);
    caseloadMatchesRoutes(api, ctxOf);
    regionalPoolRoutes(api, ctxOf);
    nominationRoutes(api, ctxOf);
    labourMarketActivityRoutes(api, ctxOf);
    adminRoutes(api, ctxOf);
  });

  // The web app: built assets, and index.html for every client-side route.
  const assetsDir = join(config.webDir, 'assets') + sep;
  const hasWeb = existsSync(join(config.webDir, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Vite names what it builds under /assets/ by content hash: a new build has new names.
      // Everything else (the app shell) is checked with the server on every use.
      setHeaders: (reply, filePath) =>
        void reply.setHeader('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE : 'no-cache'),
    });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const clientRoute =
      request.method === 'GET' &&
      !NON_SPA_PREFIXES.some((p) => path.startsWith(p)) &&
      !/\.[a-z0-9]+$/i.test(path);
    if (hasWeb && clientRoute) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send(notFoundBody(request.method, path));
  });
  return app;
};
