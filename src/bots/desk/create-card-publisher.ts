import type { CatalogSnapshot } from '../../core/catalog/catalog-snapshot.js';
import type { CardLedger } from '../../core/desk/card-ledger.js';
import type { CardSubject } from '../../core/desk/card-subject.js';
import { subjectKey } from '../../core/desk/card-subject.js';
import { deskCard } from '../../core/desk/desk-card.js';
import type { DeskEvent } from '../../core/desk/desk-event.js';
import { digestReply } from '../../core/moderation/digest-reply.js';
import type { Moderation } from '../../core/moderation/moderation-port.js';
import { CardChannelError, describeError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { CardChannel } from './card-channel.js';
import { createChannelWorker, type ChannelWorker, type DrawCard, type RetryBudget } from './create-channel-worker.js';
import { scheduleDigest } from './schedule-digest.js';

export interface CardPublisherDeps {
  channels: readonly CardChannel[];
  ledger: CardLedger;
  moderation: Moderation;
  loadCatalog: () => Promise<CatalogSnapshot>;
  now: () => Date;
  logger: Logger;
  retry?: RetryBudget;
}

export interface CardPublisher {
  /** what the core and the intake report; subscribe it to the desk events */
  handle(event: DeskEvent): void;
  /** draws the subject's card on every platform (posts it if it has none and is open) */
  show(subject: CardSubject, note?: string): void;
  /** queues every card that is missing or no longer shows its subject; returns how many */
  repair(): Promise<number>;
  /** the digest to every platform's moderators' channel, when anything waits */
  postDigest(): Promise<{ posted: boolean; drafts: number; unsorted: number }>;
  /** repair now and every `repairEveryMs`, digest daily at `digestHourUtc`; returns the stop function */
  start(options: { repairEveryMs: number; digestHourUtc: number | null }): () => void;
  /** resolves when no card is queued, being drawn or waiting for a retry */
  idle(): Promise<void>;
}

/**
 * The one card publisher of the moderation desk. Every platform is a CardChannel; intake and
 * moderation report changes as events and the card appears or changes at once on every platform,
 * after the moderator was answered (the events come after the commit, the drawing on later turns).
 * A periodic repair only catches what events could not (another process, an outage).
 */
export function createCardPublisher(deps: CardPublisherDeps): CardPublisher {
  const logger = deps.logger.child({ component: 'cards' });
  const redraws = new Map<string, NodeJS.Timeout>();

  const drawOn =
    (channel: CardChannel): DrawCard =>
    async (subject, notes, paced) => {
      const card = await deskCard(subject, { moderation: deps.moderation, catalog: await deps.loadCatalog(), now: deps.now() });
      if (!card) return;
      let post = await deps.ledger.get(channel.platform, subject);
      const place = async () => {
        const placed = await paced(() => channel.post(subject, card.reply));
        post = { subject, platform: channel.platform, ...placed, postedAt: deps.now().toISOString(), stamp: card.stamp };
        await deps.ledger.save(post);
        logger.info({ platform: channel.platform, subject: subjectKey(subject), messageId: placed.messageId }, 'card posted');
      };
      if (!post) {
        if (!card.postable) return;
        await place();
      } else if (post.stamp !== card.stamp) {
        try {
          await paced(() => channel.update(post!, card.reply));
          await deps.ledger.markDrawn(channel.platform, subject, card.stamp);
        } catch (error) {
          // the card's message was deleted: post it again rather than lose it
          if (!(error instanceof CardChannelError && error.detail.gone)) throw error;
          await place();
        }
      }
      while (notes.length > 0 && post) {
        const placed = post;
        await paced(() => channel.note(placed, notes[0]!));
        notes.shift();
      }
      if (card.redrawAt) scheduleRedraw(subject, card.redrawAt);
    };

  const workers: Array<{ channel: CardChannel; worker: ChannelWorker }> = deps.channels.map((channel) => ({
    channel,
    worker: createChannelWorker({ channel, draw: drawOn(channel), logger: logger.child({ platform: channel.platform }), ...(deps.retry ? { retry: deps.retry } : {}) }),
  }));

  const show = (subject: CardSubject, note?: string) => {
    for (const { worker } of workers) worker.enqueue(subject, note);
  };

  /** the Undo button expires: draw the card again then, though nothing changed */
  function scheduleRedraw(subject: CardSubject, at: Date) {
    const key = subjectKey(subject);
    if (redraws.has(key)) return;
    const timer = setTimeout(() => {
      redraws.delete(key);
      show(subject);
    }, Math.max(0, at.getTime() - deps.now().getTime()) + 1_000);
    timer.unref();
    redraws.set(key, timer);
  }

  const repair = async () => {
    let queued = 0;
    for (const { channel, worker } of workers) {
      const subjects = [...(await deps.ledger.unposted(channel.platform)), ...(await deps.ledger.stale(channel.platform))];
      for (const subject of subjects) worker.enqueue(subject);
      queued += subjects.length;
    }
    if (queued > 0) logger.info({ queued }, 'cards queued by the repair');
    return queued;
  };

  const postDigest = async () => {
    const drafts = await deps.moderation.listDrafts({ status: 'pending' });
    const unsorted = await deps.moderation.listUnsorted({ status: 'open' });
    if (drafts.length === 0 && unsorted.length === 0) return { posted: false, drafts: 0, unsorted: 0 };
    const reply = digestReply(drafts, deps.now(), unsorted);
    let posted = false;
    for (const { channel } of workers) {
      await channel.announce(reply).then(
        () => (posted = true),
        (error: unknown) => logger.error({ platform: channel.platform, ...describeError(error) }, 'digest not posted'),
      );
    }
    logger.info({ drafts: drafts.length, unsorted: unsorted.length, posted }, 'digest');
    return { posted, drafts: drafts.length, unsorted: unsorted.length };
  };

  return {
    handle(event) {
      show(event.subject, event.type === 'decided' ? event.note : undefined);
    },
    show,
    repair,
    postDigest,
    start({ repairEveryMs, digestHourUtc }) {
      let repairing = false;
      const tick = () => {
        if (repairing) return;
        repairing = true;
        repair()
          .catch((error: unknown) => logger.error(describeError(error), 'card repair failed'))
          .finally(() => (repairing = false));
      };
      tick();
      const timer = setInterval(tick, repairEveryMs);
      timer.unref();
      const stopDigest =
        digestHourUtc === null
          ? () => undefined
          : scheduleDigest({ now: deps.now, hourUtc: digestHourUtc, post: postDigest, onError: (error) => logger.error(describeError(error), 'digest failed') });
      return () => {
        clearInterval(timer);
        stopDigest();
        for (const t of redraws.values()) clearTimeout(t);
        redraws.clear();
        for (const { worker } of workers) worker.stop();
      };
    },
    async idle() {
      await Promise.all(workers.map(({ worker }) => worker.idle()));
    },
  };
}
