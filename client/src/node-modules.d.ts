// tsconfig's `moduleResolution: node` ignores package.json "exports"; vscode-languageclient (v10+)
// declares its entry points only there. Point TypeScript at the typings; esbuild resolves the real
// "exports" when it bundles dist/client.js. (The server's packages are mapped in server/src/lsp.)
declare module 'vscode-languageclient' {
  export * from 'vscode-languageclient/lib/common/api';
}
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
