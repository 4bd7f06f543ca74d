import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatList } from '../../core/format/numbers.js';
import type { Order } from '../../core/schemas/index.js';
import { statusLabel } from './status-text.js';

/** "Update: Parcel 2: Delivered", for the live region after a poll changed a status. */
export function describeChanges(order: Order, before: Order): string {
  const changed = order.shipments.filter(
    (s) => before.shipments.find((previous) => previous.id === s.id)?.status !== s.status,
  );
  const parts = changed.map((shipment) => {
    const index = order.shipments.indexOf(shipment);
    return order.shipments.length > 1
      ? msg(str`Parcel ${index + 1}: ${statusLabel(shipment.status)}`)
      : statusLabel(shipment.status);
  });
  return msg(str`Update: ${formatList(parts)}`);
}

export interface PollingOptions {
  /** Seconds between polls; 0 or less turns polling off. Read on every tick. */
  interval: () => number;
  /** One refresh; polling waits for it before scheduling the next. */
  poll: (signal: AbortSignal) => Promise<void>;
}

/**
 * Refreshes on an interval while the page is visible. The next poll is
 * scheduled only after the previous one settles, so two never overlap; a
 * hidden tab costs the backend nothing and catches up when shown again.
 */
export class PollingController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private inFlight?: AbortController;
  private due = false;
  private scheduledInterval = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PollingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  /** Picks up a changed interval (the attribute may change at any time). */
  hostUpdated(): void {
    if (this.options.interval() !== this.scheduledInterval && !this.inFlight) this.schedule();
  }

  /** Starts the interval again from now, e.g. after a fresh load. */
  restart(): void {
    this.schedule();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.scheduledInterval = this.options.interval();
    if (!(this.scheduledInterval > 0)) return;
    this.timer = setTimeout(() => void this.tick(), this.scheduledInterval * 1000);
  }

  private async tick(): Promise<void> {
    if (document.visibilityState === 'hidden') {
      this.due = true; // Caught up on the next visibilitychange.
      return;
    }
    if (this.inFlight) return;
    this.due = false;
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      await this.options.poll(controller.signal);
    } catch {
      // A failed poll keeps what the shopper sees; the next one may succeed.
    } finally {
      if (this.inFlight === controller) {
        this.inFlight = undefined;
        this.schedule();
      }
    }
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible' && this.due) void this.tick();
  };
}
