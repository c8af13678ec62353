// --cache (a file is checked again only when its content, settings or undraft's version changed; a
// damaged cache is a note, not a failure) and --concurrency (worker threads, identical output).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCache, serializeCache } from '../../server/src/cli/cache';
import { parseJson, runCli, tempDir, write } from './helpers';

const draft = (n: number) => [`${n}. The Committee recalled GA resolution ${70 + n}/1.`, '', `${n + 1}. The delegation of the UN spoke on ${n} May.`, ''].join('\n');

describe('cli --cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    write(dir, 'drafts/a.md', draft(1));
    write(dir, 'drafts/b.md', draft(2));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cacheFile = () => path.join(dir, '.undraftcache');
  /** Rewrites every cached message, so a result served from the cache can be told from a fresh one. */
  const tamper = (mutate: (data: { version: string }) => void = () => {}) => {
    const parsed = parseCache(fs.readFileSync(cacheFile()));
    assert.ok(parsed, 'the cache parses');
    const { index, bodies } = parsed;
    const parts: Buffer[] = [];
    let offset = 0;
    const put = (text: string): [number, number] => {
      const b = Buffer.from(text);
      parts.push(b);
      offset += b.length;
      return [offset - b.length, b.length];
    };
    const body = ([at, length]: [number, number]) => JSON.parse(bodies.toString('utf8', at, at + length)) as unknown[];
    const entries = index.entries as Record<string, { findings: [number, number]; json: [number, number] }>;
    for (const e of Object.values(entries)) {
      // Findings are stored as tuples (rule id, severity, message, …) beside the JSON formatter's text of them.
      const tuples = body(e.findings) as unknown[][];
      for (const f of tuples) f[2] = 'FROM CACHE';
      const printed = body(e.json) as { message: string }[];
      for (const f of printed) f.message = 'FROM CACHE';
      e.findings = put(JSON.stringify(tuples));
      e.json = put(JSON.stringify(printed));
    }
    const data = { format: index.format, version: index.version, entries: index.entries };
    mutate(data);
    fs.writeFileSync(cacheFile(), serializeCache(data, Buffer.concat(parts)));
  };
  const messages = (args: string[]) => parseJson(runCli(['-f', 'json', '--cache', ...args, 'drafts'], { cwd: dir }).stdout).map((r) => r.findings.map((f) => f.message));

  it('serves unchanged files from the cache and checks changed ones again', () => {
    const fresh = messages([]);
    assert.ok(fs.existsSync(cacheFile()));
    tamper();
    assert.deepEqual(messages([]), fresh.map((m) => m.map(() => 'FROM CACHE')));
    write(dir, 'drafts/b.md', draft(2) + '\n4. The meeting closed.\n');
    const [a, b] = messages([]);
    assert.ok(a.every((m) => m === 'FROM CACHE'));
    assert.ok(b.length > 0 && b.every((m) => m !== 'FROM CACHE'), 'the changed file is checked again');
  });

  it('prints from the cache exactly what a fresh check prints (message ids and data, fixes, related places)', () => {
    write(dir, 'drafts/c.md', ['1. The Committee [agreed] to meet, as the the Chair said.', '', '3. Bahrain, China and China spoke.', ''].join('\n'));
    const run = (format: string) => runCli(['-f', format, '--cache', 'drafts'], { cwd: dir }).stdout;
    const fresh = run('json');
    const findings = parseJson(fresh).flatMap((r) => r.findings);
    assert.ok(findings.some((f) => f.messageId !== undefined && f.data !== undefined), 'the fixture has findings with message data');
    assert.equal(run('json'), fresh);
    // SARIF prints the fixes and the related places too; the cache was filled by the JSON run.
    const sarif = run('sarif');
    assert.match(sarif, /"relatedLocations"/);
    assert.match(sarif, /"fixes"/);
    fs.rmSync(cacheFile());
    assert.equal(run('sarif'), sarif, 'a fresh SARIF run prints what the cached one printed');
  });

  it('gives, served from the cache, the output and exit status of a fresh run in every format, with --quiet and a baseline', () => {
    write(dir, 'drafts/c.md', ['1. The Committee [agreed] to meet, as the the Chair said.', '', '3. Bahrain, China and China spoke.', ''].join('\n'));
    const variants = [['-f', 'json'], ['-f', 'stylish'], ['-f', 'sarif'], ['-f', 'junit'], ['-f', 'github'], ['-f', 'json', '--quiet'], ['-f', 'stylish', '--quiet']];
    const fresh = variants.map((v) => runCli([...v, 'drafts'], { cwd: dir }));
    runCli(['--cache', 'drafts'], { cwd: dir });
    variants.forEach((v, i) => {
      const cached = runCli([...v, '--cache', 'drafts'], { cwd: dir });
      assert.deepEqual([cached.code, cached.stdout, cached.stderr], [fresh[i].code, fresh[i].stdout, fresh[i].stderr], v.join(' '));
    });
    // A baseline recorded, then one new defect: the cached files keep to the baseline, the new one fails the run.
    assert.equal(runCli(['--suppress-all', 'drafts'], { cwd: dir }).code, 0);
    assert.equal(runCli(['-f', 'json', '--cache', 'drafts'], { cwd: dir }).stdout, '[{"filePath":' + JSON.stringify(path.join(dir, 'drafts/a.md')) + ',"findings":[]},{"filePath":' + JSON.stringify(path.join(dir, 'drafts/b.md')) + ',"findings":[]},{"filePath":' + JSON.stringify(path.join(dir, 'drafts/c.md')) + ',"findings":[]}]\n');
    write(dir, 'drafts/c.md', ['1. The Committee [agreed] to meet, as the the Chair said.', '', '3. Bahrain, China and China spoke of [it].', ''].join('\n'));
    const beyond = runCli(['-f', 'json', '--cache', 'drafts'], { cwd: dir });
    assert.equal(beyond.code, 1);
    assert.deepEqual(parseJson(beyond.stdout).map((r) => r.findings.map((f) => f.ruleId)), [[], [], ['unresolved-bracket']]);
  });

  it('does not serve a cache whose findings were changed behind its checksum', () => {
    const fresh = messages([]);
    const bytes = fs.readFileSync(cacheFile());
    const at = bytes.lastIndexOf(Buffer.from('"message":"'));
    assert.ok(at > 0);
    bytes[at + 11] = bytes[at + 11] === 0x58 ? 0x59 : 0x58; // one letter of a message
    fs.writeFileSync(cacheFile(), bytes);
    const r = runCli(['-f', 'json', '--cache', 'drafts'], { cwd: dir });
    assert.match(r.stderr, /is damaged or from another format; it is ignored and written anew/);
    assert.deepEqual(parseJson(r.stdout).map((f) => f.findings.map((x) => x.message)), fresh);
  });

  it('keeps a result when the file was touched but its content is the same (the hash tells)', () => {
    const fresh = messages([]);
    tamper();
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, 'drafts/a.md'), later, later);
    assert.deepEqual(messages([]), fresh.map((m) => m.map(() => 'FROM CACHE')));
    // Same length, other content: the new time sends it to the hash, which differs.
    write(dir, 'drafts/b.md', draft(2).replace('May', 'Jun'));
    assert.ok(messages([])[1].every((m) => m !== 'FROM CACHE'));
  });

  it('checks again when the settings or the version change', () => {
    messages([]);
    tamper();
    assert.ok(messages(['--rule', 'abbreviation=error']).flat().every((m) => m !== 'FROM CACHE'));
    tamper();
    assert.ok(messages(['--rule', 'abbreviation=error']).flat().every((m) => m === 'FROM CACHE'));
    tamper((d) => (d.version = '0.0.0-another'));
    assert.ok(messages(['--rule', 'abbreviation=error']).flat().every((m) => m !== 'FROM CACHE'));
    // Another build of the same version (changed sources, same package.json) is another judge too.
    const recorded = parseCache(fs.readFileSync(cacheFile()))!.index.version;
    const [version, build] = recorded.split('+');
    assert.match(build ?? '', /^[0-9a-f]{16}$/, 'the bundle records the build it comes from');
    tamper((d) => (d.version = `${version}+0000000000000000`));
    assert.ok(messages(['--rule', 'abbreviation=error']).flat().every((m) => m !== 'FROM CACHE'));
  });

  it('ignores a damaged cache with a note and writes it anew', () => {
    fs.writeFileSync(cacheFile(), '{"format":1,"entr');
    const r = runCli(['-f', 'json', '--cache', 'drafts'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /the cache .*\.undraftcache is damaged or from another format; it is ignored and written anew/);
    assert.equal(parseJson(r.stdout).length, 2);
    assert.equal(parseCache(fs.readFileSync(cacheFile()))?.index.format, 5);
    assert.equal(runCli(['--cache', 'drafts'], { cwd: dir }).stderr, '');
  });

  it('puts the cache where --cache-location says (a file, or a directory)', () => {
    runCli(['--cache', '--cache-location', 'tmp/cache.json', 'drafts'], { cwd: dir });
    assert.ok(fs.existsSync(path.join(dir, 'tmp/cache.json')));
    fs.mkdirSync(path.join(dir, 'node_modules/.cache/undraft'), { recursive: true });
    runCli(['--cache', '--cache-location', 'node_modules/.cache/undraft', 'drafts'], { cwd: dir });
    assert.ok(fs.existsSync(path.join(dir, 'node_modules/.cache/undraft/.undraftcache')));
    assert.ok(!fs.existsSync(cacheFile()));
  });
});

