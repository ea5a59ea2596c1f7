import type { School } from './School';

export interface DisclosureItem {
  item: 'SCHOOL_CONTACTS';
  present: boolean;
  detail: string;
  source: 'schools';
}

/**
 * The register's share of a school's disclosure checklist: policy requires the school's enquiry
 * phone, supervision/report phone and petition reception address to be published. The gateway joins
 * this with the items the catchments and admissions subgraphs check.
 *
 * @example registerDisclosure(school).missing // [] when all three contacts are on file
 */
export function registerDisclosure(school: Pick<School, 'enquiryPhone' | 'supervisionPhone' | 'petitionAddress'>) {
  const absent = [
    school.enquiryPhone ? null : '招生咨询电话 enquiry phone',
    school.supervisionPhone ? null : '监督举报电话 supervision phone',
    school.petitionAddress ? null : '信访接待地址 petition address',
  ].filter((x): x is string => x !== null);
  const item: DisclosureItem = {
    item: 'SCHOOL_CONTACTS',
    present: absent.length === 0,
    detail: absent.length ? `missing: ${absent.join('; ')}` : 'enquiry phone, supervision phone and petition address published',
    source: 'schools',
  };
  return { items: [item], missing: item.present ? [] : [item.item] };
}
