import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { parseEmail } from '../src/intake/parse/parse-email.js';
import { packageRoot } from '../src/store/package-root.js';
import type { CatalogSnapshot } from '../src/core/catalog/catalog-snapshot.js';
import { loadBenchCatalog, SHIPPED } from './lib/catalog-file.js';
import { syntheticAgreement } from './lib/synthetic-catalog.js';
import { interleave, loadNote, percentiles, printTable, QUICK, range, REPETITIONS, walls, type SummaryRow } from './lib/measure.js';

/** What the baseline does after simpleParser: the same extractor the intake runs on the attachment. */
type Extract = (mail: ParsedMail) => Promise<unknown>;

const attachment = (mail: ParsedMail, type: RegExp) => mail.attachments.find((a) => type.test(a.contentType) || type.test(a.filename ?? ''))?.content ?? Buffer.alloc(0);

const docx: Extract = async (mail) => {
  const { default: mammoth } = await import('mammoth');
  return mammoth.convertToHtml({ buffer: attachment(mail, /wordprocessingml|\.docx$/) });
};

const pdf: Extract = async (mail) => {
  const { getDocumentProxy } = await import('unpdf');
  const doc = await getDocumentProxy(new Uint8Array(attachment(mail, /pdf/)), { isEvalSupported: false, verbosity: 0 });
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push(await (await doc.getPage(i)).getTextContent());
  await doc.destroy();
  return pages;
};

/** Fixtures per kind of mail a contributor sends; all are committed under tests/fixtures/mail. */
const CASES: ReadonlyArray<{ label: string; file: string; extract?: Extract; text?: boolean }> = [
  { label: 'inline text (seed)', file: 'seed-aspi-inline.eml', text: true },
  { label: 'HTML table', file: 'table-several.eml', text: true },
  { label: '.docx attachment', file: 'seed-aspi-docx.eml', extract: docx },
  { label: 'PDF attachment', file: 'pdf-attachment.eml', extract: pdf },
];

/**
 * A copy of the message that is new text to the parser, as each contribution is: one more line at
 * the top of its first text part, naming agreement `n` of the synthetic catalog (or a shipped one)
 * and a person and a place no earlier copy named (a new mail brings words the process has not read
 * before), and one word gap in every line of that part widened, at a place that moves with `n` (a
 * doubled space in plain text, a zero-width space in HTML, which collapses white space): the words
 * and the parse stay the same, and no line, label or paragraph is a string an earlier copy had. Their
 * normal forms are the same, though, so caches keyed on them (label scores, typo lookups) answer
 * for most lines: mail the process never read is measured by onceEach. The added text is short
 * ASCII, valid in 7bit, quoted-printable and HTML parts.
 */
export function distinctCopy(raw: Buffer, n: number, base: CatalogSnapshot): Buffer {
  const text = raw.toString('latin1');
  const part = /Content-Type: text\/(plain|html)[^]*?\r?\n\r?\n/i.exec(text);
  if (!part) return raw;
  const html = part[1] === 'html';
  const name = n % 3 === 0 ? base.agreements[n % base.agreements.length]!.name : syntheticAgreement(n % 900, base.elements).name;
  const line = `See also ${name.slice(0, 60)} (ref ${n}), as ${newWord(n, 0)} ${newWord(n, 1)} of ${newWord(n, 2)} wrote.`;
  const at = part.index + part[0].length;
  const end = text.indexOf('\n--', at);
  const body = text.slice(at, end < 0 ? text.length : end);
  const gaps = wordGaps(body, html);
  // one gap per line, a different one for each copy
  const byLine = new Map<number, number[]>();
  for (const g of gaps) byLine.set(g.line, [...(byLine.get(g.line) ?? []), g.at]);
  const chosen = [...byLine].map(([l, inLine]) => inLine[(n + l) % inLine.length]!);
  let widened = '';
  let from = 0;
  for (const gap of chosen) {
    widened += `${body.slice(from, gap)}${html ? '&#8203;' : ' '}`;
    from = gap;
  }
  widened += body.slice(from);
  return Buffer.from(text.slice(0, at) + (html ? `<p>${line}</p>\r\n` : `${line}\r\n`) + widened + text.slice(at + body.length), 'latin1');
}

