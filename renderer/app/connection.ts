import type { ContractClient } from '../../shared/contract/client';
import { createClient, httpTransport } from '../../shared/contract/client';

/**
 * The contract client of the local host: the per-run token comes in the page's address and is then
 * kept in memory only, and removed from the address bar so it is not bookmarked or shared.
 */
export function connect(location: Location, history: History): ContractClient {
  const params = new URLSearchParams(location.search);
  const token = params.get('token') ?? '';
  if (params.has('token')) history.replaceState(null, '', location.pathname);
  return createClient(httpTransport(location.origin, token));
}
