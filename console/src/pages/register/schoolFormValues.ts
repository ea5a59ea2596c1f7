import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Ownership, RegisterSchoolFieldsFragment, SchoolInput, SchoolPatch, SchoolStatus, Stage } from '../../api/generated/graphql';

/** The 学校信息 form as the officer fills it in (the location as two numbers, the date as a Dayjs). */
export interface SchoolFormValues {
  id: string;
  name: string;
  shortName?: string;
  stages: Stage[];
  ownership: Ownership;
  address: string;
  lng?: number | null;
  lat?: number | null;
  enquiryPhone?: string;
  supervisionPhone?: string;
  petitionAddress?: string;
  website?: string;
  status: Exclude<SchoolStatus, 'CLOSED'>;
  openedOn?: Dayjs | null;
}

const OPTIONAL_TEXT = ['shortName', 'enquiryPhone', 'supervisionPhone', 'petitionAddress', 'website'] as const;

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
const dateText = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);
const locationOf = (values: Pick<SchoolFormValues, 'lng' | 'lat'>) =>
  typeof values.lng === 'number' && typeof values.lat === 'number' ? { lng: values.lng, lat: values.lat } : null;

/** The form filled with a school as in force (a CLOSED school is edited only after reopening it). */
export function formValuesOf(school: RegisterSchoolFieldsFragment): SchoolFormValues {
  return {
    id: school.id,
    name: school.name,
    shortName: school.shortName ?? '',
    stages: [...school.stages],
    ownership: school.ownership,
    address: school.address,
    lng: school.location?.lng ?? null,
    lat: school.location?.lat ?? null,
    enquiryPhone: school.enquiryPhone ?? '',
    supervisionPhone: school.supervisionPhone ?? '',
    petitionAddress: school.petitionAddress ?? '',
    website: school.website ?? '',
    status: school.status === 'PLANNED' ? 'PLANNED' : 'OPEN',
    openedOn: school.openedOn ? dayjs(school.openedOn) : null,
  };
}

/** A new school of the officer's district, as createSchool takes it (blank optional fields left out). */
export function schoolInputOf(values: SchoolFormValues, districtCode: string): SchoolInput {
  const input: SchoolInput = {
    id: values.id.trim(),
    name: values.name.trim(),
    stages: values.stages,
    ownership: values.ownership,
    districtCode,
    address: values.address.trim(),
    status: values.status,
  };
  for (const key of OPTIONAL_TEXT) {
    const value = text(values[key]);
    if (value !== null) input[key] = value;
  }
  const location = locationOf(values);
  if (location) input.location = location;
  const openedOn = dateText(values.openedOn);
  if (openedOn) input.openedOn = openedOn;
  return input;
}

/**
 * Only what the officer changed, as updateSchool takes it: an emptied optional field is null (cleared),
 * an untouched one is left out, so the register change lists exactly the fields edited. Empty when
 * nothing changed.
 */
export function schoolPatchOf(values: SchoolFormValues, school: RegisterSchoolFieldsFragment): SchoolPatch {
  const patch: SchoolPatch = {};
  if (values.name.trim() !== school.name) patch.name = values.name.trim();
  if (values.address.trim() !== school.address) patch.address = values.address.trim();
  if (values.ownership !== school.ownership) patch.ownership = values.ownership;
  if ([...values.stages].sort().join() !== [...school.stages].sort().join()) patch.stages = values.stages;
  if (values.status !== school.status && school.status !== 'CLOSED') patch.status = values.status;
  for (const key of OPTIONAL_TEXT) {
    const value = text(values[key]);
    if (value !== (school[key] ?? null)) patch[key] = value;
  }
  const location = locationOf(values);
  const before = school.location ? { lng: school.location.lng, lat: school.location.lat } : null;
  if (JSON.stringify(location) !== JSON.stringify(before)) patch.location = location;
  const openedOn = dateText(values.openedOn);
  if (openedOn !== (school.openedOn ?? null)) patch.openedOn = openedOn;
  return patch;
}

/**
 * The form field a refused register write names: `input.enquiryPhone`, `patch.location` (the longitude
 * box), `closedOn`, `reason`; null when it names none of the form's fields.
 */
export function formFieldOfWrite(field: string | undefined): string | null {
  if (!field) return null;
  const name = field.replace(/^(input|patch)\./, '').split(/[.[]/)[0]!;
  if (name === 'location') return 'lng';
  return name === 'input' || name === 'patch' || name === 'districtCode' ? null : name;
}