/**
 * Every text or HTML fixture (no attachment) parsed once by a process that has read none of them:
 * a warm-up share first (the code compiled and optimised, as in a running bot), then REPETITIONS shares each
 * measured mail by mail against simpleParser. A mail is new only once per process, hence shares.
 */
async function onceEach(root: string, catalog: CatalogSnapshot): Promise<{ count: number; reps: Array<{ mails: number; baseline: number; parse: number; median: number }> }> {
  const dir = path.join(root, 'tests', 'fixtures', 'mail');
  const mails = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f)))
    .filter((raw) => !/^content-type:\s*application\//im.test(raw.toString('latin1')));
  // dealt in turn, so each share has mail of every kind the sorted names group together
  const shares = Array.from({ length: REPETITIONS + 1 }, (_, k) => mails.filter((_, i) => i % (REPETITIONS + 1) === k));
  // the warm-up share read in three copies of each (distinctCopy), so the code the others take is compiled and optimised
  for (let round = 0; round < 3; round++) {
    for (const [i, raw] of shares[0]!.entries()) {
      const copy = distinctCopy(raw, 50_000 + round * 1_000 + i, catalog);
      await simpleParser(copy);
      await parseEmail(copy, { catalog });
    }
  }
  const reps = [];
  for (const share of shares.slice(1)) {
    const ratios: number[] = [];
    let baseline = 0;
    let parse = 0;
    for (const [i, raw] of share.entries()) {
      // the order alternates: whichever runs second finds the message's bytes in the CPU caches
      const order = i % 2 === 0 ? (['parse', 'baseline'] as const) : (['baseline', 'parse'] as const);
      const ms = { parse: 0, baseline: 0 };
      for (const which of order) {
        const t0 = performance.now();
        if (which === 'parse') await parseEmail(raw, { catalog });
        else await simpleParser(raw);
        ms[which] = performance.now() - t0;
      }
      ratios.push(ms.parse / ms.baseline);
      baseline += ms.baseline;
      parse += ms.parse;
    }
    ratios.sort((a, b) => a - b);
    reps.push({ mails: share.length, baseline, parse, median: ratios[Math.floor(ratios.length / 2)]! });
  }
  return { count: mails.length, reps };
}

/** The single spaces between two words of a text (outside tags in HTML), with the line each is on. */
function wordGaps(text: string, html: boolean): Array<{ at: number; line: number }> {
  const gaps: Array<{ at: number; line: number }> = [];
  let inTag = false;
  let line = 0;
  for (let i = 1; i + 1 < text.length; i++) {
    if (text[i] === '\n') line++;
    if (html && (text[i] === '<' || text[i] === '>')) inTag = text[i] === '<';
    if (!inTag && text[i] === ' ' && /[^\s<>]/.test(text[i - 1]!) && /[^\s<>]/.test(text[i + 1]!)) gaps.push({ at: i, line });
  }
  return gaps;
}

