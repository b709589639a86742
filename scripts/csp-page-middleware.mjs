// A page under a strict Content-Security-Policy, for the test that renders the elements there
// (test/elements/csp.test.ts). The test runner's own pages run inline scripts, which this policy
// refuses, so the elements run in this page, in an iframe, and report back what they did.
//   GET /__csp__/?module=/test/<path>.ts   an empty page whose only script is that module
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export function cspPageMiddleware() {
  return async function cspPage(ctx, next) {
    if (ctx.path !== '/__csp__/') return next();
    const module = String(ctx.query.module ?? '');
    // Only the test modules, named by a plain path, so the page never loads anything else.
    if (!/^\/test\/[\w/-]+\.ts$/.test(module)) {
      ctx.status = 400;
      ctx.body = 'module must be a path like /test/elements/x.ts';
      return;
    }
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict CSP</title>` +
      `<script type="module" src="${module}"></script></head><body></body></html>`;
  };
}
