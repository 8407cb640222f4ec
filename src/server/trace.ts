import { randomBytes } from 'node:crypto';

export interface Trace {
  traceId: string;
  spanId: string;
  /** The caller's operation when a valid W3C `traceparent` came in (the "foreign operation"). */
  foreign: { traceId: string; spanId: string } | null;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

export const newSpanId = (): string => randomBytes(8).toString('hex');

export const newTraceId = (): string => randomBytes(16).toString('hex');

/** A new trace (`traceId`: the request's id, so its log lines carry it), keeping a valid caller's. */
export const startTrace = (traceparent: string | undefined, traceId: string = newTraceId()): Trace => {
  const match = traceparent ? TRACEPARENT.exec(traceparent.trim()) : null;
  const valid = match && !/^0+$/.test(match[1] ?? '') && !/^0+$/.test(match[2] ?? '');
  return {
    traceId,
    spanId: newSpanId(),
    foreign: valid && match ? { traceId: match[1] as string, spanId: match[2] as string } : null,
  };
};

export const traceparentOf = (trace: Trace): string => `00-${trace.traceId}-${trace.spanId}-01`;
