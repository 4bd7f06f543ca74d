import type { AftercareAdapter } from '../../core/adapter.js';
import { AdapterError } from '../../core/errors.js';
import type { RestAdapterOptions, RestClient } from './rest-client.js';

export type { RestAdapterOptions } from './rest-client.js';

type ClientMethod = keyof RestClient & keyof AftercareAdapter;

/**
 * Talks to a backend that implements the REST contract (docs/openapi.json).
 * The HTTP client (rest-client.ts) starts loading when the adapter is
 * created, beside the elements' own code, so a page on demo data or another
 * adapter never downloads it and a page on this one does not wait longer.
 * Every method is the client's, called once it is there.
 */
export class RestAdapter implements AftercareAdapter {
  readonly #options: RestAdapterOptions;
  #client?: Promise<RestClient>;

  readonly getOrder = this.#forward('getOrder');
  readonly getReturnOptions = this.#forward('getReturnOptions');
  readonly createReturn = this.#forward('createReturn');
  readonly getReturn = this.#forward('getReturn');
  readonly getReviewRequest = this.#forward('getReviewRequest');
  readonly submitReview = this.#forward('submitReview');
  readonly submitNps = this.#forward('submitNps');
  readonly getLoyalty = this.#forward('getLoyalty');
  readonly subscribeToUpdates = this.#forward('subscribeToUpdates');
  readonly getUpdateSubscription = this.#forward('getUpdateSubscription');
  readonly getRecommendations = this.#forward('getRecommendations');

  constructor(options: RestAdapterOptions) {
    if (!options?.baseUrl) throw new TypeError('RestAdapter needs a baseUrl');
    this.#options = options;
    void this.#load().catch(() => {
      // Reported by the first call, which loads it again.
    });
  }

  #forward<M extends ClientMethod>(method: M): RestClient[M] {
    const forward = (...args: unknown[]) =>
      this.#load().then((client) => (client[method] as (...args: unknown[]) => unknown).apply(client, args));
    return forward as RestClient[M];
  }

  /** The client, once; a failed download (offline) is a retryable `network` error, and the next call tries again. */
  #load(): Promise<RestClient> {
    this.#client ??= import('./rest-client.js').then(
      ({ RestClient }) => new RestClient(this.#options),
      (error: unknown) => {
        this.#client = undefined;
        throw new AdapterError('network', 'Could not load the REST client', { cause: error });
      },
    );
    return this.#client;
  }
}
