import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The browser front end. src/web is the Vite root; the server serves dist/web.
 * The build must satisfy a strict Content-Security-Policy (script-src 'self'; style-src 'self'):
 * no inlined assets, no module-preload polyfill (an inline script), only external files.
 */
const apiTarget = process.env.WERKPLEIN_API_URL ?? 'http://localhost:3000';

/**
 * Everything that is not the web app lives on the server (API, login, embedded identity provider).
 * The Host header is kept, so the server and its identity provider see the browser's origin.
 */
const toServer = { target: apiTarget, changeOrigin: false };
const proxy = {
  '/api': toServer,
  '/auth': toServer,
  '/mijn/auth': toServer,
  '/idp': toServer,
  '/idp-assets': toServer,
};

/**
 * The server's Content-Security-Policy (src/server/app.ts), minus data: images, so `vite preview`
 * shows whether the built app keeps to it. Start the server with PUBLIC_URL=http://localhost:4173.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: 'public',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: true,
    target: 'es2022',
    rollupOptions: {
      // Two pages: the staff app, and the jobseeker's portal Mijn Werkplein (src/portal) at /mijn/.
      input: {
        main: resolve(import.meta.dirname, 'src/web/index.html'),
        mijn: resolve(import.meta.dirname, 'src/web/mijn/index.html'),
      },
      output: {
        // Libraries change less often than the app: separate files cache better.
        manualChunks: (id) => {
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('node_modules/react-router/')) return 'react-router';
          if (id.includes('node_modules/@utrecht/') || id.includes('node_modules/@babel/runtime/'))
            return 'nl-design-system';
          return undefined;
        },
      },
      onwarn: (warning, warn) => {
        // react-router marks its modules "use client" for server components; irrelevant in a browser bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return;
        warn(warning);
      },
    },
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy, headers: { 'content-security-policy': contentSecurityPolicy } },
});
