// Everything the browser tests' dev server answers besides the files themselves, in one list,
// so a new test server (scripted feed responses, …) is added here and nowhere else.
import { corpusMiddleware } from './corpus-middleware.mjs';
import { cspPageMiddleware } from './csp-page-middleware.mjs';
import { feedScriptMiddleware } from './feed-script-middleware.mjs';
import { packDelayMiddleware } from './pack-delay-middleware.mjs';
import { ssrPageMiddleware } from './ssr-page-middleware.mjs';

export function testMiddleware() {
  return [corpusMiddleware(), feedScriptMiddleware(), cspPageMiddleware(), ssrPageMiddleware(), packDelayMiddleware()];
}
