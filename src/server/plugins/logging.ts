import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Where JSON log lines go: one `write` per line. */
export interface LogStream {
  write: (line: string) => void;
}

/**
 * Structured JSON logs (Fastify's pino), on by default. A log line never holds personal data or
 * a secret: the serializers below keep only what an operator needs (method, route, status, a
 * cleaned error), and every request's lines carry its W3C trace id (`traceId`, the request id), so
 * a line can be matched with the processing log and with the caller's own trace.
 */

/** Replaced values, and BSN-like or longer runs of digits, in texts that may quote the input. */
const QUOTED = /"[^"]*"|'[^']*'|\([^()]*\)=\([^()]*\)|\b\d{8,}\b/g;
const HIDDEN = '[hidden]';

/** A text with anything quoted from the input (a value, a key, a BSN) taken out. */
export const scrub = (text: string): string => text.replace(QUOTED, HIDDEN);

/** The path without BSN-like segments, and the query with its names only: `?q=[hidden]`. */
export const safeUrl = (url: string): string => {
  const [path = '/', query] = url.split('?', 2);
  const safePath = path.replace(/\/\d{8,}(?=\/|$)/g, `/${HIDDEN}`);
  if (query === undefined) return safePath;
  const names = query
    .split('&')
    .filter(Boolean)
    .map((part) => `${encodeURIComponent(decodeSafely(part.split('=')[0] ?? '')).slice(0, 40)}=${HIDDEN}`);
  return `${safePath}?${names.join('&')}`;
};

const decodeSafely = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
};

interface LoggedError {
  [key: string]: unknown;
  type: string;
  code?: string;
  message: string;
  stack: string;
}

/**
 * Only the error's kind, code and a cleaned message and stack: a database error also carries the
 * statement, its parameters (PGlite) and a `detail` such as `Key (bsn)=(…) already exists`.
 */
export const safeError = (error: unknown): LoggedError => {
  if (!(error instanceof Error)) return { type: typeof error, message: HIDDEN, stack: '' };
  const code = (error as { code?: unknown }).code;
  const message = scrub(error.message);
  const frames = error.stack?.split('\n').slice(1).join('\n');
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    message,
    stack: frames ? `${error.name}: ${message}\n${frames}` : '',
  };
};

export const loggerOptions = (
  level: string,
  stream?: LogStream,
): NonNullable<FastifyServerOptions['logger']> =>
  level === 'silent'
    ? false
    : {
        level,
        ...(stream ? { stream } : {}),
        serializers: {
          req: (request: FastifyRequest) => ({
            method: request.method,
            url: safeUrl(request.url),
            route: request.routeOptions?.url,
          }),
          res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
          err: safeError,
        },
        // Belt and braces: should a header or body ever be logged, its secrets are not.
        redact: {
          paths: [
            'req.headers.authorization',
            'req.headers.cookie',
            'req.headers["x-csrf-token"]',
            'res.headers["set-cookie"]',
            'headers.authorization',
            'headers.cookie',
            'body.password',
            'body.bsn',
            '*.password',
            '*.token',
          ],
          censor: HIDDEN,
        },
      };
