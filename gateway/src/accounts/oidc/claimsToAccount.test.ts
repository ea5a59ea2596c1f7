import { claimsToAccount } from './claimsToAccount';

const names = { role: 'zsgk_role', district: 'zsgk_district', school: 'zsgk_school' };
const register = async (id: string) => (id === '3708120001' ? { districtCode: '370812', name: '兖州区实验小学' } : null);

describe('claimsToAccount', () => {
  it('when the claims name a bureau role and district, then the account is that district’s officer, named as the provider says', async () => {
    await expect(claimsToAccount({ sub: 'u-1', name: '王科长', zsgk_role: 'bureau', zsgk_district: '370812' }, names, register)).resolves.toEqual({
      username: 'oidc:u-1', displayName: '王科长', role: 'BUREAU', districtCode: '370812', schoolId: null, schoolName: null,
    });
  });

  it("when the claims name a school, then its district and name come from the register, not from the claims", async () => {
    await expect(claimsToAccount({ sub: 'u-2', zsgk_role: 'SCHOOL', zsgk_school: '3708120001', zsgk_district: '999999' }, names, register)).resolves.toEqual({
      username: 'oidc:u-2', displayName: 'u-2', role: 'SCHOOL', districtCode: '370812', schoolId: '3708120001', schoolName: '兖州区实验小学',
    });
  });

  it.each([
    ['no role', { sub: 'u' }, 'zsgk_role'],
    ['an unknown role', { sub: 'u', zsgk_role: 'ADMIN' }, 'zsgk_role'],
    ['a bureau without a district', { sub: 'u', zsgk_role: 'BUREAU', zsgk_district: '3708' }, 'zsgk_district'],
    ['a school without a school code', { sub: 'u', zsgk_role: 'SCHOOL' }, 'zsgk_school'],
    ['a school not in the register', { sub: 'u', zsgk_role: 'SCHOOL', zsgk_school: '3708129999' }, 'zsgk_school'],
  ])('when the claims have %s, then the sign-in is FORBIDDEN naming the claim', async (_case, claims, claim) => {
    await expect(claimsToAccount(claims, names, register)).rejects.toMatchObject({ code: 'FORBIDDEN', path: claim });
  });
});
