// A language pack served slowly, as a slow network would: GET /__slow-pack__/<code>.js?delay=<ms>
// answers, that much later, a module whose default export is the shipped pack. A test points the
// pack's loader at it (registerLocaleLoader) with a query of its own, so no cache can skip the wait.
export function packDelayMiddleware() {
  return async (ctx, next) => {
    const match = /^\/__slow-pack__\/([\w-]+)\.js$/.exec(ctx.path);
    if (!match) return next();
    const delay = Math.min(Number(ctx.query.delay) || 0, 5000);
    await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `export { default } from '/src/i18n/locales/${match[1]}.ts';\n`;
  };
}
