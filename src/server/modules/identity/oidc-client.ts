import * as oidc from 'openid-client';

export interface OidcClientOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** Default: the staff login's `openid profile email`; DigiD asks `openid` only. */
  scope?: string;
}

export interface LoginStart {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

export interface LoginResult {
  subject: string;
  idToken: string;
  amr: string[];
  /** Every claim of the ID token (DigiD: the BSN and the assurance level, by configured name). */
  claims: Record<string, unknown>;
}

/** Authentication methods that count as a second factor (RFC 8176). */
const MULTI_FACTOR = ['mfa', 'otp', 'hwk', 'swk', 'sms', 'fpt', 'face', 'iris', 'retina', 'vbm'];
export const hasMultiFactor = (amr: readonly string[]): boolean => amr.some((m) => MULTI_FACTOR.includes(m));

/** The relying-party side: authorization code flow with PKCE, state and nonce (openid-client). */
export const createOidcClient = (options: OidcClientOptions) => {
  let configuration: Promise<oidc.Configuration> | undefined;
  const config = () => {
    configuration ??= oidc
      .discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, {
        execute: new URL(options.issuer).protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        configuration = undefined; // try discovery again on the next login
        throw error;
      });
    return configuration;
  };

  return {
    /** `acrValues`: the level asked for (DigiD); `prompt: 'login'`: log in again (a step up). */
    async start(extra: { acrValues?: string; prompt?: 'login' } = {}): Promise<LoginStart> {
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(await config(), {
        redirect_uri: options.redirectUri,
        scope: options.scope ?? 'openid profile email',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(extra.acrValues ? { acr_values: extra.acrValues } : {}),
        ...(extra.prompt ? { prompt: extra.prompt } : {}),
      });
      return { url: url.href, state, nonce, verifier };
    },

    async finish(
      currentUrl: URL,
      expected: { state: string; nonce: string; verifier: string },
    ): Promise<LoginResult> {
      const tokens = await oidc.authorizationCodeGrant(await config(), currentUrl, {
        pkceCodeVerifier: expected.verifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new Error('No ID token');
      const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
      const subject = String(claims.preferred_username ?? claims.sub);
      return { subject, idToken: tokens.id_token, amr, claims: { ...claims } };
    },

    async logoutUrl(idToken: string | null): Promise<string> {
      const configuration = await config();
      if (!configuration.serverMetadata().end_session_endpoint) return options.postLogoutRedirectUri;
      return oidc.buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: options.postLogoutRedirectUri,
        ...(idToken ? { id_token_hint: idToken } : {}),
      }).href;
    },
  };
};

export type OidcClient = ReturnType<typeof createOidcClient>;
