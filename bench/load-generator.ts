/**
 * The benchmark's HTTP client, run in a worker thread (see `startLoadGenerator`), so that sending
 * requests and timing them does not share an event loop with the server under test: otherwise a
 * busy server delays the client's timers and a busy client delays the server. Both still share the
 * machine's cores with each other and with PostgreSQL.
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

/** One measured call: requests sent together (as a page fetches in parallel); ok when each answers `status`. */
export interface HttpCall {
  requests: {
    method: 'GET' | 'POST';
    path: string;
    headers: Record<string, string>;
    body?: string;
    status: number;
  }[];
}

interface LoadRequest {
  id: number;
  baseUrl: string;
  calls: HttpCall[];
  count: number;
  concurrency: number;
  /** Mean pause of each virtual user between two calls (uniform 0 … 2×), 0 for none. */
  thinkMs: number;
}

export interface LoadResult {
  /** Latency per call in ms. */
  samples: number[];
  errors: number;
}

/** Sends calls[0..count) (cycling through `calls`) with `concurrency` virtual users. */
const run = async (request: LoadRequest): Promise<LoadResult> => {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const send = async (call: HttpCall) => {
    const answers = await Promise.all(
      call.requests.map(async (r) => {
        const response = await fetch(`${request.baseUrl}${r.path}`, {
          method: r.method,
          headers: r.headers,
          body: r.body,
        });
        await response.arrayBuffer();
        return response.status === r.status;
      }),
    );
    return answers.every(Boolean);
  };
  const user = async () => {
    while (next < request.count) {
      const call = request.calls[next++ % request.calls.length] as HttpCall;
      const started = performance.now();
      const ok = await send(call).catch(() => false);
      samples.push(performance.now() - started);
      if (!ok) errors++;
      if (request.thinkMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * request.thinkMs));
      }
    }
  };
  await Promise.all(Array.from({ length: request.concurrency }, user));
  return { samples, errors };
};

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (request: LoadRequest) => {
    void run(request).then((result) => port.postMessage({ id: request.id, ...result }));
  });
}

export interface LoadGenerator {
  run: (calls: HttpCall[], count: number, concurrency: number, thinkMs?: number) => Promise<LoadResult>;
  close: () => Promise<void>;
}

/** Starts this module in a worker thread (through tsx, as the benchmark itself runs). */
export const startLoadGenerator = (baseUrl: string): LoadGenerator => {
  const url = new URL(import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`,
    { eval: true },
  );
  const pending = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: unknown) => void }>();
  let lastId = 0;
  worker.on('message', (message: LoadResult & { id: number }) => {
    pending.get(message.id)?.resolve({ samples: message.samples, errors: message.errors });
    pending.delete(message.id);
  });
  worker.on('error', (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  });
  return {
    run: (calls, count, concurrency, thinkMs = 0) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, baseUrl, calls, count, concurrency, thinkMs } satisfies LoadRequest);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
};
