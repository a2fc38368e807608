import { Parser, type Handler } from 'htmlparser2';
import { LIMITS } from '../limits.js';

export type HtmlHandler = Pick<Handler, 'onopentag' | 'onclosetag' | 'ontext'>;

/**
 * htmlparser2's Parser with its stack of open elements bounded by MAX_HTML_DEPTH. The Parser keeps
 * that stack in an array it unshifts on each start tag and searches on each end tag, which is
 * quadratic on the never-closed tags of a hostile mail (100,000 `<div>`s and then `</span>`s: minutes).
 * Past the bound a start tag opens and closes at once, as a void element does, so every tag costs at
 * most MAX_HTML_DEPTH steps and a parse is linear in its input. Real mail nests a few dozen deep.
 */
class BoundedParser extends Parser {
  #closing = false;
  /** the decision for the start tag being read: isVoidElement is asked when it opens and when it ends */
  #capped: boolean | null = null;

  constructor(
    handler: Partial<Handler>,
    private readonly depth: () => number,
  ) {
    super(handler, { decodeEntities: true });
  }

  protected override isVoidElement(name: string): boolean {
    if (super.isVoidElement(name)) return true;
    if (this.#closing) return false;
    if (this.#capped === null) return (this.#capped = this.depth() >= LIMITS.MAX_HTML_DEPTH);
    const capped = this.#capped;
    this.#capped = null;
    return capped;
  }

  override onclosetag(start: number, endIndex: number): void {
    this.#closing = true;
    try {
      super.onclosetag(start, endIndex);
    } finally {
      this.#closing = false;
    }
  }
}

/** Streams the elements and text of an HTML document to `handler` (entities decoded), in linear time. */
export function walkHtml(html: string, handler: HtmlHandler): void {
  let depth = 0;
  const parser = new BoundedParser(
    {
      onopentag(name, attribs, implied) {
        depth += 1;
        handler.onopentag?.(name, attribs, implied);
      },
      onclosetag(name, implied) {
        depth -= 1;
        handler.onclosetag?.(name, implied);
      },
      ontext: (text) => handler.ontext?.(text),
    },
    () => depth,
  );
  parser.end(html);
}
