import { useApiQuery } from '../../api';
import { MySchoolDocument, type MySchoolQuery } from '../../api/generated/graphql';
import { useAccount, useClient } from '../../auth';

export type SchoolInfo = NonNullable<MySchoolQuery['school']>;

/** The signed-in clerk's school (name, district, stages) from the register. */
export function useSchool() {
  const account = useAccount();
  const client = useClient();
  const schoolId = account.schoolId ?? '';
  const query = useApiQuery(async () => (await client.request(MySchoolDocument, { schoolId })).school, [client, schoolId]);
  return { schoolId, districtCode: account.districtCode, ...query };
}
