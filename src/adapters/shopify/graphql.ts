import { AdapterError, isAbortError } from '../../core/errors.js';

export type Fetch = typeof fetch;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

function statusError(status: number): AdapterError {
  if (status === 401 || status === 403)
    return new AdapterError('unauthorized', `Shopify answered ${status}`, { status });
  if (status === 404) return new AdapterError('not_found', 'Shopify answered 404', { status });
  if (status === 429) return new AdapterError('rate_limited', 'Shopify answered 429', { status });
  return new AdapterError(status >= 500 ? 'unavailable' : 'invalid_request', `Shopify answered ${status}`, { status });
}

/** One GraphQL request to a Shopify API; HTTP and GraphQL failures become adapter errors. */
export async function graphql<T>(
  fetchFn: Fetch,
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw error;
    throw new AdapterError('network', 'Shopify could not be reached', { cause: error });
  }
  if (!response.ok) throw statusError(response.status);
  let answer: GraphQLAnswer<T>;
  try {
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch (error) {
    throw new AdapterError('invalid_response', 'Shopify answered something other than JSON', { cause: error });
  }
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? '');
  if (codes.some((c) => c === 'UNAUTHENTICATED' || c === 'ACCESS_DENIED')) throw new AdapterError('unauthorized');
  if (codes.includes('THROTTLED')) throw new AdapterError('rate_limited');
  if (!answer.data) throw new AdapterError('invalid_response', answer.errors?.[0]?.message ?? 'No data from Shopify');
  return answer.data;
}

/** A Shopify global ID from a bare number ("1001" → gid://shopify/Order/1001). */
export function gid(type: string, id: string): string {
  return id.startsWith('gid://') ? id : `gid://shopify/${type}/${encodeURIComponent(id)}`;
}
