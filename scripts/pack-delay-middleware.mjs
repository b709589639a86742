// Holds back the language packs of a page that asks for it, as a slow network would: while the
// page has the cookie `status-pack-delay=<ms>`, each request for a pack (src/i18n/locales/*) is
// answered that much later. For the test that no English shows while a pack is on its way.
export function packDelayMiddleware() {
  return async (ctx, next) => {
    const delay = Number(ctx.cookies.get('status-pack-delay'));
    if (delay > 0 && /\/src\/i18n\/locales\/[\w-]+\.(ts|js)$/.test(ctx.path)) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
    return next();
  };
}
