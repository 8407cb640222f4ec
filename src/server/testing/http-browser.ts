/**
 * A minimal cookie-keeping HTTP client that follows redirects by hand, to drive the OpenID Connect
 * login over real HTTP in API tests (the browser tests do the same in Chromium).
 */
export class HttpBrowser {
  private readonly jar = new Map<string, string>();

  constructor(private readonly base: string) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  forget(name: string): void {
    this.jar.delete(name);
  }

  private store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a),
      );
      if (expired || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size > 0) headers.set('cookie', [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(new URL(url, this.base), { ...init, headers, redirect: 'manual' });
    this.store(response);
    return response;
  }

  /** Follows redirects; returns the final response and the URLs visited. */
  async follow(url: string, init: RequestInit = {}): Promise<{ response: Response; visited: string[] }> {
    const visited: string[] = [];
    let response = await this.request(url, init);
    visited.push(new URL(url, this.base).href);
    while (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      const next = new URL(response.headers.get('location') as string, response.url || this.base).href;
      visited.push(next);
      response = await this.request(next);
    }
    return { response, visited };
  }
}
