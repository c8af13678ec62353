// The marks Word draws for footnote and endnote references: numbered in order of reference, per type,
// in the format of the reference's section (or the document's settings: footnotes 1, 2, 3, endnotes i,
// ii, iii by default), restarting in a section that says so and starts a new page. Custom marks are the author's text.

import { formatNumber } from './numbering';
import type { DocxParagraph, NoteNumbering, PartParagraphs } from './paragraphs';
import { child, childVal, parseTree } from './xml';

const DEFAULTS = { footnote: { format: 'decimal', start: 1, restart: 'continuous' }, endnote: { format: 'lowerRoman', start: 1, restart: 'continuous' } };

/**
 * Draws the mark of every reference in `doc` into its segment (and the paragraph's text), and returns
 * each note's mark by `footnote:<id>` / `endnote:<id>` for the notes' own lines.
 */
export function drawNoteMarks(doc: PartParagraphs, settingsXml: string | undefined, settingsPart = 'word/settings.xml'): Map<string, string> {
  const settings = settingsXml === undefined ? undefined : parseTree(settingsXml, settingsPart);
  const base = {
    footnote: { ...DEFAULTS.footnote, ...notePr(child(settings, 'w:footnotePr')) },
    endnote: { ...DEFAULTS.endnote, ...notePr(child(settings, 'w:endnotePr')) },
  };
  const marks = new Map<string, string>();
  const counters = { footnote: { value: 0, section: -1 }, endnote: { value: 0, section: -1 } };
  const touched = new Set<DocxParagraph>();
  for (const ref of doc.noteReferences) {
    const own = doc.sections[ref.section]?.[ref.type] ?? {};
    const props = { ...base[ref.type], ...defined(own) };
    const counter = counters[ref.type];
    // Word's drafts run their marks on across continuous section breaks (same page) even when the
    // section says eachSect: the real UN draft's endnotes a, b, ... go on through its annex's sections.
    const newSection = counter.section !== ref.section && doc.sections[ref.section]?.continuous !== true;
    if (counter.section < 0 || (props.restart === 'eachSect' && newSection)) counter.value = props.start - 1;
    counter.section = ref.section;
    if (ref.customMark) continue;
    counter.value++;
    const mark = formatNumber(counter.value, props.format);
    marks.set(`${ref.type}:${ref.id}`, mark);
    if (ref.segment && ref.paragraph) {
      ref.segment.text = mark;
      touched.add(ref.paragraph);
    }
  }
  for (const p of touched) respell(p);
  return marks;
}

function notePr(el: ReturnType<typeof child>): NoteNumbering {
  if (!el) return {};
  const format = childVal(el, 'w:numFmt');
  const start = childVal(el, 'w:numStart');
  const restart = childVal(el, 'w:numRestart');
  return defined({ format, start: start === undefined ? undefined : Number(start), restart });
}

function defined(n: NoteNumbering): NoteNumbering {
  const out: NoteNumbering = {};
  if (n.format !== undefined) out.format = n.format;
  if (n.start !== undefined && Number.isFinite(n.start)) out.start = n.start;
  if (n.restart !== undefined) out.restart = n.restart;
  return out;
}

/** The paragraph's text and its segments' offsets again, after marks were drawn. */
function respell(p: DocxParagraph): void {
  let text = '';
  for (const run of p.runs) {
    for (const seg of run.segments) {
      seg.offset = text.length;
      text += seg.text;
    }
  }
  p.text = text;
}
