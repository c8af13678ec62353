// Random findings and safe fixes on the real Word drafts (seeded, replayable): whatever the ranges (inside
// runs, across runs, paragraphs, numbers and notes), the annotated copy reads back, with changes rejected,
// as the draft's text view, one comment per finding; accepted, it is the text with the fixes that were
// written applied, and nothing else.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { applyEdits, type Finding, type TextEdit } from '../../server/src/core/index';
import { annotatePackage } from '../../server/src/docx/annotate/annotate';
import { annotationRequests } from '../../server/src/docx/annotate/findings';
import { readWordDraft } from '../../server/src/docx/read';
import { seeded } from '../helpers/random';
import { commentIds, hasPart, partText, REAL_DRAFTS } from './annotate-helpers';

const WORDS = ['', ' ', ',', 'the', 'Party', '’s', '&', '<x>', '"', '2/CMA.3'];

function randomFindings(text: string, random: () => number, count: number): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * text.length);
    const end = Math.min(text.length, start + Math.floor(random() * (random() < 0.2 ? 400 : 12)));
    const fixEnd = Math.min(end, start + Math.floor(random() * 6));
    const newText = WORDS[Math.floor(random() * WORDS.length)];
    const withFix = random() < 0.6 && (newText !== '' || fixEnd > start);
    findings.push({
      ruleId: 'random-rule',
      severity: 'warning',
      message: `Finding ${i}.`,
      range: { start, end },
      related: [],
      fixes: withFix ? [{ title: `Write "${newText}"`, edits: [{ range: { start, end: fixEnd }, newText }], safety: 'safe' }] : [],
    });
  }
  return findings;
}

describe('docx annotate: random findings on the real drafts', function () {
  this.timeout(120_000);
  for (const [i, file] of REAL_DRAFTS.entries()) {
    it(`keeps the text of ${file.split('/').pop()} whatever the ranges (seed ${i + 1})`, function () {
      if (!fs.existsSync(file)) this.skip();
      const docx = new Uint8Array(fs.readFileSync(file));
      const draft = readWordDraft(docx);
      const findings = randomFindings(draft.view.text, seeded(i + 1), 300);
      const requests = annotationRequests(draft, findings, { trackedFixes: true });
      const written: TextEdit[] = [];
      const wrapped = requests.map((r, k) => ({
        ...r,
        comment: (applied: boolean, why: string | undefined) => {
          if (applied) written.push(...findings[k].fixes[0].edits);
          return r.comment(applied, why);
        },
      }));
      const out = annotatePackage(docx, wrapped, { date: new Date('2026-12-03T10:00:00Z') });
      const before = hasPart(docx, 'word/comments.xml') ? commentIds(partText(docx, 'word/comments.xml')).length : 0;
      assert.equal(commentIds(partText(out.bytes, 'word/comments.xml')).length, before + findings.length);
      assert.ok(out.fixesApplied > 50, `only ${out.fixesApplied} fixes written`);
      assert.equal(readWordDraft(out.bytes).view.text, draft.view.text);
      const acceptedBefore = readWordDraft(docx, { view: 'accepted' }).view.text;
      if (acceptedBefore === draft.view.text) {
        assert.equal(readWordDraft(out.bytes, { view: 'accepted' }).view.text, applyEdits(draft.view.text, written).text);
      }
    });
  }
});
