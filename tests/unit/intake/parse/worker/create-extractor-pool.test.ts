import { afterAll, describe, expect, it } from 'vitest';
import { readHtml } from '../../../../../src/intake/parse/document/read-html.js';
import { LIMITS } from '../../../../../src/intake/parse/limits.js';
import { createExtractorPool, ExtractorStoppedError } from '../../../../../src/intake/parse/worker/create-extractor-pool.js';
import { makePdfBomb } from '../../../../helpers/make-pdf-bomb.js';

const pool = createExtractorPool();
afterAll(() => pool.stop());

const codes = (r: { warnings: Array<{ code: string }> }) => r.warnings.map((w) => w.code);
const html = '<p><b>Name of agreement:</b> Paris Call</p><ul><li>France</li><li>Canada</li></ul>';
/**
 * a page whose content names one 15 MB stream of "A" strings 200 times: 3 GB once inflated; written
 * in hexadecimal first, so that the check of compressed streams lets it through to pdf.js
 */
const memoryBomb = () => makePdfBomb({ unit: 'BT (A) Tj ET\n', repeat: 1_250_000, copies: 200, hex: true });
/** 40 pages of 300,000 no-op transforms each: little memory, far more time than a document may take */
const slowPdf = () => makePdfBomb({ unit: '1 0 0 1 0 0 cm\n', repeat: 300_000, copies: 1, pages: 40 });

describe('createExtractorPool', () => {
  it('reads a document in the worker as it is read in this thread', async () => {
    const { blocks, warnings } = await pool.run({ kind: 'html', name: 'the HTML body', html }, LIMITS.MAX_DOCUMENT_MS);
    expect({ blocks, warnings }).toEqual({ blocks: readHtml(html), warnings: [] });
  });

  it('stops a PDF decompression bomb at the memory limit, and reads the next document', async () => {
    const bomb = memoryBomb();
    expect(bomb.length).toBeLessThan(200_000);
    // time enough that only the memory limits can stop it
    const result = await pool.run({ kind: 'pdf', name: 'bomb.pdf', bytes: bomb }, 60_000);
    expect([result.blocks, codes(result)]).toEqual([[], ['document-memory-limit']]);
    expect(result.warnings[0]!.message).toMatch(/^bomb\.pdf needed more memory than the limit/);
    expect((await pool.run({ kind: 'html', name: 'next', html }, LIMITS.MAX_DOCUMENT_MS)).blocks).toEqual(readHtml(html));
  }, 90_000); // inflating to the limit takes 10 s on an idle machine, several times that on a busy one

  it('terminates an extraction that runs past its time, and reads the next document', async () => {
    const result = await pool.run({ kind: 'pdf', name: 'slow.pdf', bytes: slowPdf() }, LIMITS.MAX_DOCUMENT_MS);
    expect([result.blocks, codes(result)]).toEqual([[], ['document-timeout']]);
    expect(result.warnings[0]!.message).toBe(`slow.pdf took longer than ${LIMITS.MAX_DOCUMENT_MS} ms to read; skipped`);
    expect((await pool.run({ kind: 'html', name: 'next', html }, LIMITS.MAX_DOCUMENT_MS)).blocks).toEqual(readHtml(html));
  });

  it('gives a document no time once the message has used it up', async () => {
    expect(codes(await pool.run({ kind: 'html', name: 'late', html }, 0))).toEqual(['document-timeout']);
  });

  it('reads documents one after the other with a worker per document (idleMs 0)', async () => {
    const single = createExtractorPool({ idleMs: 0 });
    const results = await Promise.all([1, 2, 3].map((n) => single.run({ kind: 'html', name: `d${n}`, html: `<p>doc ${n}</p>` }, LIMITS.MAX_DOCUMENT_MS)));
    await single.stop();
    expect(results.map((r) => r.blocks.flatMap((b) => ('lines' in b ? b.lines : [])))).toEqual([['doc 1'], ['doc 2'], ['doc 3']]);
  });

  it('keeps its worker from document to document, and ends one that holds more than recycleMb after a document', async () => {
    const ids = async (p: ReturnType<typeof createExtractorPool>) => {
      const out = [];
      for (const n of [1, 2]) out.push((await p.run({ kind: 'html', name: `d${n}`, html }, LIMITS.MAX_DOCUMENT_MS)).workerId);
      return out;
    };
    const [a1, a2] = await ids(pool);
    expect(a1).toBeGreaterThan(0);
    expect(a2).toBe(a1);
    // a worker's heap alone is several MB: with a 1 MB allowance, every document gets a fresh worker
    const recycling = createExtractorPool({ recycleMb: 1 });
    const [b1, b2] = await ids(recycling);
    await recycling.stop();
    expect(b2).not.toBe(b1);
  }, 60_000);

  it('on stop, ends the document being read and refuses the queued and later ones', async () => {
    const stopping = createExtractorPool();
    const reading = stopping.run({ kind: 'pdf', name: 'slow.pdf', bytes: slowPdf() }, 60_000).catch((e: unknown) => e);
    const queued = stopping.run({ kind: 'html', name: 'queued', html }, 60_000).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));
    await stopping.stop();
    expect(await reading).toBeInstanceOf(ExtractorStoppedError);
    expect(await queued).toBeInstanceOf(ExtractorStoppedError);
    await expect(stopping.run({ kind: 'html', name: 'after', html }, 1_000)).rejects.toMatchObject({ code: 'EXTRACTOR_STOPPED' });
  });
});
