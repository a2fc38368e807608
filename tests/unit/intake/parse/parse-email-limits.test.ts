import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../../src/core/catalog/catalog-snapshot.js';
import { parseEmail } from '../../../../src/intake/parse/parse-email.js';
import { collectGarbage } from '../../../../src/intake/parse/collect-garbage.js';
import { LIMITS } from '../../../../src/intake/parse/limits.js';
import { deflatedEntry, docxWith, wordXml } from '../../../hostile/build-zip.js';
import { loadCatalog } from '../../../helpers/load-catalog.js';
import { mailWithPdf, makePdfBomb } from '../../../helpers/make-pdf-bomb.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('parseEmail with a document over the limits', () => {
  it('reads the body, warns that the PDF bomb was stopped, and parses the next message', async () => {
    const bomb = makePdfBomb({ unit: 'BT (A) Tj ET\n', repeat: 1_250_000, copies: 200 });
    const m = await parseEmail(mailWithPdf('bomb.pdf', bomb), { catalog });
    expect(m.agreements.map((a) => a.name)).toEqual(['Christchurch Call']);
    expect(m.warnings.map((w) => w.code)).toEqual(['pdf-too-large']);
    expect(m.warnings[0]!.message).toMatch(/^bomb\.pdf asks for 3099 MB of decompressed content/);

    const next = await parseEmail(Buffer.from('From: b@example.org\r\nSubject: next\r\nContent-Type: text/html\r\n\r\n<p>Name of agreement: Paris Call</p>'), { catalog });
    expect([next.agreements.map((a) => a.name), next.warnings]).toEqual([['Paris Call'], []]);
  });
});

/** A contribution in its text body, with a Word document attached as `name`. */
function mailWithDocx(name: string, docx: Buffer): Buffer {
  return Buffer.from(
    [
      'From: Ana Ruiz <ana@example.org>',
      'Subject: contribution',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Name of agreement: Christchurch Call',
      '--b',
      `Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="${name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      docx.toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b--',
      '',
    ].join('\r\n'),
  );
}

describe('parseEmail with a Word document over the limits', () => {
  it('refuses a document of deeply nested paragraphs before the XML reader builds it, and reads the body', async () => {
    const depth = 20_000;
    const docx = docxWith(deflatedEntry('word/document.xml', Buffer.from(wordXml(`${'<w:p>'.repeat(depth)}<w:r><w:t>Name of agreement: Deep Accord</w:t></w:r>${'</w:p>'.repeat(depth)}`))));
    const m = await parseEmail(mailWithDocx('deep.docx', docx), { catalog });
    expect(m.agreements.map((a) => a.name)).toEqual(['Christchurch Call']);
    expect(m.warnings.map((w) => [w.code, w.message])).toEqual([
      ['docx-too-large', `deep.docx nests XML elements deeper than ${LIMITS.MAX_DOCX_XML_DEPTH} in word/document.xml; Word documents need a few dozen`],
    ]);
  });

  it('refuses a document whose entry declares 1 GB uncompressed, and reads the body', async () => {
    const entry = deflatedEntry('word/document.xml', Buffer.from(wordXml('<w:p><w:r><w:t>Name of agreement: Big Accord</w:t></w:r></w:p>')));
    const m = await parseEmail(mailWithDocx('big.docx', docxWith({ ...entry, declaredSize: 1024 ** 3 })), { catalog });
    expect(m.agreements.map((a) => a.name)).toEqual(['Christchurch Call']);
    expect(m.warnings.map((w) => w.code)).toEqual(['docx-too-large']);
    expect(m.warnings[0]!.message).toMatch(/^big\.docx declares \d+ bytes uncompressed \(limit 41943040\)$/);
  });
});

describe('parseEmail on a large message', () => {
  it('gives back the memory the message took before returning, so the next message starts from the same heap', async () => {
    const body = `Name of agreement: Paris Call\r\nDate of launch: 2018\r\n\r\n${'The signatories support the principles of the call. '.repeat(60_000)}`;
    const raw = Buffer.from(`From: Ana Ruiz <ana@example.org>\r\nSubject: contribution\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`);
    expect(raw.length).toBeGreaterThan(LIMITS.COLLECT_AFTER_RAW_BYTES);
    await parseEmail(Buffer.from('From: a@example.org\r\n\r\nwarm-up'), { catalog });
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const m = await parseEmail(raw, { catalog });
    const grown = process.memoryUsage().heapUsed - before;
    expect(m.agreements.map((a) => a.name)).toEqual(['Paris Call']);
    // the parse allocates about ten times the message's 3 MB (decoded text, blocks, paragraphs); what stays is the result
    expect(grown).toBeLessThan(raw.length * 2);
  });
});
