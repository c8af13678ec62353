// The esbuild plugin that keeps Node out of the browser bundles (the web extension and the playground): an
// import of a Node built-in fails the build with the importing file named, instead of esbuild leaving a
// require() that would only fail in the browser.
import { builtinModules } from 'node:module';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (!builtins.has(args.path)) return undefined;
      return { errors: [{ text: `the browser bundle imports the Node built-in "${args.path}" (from ${args.importer}); browser code must not use Node` }] };
    });
  },
};
