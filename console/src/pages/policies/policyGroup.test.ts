import { describe, expect, it } from '@jest/globals';
import { pendingChangeOf, policyGroup } from './policyGroup';

describe('policyGroup', () => {
  it.each([
    [{ published: false, status: 'DRAFT' as const }, 'DRAFT'],
    [{ published: true, status: 'IN_FORCE' as const }, 'IN_FORCE'],
    [{ published: true, status: 'NOT_YET_IN_FORCE' as const }, 'IN_FORCE'],
    [{ published: true, status: 'EXPIRED' as const }, 'EXPIRED'],
  ])('when a document is %j, then it is listed under %s', (doc, group) => {
    expect(policyGroup(doc)).toBe(group);
  });

  it('when a change of another kind or record waits, then the document has no pending change; its own is found', () => {
    const changes = [
      { kind: 'ENROLMENT_RULES', recordKey: '370812/兖教发〔2026〕1号' },
      { kind: 'POLICY_DOCUMENT', recordKey: '370812/兖教发〔2026〕2号' },
    ];
    expect(pendingChangeOf(changes, '370812/兖教发〔2026〕1号')).toBeNull();
    expect(pendingChangeOf(changes, '370812/兖教发〔2026〕2号')).toBe(changes[1]);
    expect(pendingChangeOf(null, 'x')).toBeNull();
  });
});
