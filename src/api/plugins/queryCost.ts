import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { getVariableValues, Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { Admission } from '../cost/admission';
import { queryCost, type CostSizes } from '../cost/queryCost';
import type { ApiContext } from '../context';
import { ApiError, ApiErrorCode } from '../errors';

export interface CostPolicy {
  maxCost: number;
  sizes: CostSizes;
  /** Requests above this cost wait for a slot of `admission`; cheaper ones (health, one plan) never wait. */
  expensiveCost: number;
  admission: Admission;
  /** Seconds a refused client is told to wait (`Retry-After`). */
  retryAfterSeconds: number;
}

const MAX_KEY_LENGTH = 2_000;
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * Prices each operation once it is known (with its variables), refuses one over `maxCost` before
 * anything runs, and sends expensive ones through the admission semaphore. The cost is kept on the
 * context for the request log and the debug extension.
 */
export function queryCostPlugin(policy: CostPolicy): ApolloServerPlugin<ApiContext> {
  // A cost depends only on the operation and its variables. Apollo hands back the same parsed
  // document for the same query text, so a repeated question is priced once (pricing was ~3.5 % of
  // the server's CPU on a small planned request). Short variable sets only, a few per document.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    requestDidStart() {
      let release: (() => void) | null = null;
      let sent = false;
      return Promise.resolve({
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // Apollo has already refused a document without a runnable operation
          const key = `${operation.name?.value ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          const costs = known.get(document) ?? new Map<string, number>();
          let cost = costs.get(key);
          if (cost === undefined) {
            const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
            const fragments: Record<string, FragmentDefinitionNode> = {};
            for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
            cost = queryCost({ schema, operation, fragments, variables: coerced.coerced ?? {}, sizes: policy.sizes });
            if (key.length <= MAX_KEY_LENGTH && costs.size < MAX_COSTS_PER_DOCUMENT) {
              costs.set(key, cost);
              known.set(document, costs);
            }
          }
          contextValue.cost = cost;
          if (cost > policy.maxCost) {
            throw new ApiError(
              ApiErrorCode.QUERY_TOO_COMPLEX,
              `Query too complex: its cost is ${cost}, over the limit of ${policy.maxCost}; ask for smaller pages (first) or fewer nested lists`,
              {
                cost,
                limit: policy.maxCost,
                http: { status: 400 },
              },
            );
          }
          if (cost <= policy.expensiveCost) return;
          const admitted = await policy.admission.enter();
          if ('refused' in admitted) {
            contextValue.log.warn({ cost, reason: admitted.refused }, 'expensive request turned away');
            throw new ApiError(
              ApiErrorCode.TOO_BUSY,
              `Too many expensive requests are running (this one costs ${cost}; ` +
                `over ${policy.expensiveCost} counts as expensive); retry in ${policy.retryAfterSeconds} s, or ask for less`,
              {
                cost,
                retryAfterSeconds: policy.retryAfterSeconds,
                http: { status: 503, headers: new HeaderMap([['retry-after', String(policy.retryAfterSeconds)]]) },
              },
            );
          }
          // Another plugin's failure can answer the request while this one waited for its slot.
          if (sent) admitted.release();
          else release = admitted.release;
        },
        willSendResponse() {
          sent = true;
          release?.();
          return Promise.resolve();
        },
      });
    },
  };
}