/** A made-up capitalised word, different for each (copy, k): a name no dictionary or catalog holds. */
function newWord(n: number, k: number): string {
  const SYLLABLES = ['fi', 'gro', 'hu', 'jek', 'wim', 'yol', 'cre', 'dju', 'pho', 'xan', 'eb', 'ilk'];
  let v = n * 3 + k;
  let word = '';
  for (let d = 0; d < 4; d++, v = Math.floor(v / SYLLABLES.length)) word += SYLLABLES[v % SYLLABLES.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * The whole parse (MIME, attachments, questionnaire, catalog matching, suggestions) over the
 * shipped catalog and over 10,000 agreements, interleaved message by message with its baseline:
 * bare mailparser `simpleParser` on a like message, plus, for attachments, the same extractor
 * (mammoth, unpdf) run directly on the attachment.
 */
export async function run(): Promise<SummaryRow[]> {
  const root = packageRoot();
  const small = await loadBenchCatalog(SHIPPED);
  const big = await loadBenchCatalog(10_000);
  const rounds = QUICK ? 15 : 40;
  const rows: string[][] = [];
  const textRatios: { small: number[]; big: number[] } = { small: [], big: [] };
  let copies = 0;
  for (const c of CASES) {
    const raw = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'mail', c.file));
    // every message parsed once: a copy of its own per variant and round (numbered across cases: new words stay new)
    const messages = (n: number) => Array.from({ length: n }, () => ({ baseline: distinctCopy(raw, copies++, small), small: distinctCopy(raw, copies++, small), big: distinctCopy(raw, copies++, small) }));
    type Round = ReturnType<typeof messages>[number];
    const variants = {
      baseline: async (m: Round) => (c.extract ? c.extract(await simpleParser(m.baseline)) : simpleParser(m.baseline)),
      small: (m: Round) => parseEmail(m.small, { catalog: small }),
      big: (m: Round) => parseEmail(m.big, { catalog: big }),
    };
    await interleave(variants, messages(3)); // warm-up
    const reps: Array<{ baseline: number; small: number; big: number }> = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const s = await interleave(variants, messages(rounds));
      reps.push({ baseline: percentiles(walls(s.baseline)).p50, small: percentiles(walls(s.small)).p50, big: percentiles(walls(s.big)).p50 });
    }
    const ratio = (k: 'small' | 'big') => reps.map((r) => r[k] / r.baseline);
    if (c.text) {
      textRatios.small.push(...ratio('small'));
      textRatios.big.push(...ratio('big'));
    }
    rows.push([
      c.label,
      String(raw.length),
      range(reps.map((r) => r.baseline)),
      range(reps.map((r) => r.small)),
      range(reps.map((r) => r.big)),
      `${range(ratio('small'), 1)}x`,
      `${range(ratio('big'), 1)}x`,
    ]);
  }
  console.log(`p50 ms per message, ${rounds} messages per repetition, ${REPETITIONS} repetitions, interleaved; baseline: simpleParser (+ the same extractor on the attachment)`);
  printTable(['mail', 'bytes', 'baseline', `parse @${small.agreements.length}`, 'parse @10k', 'ratio @38', 'ratio @10k'], rows);
  const once = await onceEach(root, small);
  console.log(`\nmail the process never read: the text and HTML fixtures (${once.count}) dealt into a warm-up share and ${REPETITIONS} measured ones, each mail parsed once, interleaved with simpleParser on it`);
  printTable(['repetition', 'mails', 'baseline ms', 'parse ms', 'ratio of sums', 'median ratio'], once.reps.map((r, i) => [String(i + 1), String(r.mails), r.baseline.toFixed(0), r.parse.toFixed(0), `${(r.parse / r.baseline).toFixed(2)}x`, `${r.median.toFixed(2)}x`]));
  console.log(`(${loadNote()})`);
  return [
    {
      measure: 'parse of mail never read (text/HTML fixtures once each), catalog 38',
      figure: `${range(once.reps.map((r) => r.parse / r.baseline), 1)}x (median per mail ${range(once.reps.map((r) => r.median), 1)}x)`,
      baseline: 'simpleParser on the same mail, interleaved',
      goal: '≤ 2x (issue 8)',
    },
    {
      measure: 'parse text/HTML vs bare simpleParser, catalog 38 / 10k',
      figure: `${range(textRatios.small, 1)}x / ${range(textRatios.big, 1)}x`,
      baseline: 'simpleParser on like messages, interleaved',
      goal: '≤ 1.5x / ≤ 2x',
    },
  ];
}
