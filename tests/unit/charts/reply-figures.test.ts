import { beforeAll, describe, expect, it } from 'vitest';
import { renderReplyChart } from '../../../src/charts/render-reply-chart.js';
import { countElementFrequency } from '../../../src/core/analytics/count-element-frequency.js';
import type { CatalogSnapshot } from '../../../src/core/catalog/catalog-snapshot.js';
import { renderTerminal } from '../../../src/bots/shell/render-terminal.js';
import { ask } from '../../helpers/ask-catalog.js';
import { decodePng } from '../../helpers/decode-png.js';
import { loadCatalog } from '../../helpers/load-catalog.js';

let catalog: CatalogSnapshot;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('answers with a picture', () => {
  it.each([
    ['Rank the norm elements by frequency', 'frequency'],
    ['Which norms are rising?', 'trends'],
    ['What does the Paris Call cover?', 'profile'],
    ['Compare the Paris Call and the Tech Accord', 'compare'],
  ])('"%s" carries a %s chart beside its text', (question, kind) => {
    const reply = ask(catalog, question);
    expect(reply.figure?.kind).toBe(kind);
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it('gives no picture where there are no numbers to draw', () => {
    expect(ask(catalog, 'help').figure).toBeUndefined();
    expect(ask(catalog, 'What is cyber hygiene?').figure).toBeUndefined();
  });

  it('draws the same counts the text gives, for a filtered question too', () => {
    const reply = ask(catalog, 'Rank the norm elements by frequency among industry agreements');
    const industry = catalog.agreements.filter((a) => a.partiesKinds.includes('industry'));
    const top = countElementFrequency(industry, catalog.elements)[0]!;
    expect(reply.figure?.alt).toContain(`of ${industry.length} agreements`);
    expect(reply.figure?.alt).toContain(`${top.element.name} ${top.count}`);
    expect(reply.text).toContain(`${top.count} agreements`);
  });

  it('keeps text bars in the terminal', () => {
    const out = renderTerminal(ask(catalog, 'Rank the norm elements by frequency'), { width: 100, color: false });
    expect(out).toMatch(/█/);
  });
});

describe('renderReplyChart', () => {
  it('renders a reply\'s chart as a named PNG with its alt text, for chat uploads', async () => {
    const reply = ask(catalog, 'Compare the Paris Call and the Tech Accord');
    const file = await renderReplyChart(reply);
    expect(file?.filename).toBe(`${reply.figure?.name}.png`);
    expect(file?.alt).toBe(reply.figure?.alt);
    const png = decodePng(file!.png);
    expect([png.width, png.height]).toEqual([file!.width, file!.height]);
    expect([file!.width, file!.height]).toEqual([reply.figure!.width * 2, reply.figure!.height * 2]);
  });

  it('returns null for a reply without a chart', async () => {
    expect(await renderReplyChart(ask(catalog, 'help'))).toBeNull();
  });
});
