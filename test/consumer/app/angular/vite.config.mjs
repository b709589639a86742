import { transformAsync } from '@babel/core';
import linker from '@angular/compiler-cli/linker/babel';
import { defineConfig } from 'vite';

// ngc has compiled the app (out/); Angular's own packages ship partially compiled, and its linker
// finishes them, as the Angular CLI does.
const angularLinker = {
  name: 'angular-linker',
  async transform(code, id) {
    if (!id.includes('/node_modules/@angular/') || !code.includes('ɵɵngDeclare')) return null;
    const result = await transformAsync(code, {
      filename: id,
      plugins: [linker],
      configFile: false,
      babelrc: false,
      compact: false,
      sourceMaps: true,
    });
    return { code: result.code, map: result.map };
  },
};

export default defineConfig({
  plugins: [angularLinker],
  define: { ngDevMode: 'false' },
  base: './',
  logLevel: 'warn',
});
