// tsconfig's `moduleResolution: node` ignores package.json "exports", and these packages (v10+)
// declare their entry points only there, so TypeScript finds none of their typings. Point it at them.
// esbuild and Node resolve the real "exports" at build and run time. (The client's package is
// mapped in client/src/node-modules.d.ts.)
declare module 'vscode-languageserver' {
  export * from 'vscode-languageserver/lib/common/api';
}
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
  export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-jsonrpc' {
  export * from 'vscode-jsonrpc/lib/common/api';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
