import { registerDisclosure } from './registerDisclosure';

describe('registerDisclosure', () => {
  it('when all three contacts are on file, then SCHOOL_CONTACTS is present and nothing is missing', () => {
    const result = registerDisclosure({ enquiryPhone: '0537-3412345', supervisionPhone: '12345', petitionAddress: '教育局信访室' });
    expect(result.missing).toEqual([]);
    expect(result.items[0]).toMatchObject({ item: 'SCHOOL_CONTACTS', present: true, source: 'schools' });
  });

  it('when the petition address is missing, then the item is missing and the detail names it', () => {
    const result = registerDisclosure({ enquiryPhone: '0537-3412345', supervisionPhone: '12345', petitionAddress: null });
    expect(result.missing).toEqual(['SCHOOL_CONTACTS']);
    expect(result.items[0]!.detail).toContain('petition address');
  });
});