describe('cli --concurrency', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    // Sizes differ so that workers finish out of order.
    for (let i = 1; i <= 12; i++) write(dir, `drafts/d${String(i).padStart(2, '0')}.md`, Array.from({ length: i % 4 === 0 ? 60 : 2 }, (_, k) => draft(i + 2 * k)).join('\n'));
    write(dir, 'drafts/d05-bad.md', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const args of [['-f', 'json'], ['-f', 'stylish'], ['-f', 'sarif'], ['--fix-dry-run']]) {
    it(`gives the output of one thread, in the same order (${args.join(' ')})`, () => {
      const one = runCli([...args, 'drafts'], { cwd: dir });
      const many = runCli([...args, '--concurrency', '3', 'drafts'], { cwd: dir });
      const auto = runCli([...args, '--concurrency', 'auto', 'drafts'], { cwd: dir });
      assert.ok(one.stdout.length > 1000);
      for (const r of [many, auto]) {
        assert.equal(r.stdout, one.stdout);
        assert.equal(r.stderr, one.stderr);
        assert.equal(r.code, one.code);
      }
    });
  }

  it('refuses a thread count that is not a number or auto', () => {
    const r = runCli(['--concurrency', 'many', 'drafts'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--concurrency expects a number of threads from 1 to 256 or auto, got "many"/);
  });
});
