import type { ApolloServerPlugin } from '@apollo/server';
import type { AuditRepository } from '../data/AuditRepository';
import type { GatewayContext } from '../SignedDataSource';
import type { AuditEntry } from './AuditEntry';
import { districtsNamed } from './districtsNamed';

/**
 * Appends every mutation — accepted or refused, anonymous included — to the audit log once its
 * response is ready. An entry belongs to the caller's district: the bureau's own, the district the
 * input names, or a school user's school's district (looked up in the register); an attempt naming
 * other districts in its arguments is filed under each of them too (`namedDistrictCodes`). A failure
 * to write the log is logged loudly but does not fail the response: the mutation has already happened
 * in the subgraph.
 */
export function auditPlugin(
  repository: AuditRepository,
  districtOfSchool: (schoolId: string) => Promise<string | null>,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue, request }) {
          if (operation?.operation !== 'mutation') return;
          const identity = contextValue.identity;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const input = (request.variables?.input ?? {}) as { districtCode?: unknown };
          const districtCode =
            identity.role === 'BUREAU'
              ? identity.districtCode
              : typeof input.districtCode === 'string'
                ? input.districtCode
                : identity.role === 'SCHOOL'
                  ? await districtOfSchool(identity.schoolId)
                  : null;
          const entry: AuditEntry = {
            at: new Date(),
            role: identity.role,
            subject: identity.role === 'PUBLIC' ? null : identity.subject,
            districtCode,
            namedDistrictCodes: districtsNamed(operation, request.variables ?? {}).filter((code) => code !== districtCode),
            schoolId: identity.role === 'SCHOOL' ? identity.schoolId : null,
            operationName: operation.name?.value ?? null,
            fields: operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])),
            outcome: errors.length ? 'ERROR' : 'OK',
            errorCodes: [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))],
            clientAddress: contextValue.clientAddress ?? null,
          };
          await repository.append(entry).catch((error) => console.error('[gateway] AUDIT LOG WRITE FAILED', entry, error));
        },
      };
    },
  };
}
