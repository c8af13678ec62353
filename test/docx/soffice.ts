// LibreOffice (soffice, headless) as the Word reader's oracle: its plain-text export; the same with every
// tracked change rejected or accepted first, and the list labels of body and text-box paragraphs (Basic
// macros in a profile of the test's own: the text filter alone exports changes as they stand and leaves
// boxes out); and its HTML export, the one that keeps text boxes, read back into lines with each box's
// paragraphs after the paragraph that anchors it.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lines } from './view-lines';

export function sofficeVersion(): string | undefined {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Runs soffice with a profile of its own in `dir`: a soffice already running for the user would take the job and exit at once. */
function soffice(dir: string, args: readonly string[]): string {
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--invisible', ...args], { encoding: 'utf8', timeout: 240_000 });
  return `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
}

/** `file` converted by a filter (`txt:Text (encoded):UTF8`, `html:HTML (StarWriter)`) into `dir`; the output's text. */
export function convert(file: string, dir: string, filter: string, ext: string): string {
  const stderr = soffice(dir, ['--convert-to', filter, '--outdir', dir, file]);
  const out = path.join(dir, `${path.basename(file, '.docx')}.${ext}`);
  if (!fs.existsSync(out)) throw new Error(`soffice wrote no ${ext}: ${stderr}`);
  return fs.readFileSync(out, 'utf8');
}

const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub ExportText(inUrl As String, outUrl As String, how As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot; : load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  helper.executeDispatch(doc.getCurrentController().getFrame(), &quot;.uno:&quot; &amp; how &amp; &quot;AllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot; : store(0).Value = &quot;Text (encoded)&quot;
  store(1).Name = &quot;FilterOptions&quot; : store(1).Value = &quot;UTF8&quot;
  doc.storeToURL(outUrl, store())
  doc.close(True)
End Sub

Sub Labels(inUrl As String, outUrl As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot; : load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  s = &quot;&quot;
  e = doc.getText().createEnumeration()
  Do While e.hasMoreElements()
    p = e.nextElement()
    If p.supportsService(&quot;com.sun.star.text.Paragraph&quot;) Then s = s &amp; &quot;body|&quot; &amp; p.ListLabelString &amp; &quot;|&quot; &amp; p.getString() &amp; Chr(10)
  Loop
  dp = doc.getDrawPage()
  For i = 0 To dp.getCount() - 1
    sh = dp.getByIndex(i)
    If sh.TextBox Then
      e = sh.TextBoxContent.getText().createEnumeration()
      Do While e.hasMoreElements()
        p = e.nextElement()
        s = s &amp; &quot;box|&quot; &amp; p.ListLabelString &amp; &quot;|&quot; &amp; p.getString() &amp; Chr(10)
      Loop
    End If
  Next i
  f = FreeFile
  Open ConvertFromURL(outUrl) For Output As #f
  Print #f, s
  Close #f
  doc.close(True)
End Sub
</script:module>
`;

/** Runs one of MODULE's macros with `file` and an output file in `dir` (and `more` arguments); the output's text. */
function runMacro(dir: string, name: string, file: string, suffix: string, more: readonly string[] = []): string {
  const module = path.join(dir, 'profile', 'user', 'basic', 'Standard', 'Module1.xba');
  if (!fs.existsSync(module)) {
    // The first start writes the profile, its default Basic library included: ours replaces that module after it.
    soffice(dir, ['--terminate_after_init']);
    if (!fs.existsSync(module)) throw new Error(`soffice made no Basic library in ${path.dirname(module)}`);
  }
  if (fs.readFileSync(module, 'utf8') !== MODULE) fs.writeFileSync(module, MODULE);
  const out = path.join(dir, `${path.basename(file, '.docx')}.${suffix}`);
  fs.rmSync(out, { force: true });
  const args = [pathToFileURL(file).href, pathToFileURL(out).href, ...more].map((a) => `"${a}"`).join(',');
  const stderr = soffice(dir, [`macro:///Standard.Module1.${name}(${args})`]);
  if (!fs.existsSync(out)) throw new Error(`soffice's macro ${name} wrote nothing: ${stderr}`);
  return fs.readFileSync(out, 'utf8');
}

/** The plain-text export of `file` once all its tracked changes are rejected (or accepted). */
export function exportWithChanges(file: string, dir: string, how: 'Reject' | 'Accept'): string {
  return runMacro(dir, 'ExportText', file, `${how.toLowerCase()}.txt`, [how]);
}

/**
 * Each paragraph's list label as LibreOffice computes it (ListLabelString), `body|label|text`, then
 * `box|label|text` for the paragraphs of each text box in turn (ASCII fixtures: Basic writes the file).
 */
export function listLabels(file: string, dir: string): string[] {
  return lines(runMacro(dir, 'Labels', file, 'labels.txt'));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/**
 * The body paragraphs of LibreOffice's "HTML (StarWriter)" export, which writes a text box as a
 * `<span id="FrameN">` of paragraphs where it is anchored: each top-level paragraph, then its boxes'
 * paragraphs (whitespace collapsed, empty paragraphs left out).
 */
export function htmlParagraphs(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  const out: string[] = [];
  let top = '';
  let box = '';
  let boxLines: string[] = [];
  let depth = 0;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const push = (list: string[], s: string) => {
    if (norm(s) !== '') list.push(norm(s));
  };
  for (const m of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const t = m[0];
    if (t[0] !== '<') {
      if (depth > 0) box += decode(t);
      else top += decode(t);
    } else if (/^<span\b[^>]*\bid="Frame/i.test(t) || (depth > 0 && /^<span\b/i.test(t))) depth++;
    else if (depth > 0 && /^<\/span>/i.test(t)) depth--;
    else if (/^<p\b/i.test(t)) {
      if (depth > 0) box = '';
      else top = '';
    } else if (/^<\/p>/i.test(t)) {
      if (depth > 0) {
        push(boxLines, box);
        box = '';
      } else {
        push(out, top);
        out.push(...boxLines);
        top = '';
        boxLines = [];
      }
    }
  }
  return out;
}
