// code-server (the real VS Code workbench and extension host, served to a browser) for the e2e run: install
// .vsix files into a fresh extensions folder, start it on a free loopback port in its own process group.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { GroupProcess, freePort, runChecked, startGroup } from './processes';

/** Paths exported by scripts/e2e-toolchain.sh. */
export interface Toolchain {
  cache: string;
  node: string;
  codeServer: string;
  playwright: string;
  chromium: string;
}

export function toolchainFromEnv(env: NodeJS.ProcessEnv = process.env): Toolchain {
  const names = ['UNDRAFT_E2E_CACHE', 'UNDRAFT_E2E_NODE', 'UNDRAFT_E2E_CODE_SERVER', 'UNDRAFT_E2E_PLAYWRIGHT', 'UNDRAFT_E2E_CHROMIUM'];
  const missing = names.filter((n) => !env[n] || !fs.existsSync(env[n] as string));
  if (missing.length > 0) {
    throw new Error(
      `the e2e toolchain is not set up (${missing.join(', ')} missing or not found). ` +
        'Run the e2e with `npm run test:vscode`, which installs it (scripts/e2e-toolchain.sh).',
    );
  }
  return {
    cache: env.UNDRAFT_E2E_CACHE as string,
    node: env.UNDRAFT_E2E_NODE as string,
    codeServer: env.UNDRAFT_E2E_CODE_SERVER as string,
    playwright: env.UNDRAFT_E2E_PLAYWRIGHT as string,
    chromium: env.UNDRAFT_E2E_CHROMIUM as string,
  };
}

/** Everything code-server reads or writes lives under one temporary folder. */
export interface CodeServerDirs {
  root: string;
  userData: string;
  extensions: string;
  config: string;
  logs: string;
}

export function makeDirs(root: string): CodeServerDirs {
  const dirs: CodeServerDirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    config: path.join(root, 'code-server.yaml'),
    logs: path.join(root, 'logs'),
  };
  for (const d of [dirs.userData, dirs.extensions, dirs.logs, path.join(root, 'xdg', 'config'), path.join(root, 'xdg', 'data'), path.join(root, 'xdg', 'cache')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

/** code-server's environment: XDG folders in the temporary root, so nothing is written to $HOME. */
export function codeServerEnv(dirs: CodeServerDirs, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.root, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(dirs.root, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(dirs.root, 'xdg', 'cache'),
    ...extra,
  };
  // Settings of an outer code-server or VS Code must not leak into this one.
  for (const name of ['PASSWORD', 'HASHED_PASSWORD', 'PORT', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI', 'ELECTRON_RUN_AS_NODE']) delete env[name];
  return env;
}

function baseArgs(tc: Toolchain, dirs: CodeServerDirs): string[] {
  return [tc.codeServer, '--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

interface InstalledExtension {
  identifier: { id: string };
  version: string;
  relativeLocation?: string;
}

/** `code-server --install-extension` for each .vsix, then checks that the extensions folder lists them. */
export function installExtensions(tc: Toolchain, dirs: CodeServerDirs, env: NodeJS.ProcessEnv, vsixFiles: { file: string; id: string }[]): string {
  const args = [...baseArgs(tc, dirs), '--force'];
  for (const v of vsixFiles) args.push('--install-extension', v.file);
  const output = runChecked(tc.node, args, { env, what: 'code-server --install-extension', timeout: 180_000 });
  fs.writeFileSync(path.join(dirs.logs, 'install-extension.log'), output);
  const manifest = path.join(dirs.extensions, 'extensions.json');
  const installed = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as InstalledExtension[]) : [];
  for (const v of vsixFiles) {
    const entry = installed.find((e) => e.identifier.id.toLowerCase() === v.id.toLowerCase());
    if (!entry) throw new Error(`${v.id} is not in ${manifest} after installing ${v.file}:\n${output}`);
    const folder = path.join(dirs.extensions, entry.relativeLocation ?? `${v.id}-${entry.version}`);
    if (!fs.existsSync(path.join(folder, 'package.json'))) throw new Error(`${v.id} was installed without ${folder}/package.json`);
  }
  return output;
}

function httpStatus(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

export interface CodeServer {
  process: GroupProcess;
  port: number;
  logFile: string;
  /** Workbench URL opening `folder`. */
  url(folder: string): string;
}

/**
 * Starts code-server on a free loopback port in its own process group and waits until it answers. Only this
 * start-up is retried (a port taken in between, a slow first start): up to `attempts` times.
 */
export async function startCodeServer(
  tc: Toolchain,
  dirs: CodeServerDirs,
  env: NodeJS.ProcessEnv,
  folder: string,
  options: { attempts?: number; readyTimeoutMs?: number; log?: (line: string) => void } = {},
): Promise<CodeServer> {
  const attempts = options.attempts ?? 3;
  const readyTimeoutMs = options.readyTimeoutMs ?? 90_000;
  const log = options.log ?? ((line: string) => console.log(line));
  let lastError = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await freePort();
    const logFile = path.join(dirs.logs, `code-server-${attempt}.log`);
    const args = [
      ...baseArgs(tc, dirs),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      folder,
    ];
    const started = Date.now();
    const proc = startGroup('code-server', tc.node, args, { env, logFile, cwd: dirs.root });
    let ready = false;
    while (!proc.hasExited() && Date.now() - started < readyTimeoutMs) {
      if ((await httpStatus(`http://127.0.0.1:${port}/healthz`, 5000)) === 200) {
        ready = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    if (ready) {
      log(`[e2e] code-server is up on 127.0.0.1:${port} (attempt ${attempt}, ${Date.now() - started} ms, process group ${proc.pgid})`);
      return {
        process: proc,
        port,
        logFile,
        url: (f: string) => `http://127.0.0.1:${port}/?folder=${encodeURIComponent(f)}`,
      };
    }
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
    lastError = proc.hasExited()
      ? `code-server exited during start-up (attempt ${attempt}):\n${tail}`
      : `code-server did not answer on port ${port} within ${readyTimeoutMs} ms (attempt ${attempt}):\n${tail}`;
    log(`[e2e] ${lastError}`);
    await proc.stop();
  }
  throw new Error(`code-server did not start after ${attempts} attempts. ${lastError}`);
}
