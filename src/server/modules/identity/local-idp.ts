import { generateKeyPairSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { z } from 'zod';
import { ZNoNulBytes } from '../../../contracts/common.ts';
import { DomainError } from '../../errors.ts';
import { countFailure, type RateLimiter } from '../../plugins/rate-limit.ts';
import type { Db } from '../../db/database.ts';

/**
 * The embedded test identity provider (development mode only): a real OpenID Connect provider
 * (oidc-provider) mounted at /idp, whose accounts are the demo employees. Production points at the
 * organisation's own provider through OIDC_ISSUER instead.
 */
export const IDP_PATH = '/idp';

export interface LocalIdpOptions {
  db: Db;
  publicUrl: string;
  clientId: string;
  clientSecret: string;
  demoPassword: string;
  limiter: RateLimiter;
  /** The portal's client: this provider then also plays DigiD, with the seeded test people. */
  digid?: { clientId: string; clientSecret: string };
}

/** DigiD's assurance levels and how a person logs in at each (shown on the test DigiD page). */
const DIGID_LEVELS = [
  ['basis', 'Basis: gebruikersnaam en wachtwoord'],
  ['midden', 'Midden: met sms-controle'],
  ['substantieel', 'Substantieel: met de DigiD app'],
  ['hoog', 'Hoog: met de DigiD app en uw identiteitsbewijs'],
] as const;
type DigidLevel = (typeof DIGID_LEVELS)[number][0];
const isDigidLevel = (value: unknown): value is DigidLevel => DIGID_LEVELS.some(([level]) => level === value);
/** The account id of a citizen at the test DigiD: his BSN, marked so it never meets an employee's login. */
const CITIZEN_ACCOUNT = 'bsn:';

const ZDigidForm = ZNoNulBytes.pipe(
  z.object({
    person: z.string().max(20).optional(),
    bsn: z.string().trim().max(20).optional(),
    level: z.string().max(20).optional(),
    action: z.enum(['login', 'cancel']).default('login'),
  }),
);

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const page = (title: string, body: string): string => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Test-identiteitsprovider</title><link rel="stylesheet" href="/idp-assets/idp.css"></head>
<body><header><p class="idp-brand">Test-identiteitsprovider Werkplein (alleen voor ontwikkeling en demo)</p></header>
<main id="main"><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

const equalSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

// A form with a NUL byte anywhere fails like a wrong password (PostgreSQL cannot compare it).
const ZLoginForm = ZNoNulBytes.pipe(
  z.object({
    login: z.string().trim().toLowerCase().max(64),
    password: z.string().max(200),
    otp: z.string().trim().max(10).optional(),
  }),
);

export const mountLocalIdp = async (root: FastifyInstance, options: LocalIdpOptions): Promise<Provider> => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomBytes(8).toString('hex'),
    use: 'sig',
    alg: 'RS256',
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${options.publicUrl}/inloggen`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      ...(options.digid
        ? [
            {
              client_id: options.digid.clientId,
              client_secret: options.digid.clientSecret,
              redirect_uris: [`${options.publicUrl}/mijn/auth/callback`],
              post_logout_redirect_uris: [`${options.publicUrl}/mijn/`],
              grant_types: ['authorization_code'],
              response_types: ['code' as const],
            },
          ]
        : []),
    ],
    acrValues: DIGID_LEVELS.map(([level]) => level),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub', 'amr', 'acr', 'auth_time', 'bsn'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
    },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true, logoutSource } },
    interactions: { url: (_ctx, interaction) => `${IDP_PATH}/interaction/${interaction.uid}` },
    ttl: {
      Session: 8 * 3600,
      Interaction: 600,
      Grant: 8 * 3600,
      IdToken: 600,
      AccessToken: 600,
      AuthorizationCode: 60,
    },
    async findAccount(_ctx, id) {
      if (id.startsWith(CITIZEN_ACCOUNT)) {
        const bsn = id.slice(CITIZEN_ACCOUNT.length);
        return { accountId: id, claims: () => ({ sub: id, bsn }) };
      }
      const employee = await options.db
        .selectFrom('employee')
        .select(['login', 'name', 'email'])
        .where('login', '=', id)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!employee) return undefined;
      return {
        accountId: employee.login,
        claims: () => ({
          sub: employee.login,
          name: employee.name,
          preferred_username: employee.login,
          email: employee.email ?? undefined,
        }),
      };
    },
    // First-party client: no consent screen, the grant is created on the fly.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(
        'Fout bij inloggen',
        `<p>${escapeHtml(String(out.error_description ?? out.error))}</p>`,
      );
    },
  };

  const provider = new Provider(`${options.publicUrl}${IDP_PATH}`, configuration);
  provider.proxy = true;

  // Our own routes (the login form) parse form bodies; the provider's own routes read the raw stream.
  await root.register(async (app) => {
    await app.register(fastifyFormbody, { bodyLimit: 16 * 1024 });
    interactionRoutes(app);
  });
  await root.register(async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const handler = provider.callback();
    app.route({
      method: ['GET', 'POST'],
      url: `${IDP_PATH}/*`,
      schema: { hide: true },
      handler: (request, reply) => {
        reply.hijack();
        const raw = request.raw as IncomingMessage & { originalUrl?: string };
        raw.originalUrl = raw.url;
        raw.url = (raw.url ?? '/').slice(IDP_PATH.length) || '/';
        handler(raw, reply.raw);
      },
    });
  });
  return provider;

  function interactionRoutes(app: FastifyInstance) {
    app.get('/idp-assets/idp.css', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/css')
        .send(
          'body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
            'label{display:block;margin-top:1rem;font-weight:600}input{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box}' +
            'button{margin-top:1.5rem;font-size:1rem;padding:.6rem 1.2rem;background:#154273;color:#fff;border:0;border-radius:4px}' +
            'button:focus,input:focus{outline:3px solid #ffbf47;outline-offset:2px}.idp-brand{color:#444}.error{color:#a4001a;font-weight:600}' +
            'p.hint{color:#444}fieldset{border:0;padding:0;margin:1.5rem 0 0}legend{font-weight:700;font-size:1.125rem}' +
            '.choice{display:flex;gap:.5rem;align-items:flex-start;margin-top:.5rem}.choice input{width:auto;margin-top:.2rem}' +
            '.choice label{margin:0;font-weight:400}button.secondary{background:#fff;color:#154273;border:2px solid #154273;margin-left:.5rem}',
        ),
    );

    const loginForm = (uid: string, login: string, error?: string) =>
      page(
        'Inloggen',
        `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${IDP_PATH}/interaction/${escapeHtml(uid)}/login" novalidate>
<label for="login">Gebruikersnaam</label><input id="login" name="login" autocomplete="username" value="${escapeHtml(login)}" required>
<label for="password">Wachtwoord</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<label for="otp">Verificatiecode (tweede factor)</label><input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" aria-describedby="otp-hint">
<p class="hint" id="otp-hint">Elke code van 6 cijfers telt als tweede factor. Laat leeg om zonder tweede factor in te loggen.</p>
<button type="submit">Inloggen</button></form>`,
      );

    /**
     * The login in progress, or undefined after answering 400 when the interaction is unknown or
     * expired (a bogus id, an old bookmark, cookies cleared): the user starts again.
     */
    const interactionOf = async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        return await provider.interactionDetails(request.raw, reply.raw);
      } catch (error) {
        if (!(error instanceof errors.OIDCProviderError)) throw error;
        void reply
          .code(400)
          .type('text/html')
          .send(
            page(
              'Inloggen niet gelukt',
              '<p>Deze inlogpoging is verlopen of onbekend. Ga terug naar Werkplein en log opnieuw in.</p>',
            ),
          );
        return undefined;
      }
    };

    const isDigid = (details: { params: Record<string, unknown> }) =>
      options.digid !== undefined && details.params.client_id === options.digid.clientId;

    /** The people a tester can log in as: seeded test data, those with a klantmanager first. */
    const testPeople = () =>
      options.db
        .selectFrom('jobseeker as j')
        .innerJoin('werkplein as w', 'w.id', 'j.werkplein_id')
        .select(['j.bsn', 'j.given_names', 'j.surname_prefix', 'j.surname', 'w.name as werkplein'])
        .where('j.is_test_data', '=', true)
        .orderBy((eb) => eb.case().when('j.case_manager_id', 'is', null).then(1).else(0).end())
        .orderBy('j.dossier_number')
        .limit(8)
        .execute();

    const digidForm = async (uid: string, requested: DigidLevel, error?: string) => {
      const people = await testPeople();
      const person = (p: (typeof people)[number], i: number) => {
        const name = [p.given_names, p.surname_prefix, p.surname].filter(Boolean).join(' ');
        return `<div class="choice"><input type="radio" id="person-${i}" name="person" value="${escapeHtml(p.bsn)}"${i === 0 ? ' checked' : ''}>
<label for="person-${i}">${escapeHtml(name)} — BSN ${escapeHtml(p.bsn)} (${escapeHtml(p.werkplein)})</label></div>`;
      };
      const level = ([value, label]: (typeof DIGID_LEVELS)[number]) =>
        `<div class="choice"><input type="radio" id="level-${value}" name="level" value="${value}"${value === requested ? ' checked' : ''}>
<label for="level-${value}">${escapeHtml(label)}</label></div>`;
      return page(
        'Inloggen met DigiD (test)',
        `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<p class="hint">Dit is een test-DigiD. Kies een testpersoon en hoe hij inlogt. Echte DigiD-gegevens werken hier niet.</p>
<form method="post" action="${IDP_PATH}/interaction/${escapeHtml(uid)}/digid" novalidate>
<fieldset><legend>Testpersoon</legend>${people.map(person).join('')}
<label for="bsn">Of een ander BSN</label><input id="bsn" name="bsn" inputmode="numeric" autocomplete="off" aria-describedby="bsn-hint">
<p class="hint" id="bsn-hint">9 cijfers. Als u dit invult, telt dit BSN en niet de gekozen testpersoon.</p></fieldset>
<fieldset><legend>Betrouwbaarheidsniveau</legend>${DIGID_LEVELS.map(level).join('')}</fieldset>
<button type="submit" name="action" value="login">Inloggen</button>
<button type="submit" name="action" value="cancel" class="secondary">Annuleren</button></form>`,
      );
    };

    app.get<{ Params: { uid: string } }>(
      `${IDP_PATH}/interaction/:uid`,
      { schema: { hide: true } },
      async (request, reply) => {
        const details = await interactionOf(request, reply);
        if (!details) return reply;
        if (isDigid(details)) {
          const requested = String(details.params.acr_values ?? '').split(' ')[0];
          return reply
            .type('text/html')
            .send(await digidForm(details.uid, isDigidLevel(requested) ? requested : 'basis'));
        }
        return reply.type('text/html').send(loginForm(details.uid, String(details.params.login_hint ?? '')));
      },
    );

    app.post<{ Params: { uid: string } }>(
      `${IDP_PATH}/interaction/:uid/digid`,
      { schema: { hide: true } },
      async (request, reply) => {
        const details = await interactionOf(request, reply);
        if (!details) return reply;
        if (!isDigid(details))
          return reply.code(400).type('text/html').send(page('Inloggen niet gelukt', ''));
        try {
          await options.limiter.hit('citizenAuthPerAddress', request, reply);
        } catch (error) {
          if (!(error instanceof DomainError && error.code === 'rate_limited')) throw error;
          return reply
            .code(429)
            .type('text/html')
            .send(await digidForm(details.uid, 'basis', 'Te veel inlogpogingen. Probeer het later opnieuw.'));
        }
        const form = ZDigidForm.safeParse(request.body);
        if (form.success && form.data.action === 'cancel') {
          reply.hijack();
          await provider.interactionFinished(
            request.raw,
            reply.raw,
            { error: 'access_denied', error_description: 'Inloggen geannuleerd' },
            { mergeWithLastSubmission: false },
          );
          return;
        }
        const bsn = form.success ? form.data.bsn || form.data.person || '' : '';
        const level = form.success ? form.data.level : undefined;
        if (!/^\d{9}$/.test(bsn) || !isDigidLevel(level)) {
          return reply
            .code(400)
            .type('text/html')
            .send(
              await digidForm(
                details.uid,
                isDigidLevel(level) ? level : 'basis',
                'Kies een testpersoon of vul een BSN van 9 cijfers in, en kies een niveau.',
              ),
            );
        }
        reply.hijack();
        await provider.interactionFinished(
          request.raw,
          reply.raw,
          {
            login: {
              accountId: `${CITIZEN_ACCOUNT}${bsn}`,
              acr: level,
              amr: level === 'basis' ? ['pwd'] : ['pwd', 'mfa'],
            },
          },
          { mergeWithLastSubmission: false },
        );
      },
    );

    app.post<{ Params: { uid: string } }>(
      `${IDP_PATH}/interaction/:uid/login`,
      { schema: { hide: true } },
      async (request, reply) => {
        const details = await interactionOf(request, reply);
        if (!details) return reply;
        if (isDigid(details)) return reply.code(400).type('text/html').send(page('Inloggen niet gelukt', ''));
        const form = ZLoginForm.safeParse(request.body);
        const login = form.success ? form.data.login : '';
        try {
          await options.limiter.hit('authPerAddress', request, reply);
          await options.limiter.check('loginPerAccount', request, reply);
          await options.limiter.check('loginPerAddress', request, reply);
        } catch (error) {
          if (!(error instanceof DomainError && error.code === 'rate_limited')) throw error;
          const minutes = Math.ceil(Number(error.details?.retryAfterSeconds ?? 60) / 60);
          return reply
            .code(429)
            .type('text/html')
            .send(
              loginForm(
                details.uid,
                login,
                `Te veel inlogpogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
              ),
            );
        }
        // The same work and the same answer for an unknown name as for a wrong password.
        const passwordMatches = form.success && equalSecret(form.data.password, options.demoPassword);
        const account = form.success
          ? await options.db
              .selectFrom('employee')
              .select('login')
              .where('login', '=', login)
              .where('active', '=', true)
              .executeTakeFirst()
          : undefined;
        if (!form.success || !account || !passwordMatches) {
          await countFailure(options.limiter, ['loginPerAccount', 'loginPerAddress'], request, reply);
          return reply
            .code(401)
            .type('text/html')
            .send(loginForm(details.uid, login, 'Onbekende gebruikersnaam of onjuist wachtwoord.'));
        }
        const withSecondFactor = /^\d{6}$/.test(form.data.otp ?? '');
        reply.hijack();
        await provider.interactionFinished(
          request.raw,
          reply.raw,
          { login: { accountId: account.login, amr: withSecondFactor ? ['pwd', 'otp', 'mfa'] : ['pwd'] } },
          { mergeWithLastSubmission: false },
        );
      },
    );
  }
};

async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  // Confirm logout straight away: the form posts itself through a tiny external script-free flow.
  ctx.body = page(
    'Uitloggen',
    `${form}<p>Weet u zeker dat u wilt uitloggen bij de test-identiteitsprovider?</p>
<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, uitloggen</button>`,
  );
}
