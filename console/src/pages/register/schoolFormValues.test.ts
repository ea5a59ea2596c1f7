import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import type { RegisterSchoolFieldsFragment } from '../../api/generated/graphql';
import { formFieldOfWrite, formValuesOf, schoolInputOf, schoolPatchOf } from './schoolFormValues';

const school: RegisterSchoolFieldsFragment = {
  id: '3708120001', name: '兖州区实验小学', shortName: null, stages: ['PRIMARY'], ownership: 'PUBLIC', districtCode: '370812',
  address: '建设路1号', location: { lng: 116.79, lat: 35.55 }, enquiryPhone: '0537-3412345', supervisionPhone: '0537-3419999',
  petitionAddress: '教育局信访室', website: null, status: 'OPEN', openedOn: '1990-09-01', closedOn: null, closureReason: null, sampleData: false,
  version: 3, updatedAt: '2026-06-01T00:00:00Z', updatedBy: null,
};

describe('schoolPatchOf', () => {
  it('when nothing is edited, then the patch is empty (nothing is submitted)', () => {
    expect(schoolPatchOf(formValuesOf(school), school)).toEqual({});
  });

  it('when the phone is edited and the short name filled in, then only those two fields are sent', () => {
    const values = { ...formValuesOf(school), enquiryPhone: ' 0537-3410000 ', shortName: '实小' };
    expect(schoolPatchOf(values, school)).toEqual({ enquiryPhone: '0537-3410000', shortName: '实小' });
  });

  it('when an optional field is emptied, then it is sent as null (cleared); when the location is emptied, then location is null', () => {
    const values = { ...formValuesOf(school), petitionAddress: '  ', lng: null, lat: null };
    expect(schoolPatchOf(values, school)).toEqual({ petitionAddress: null, location: null });
  });

  it('when the stages are the same in another order, then they are not a change; the opening date is compared as YYYY-MM-DD', () => {
    const nine = { ...school, stages: ['PRIMARY', 'JUNIOR'] as const };
    const values = { ...formValuesOf({ ...nine, stages: [...nine.stages] }), stages: ['JUNIOR', 'PRIMARY'] as ('JUNIOR' | 'PRIMARY')[], openedOn: dayjs('1990-09-02') };
    expect(schoolPatchOf(values, { ...nine, stages: [...nine.stages] })).toEqual({ openedOn: '1990-09-02' });
  });
});

describe('schoolInputOf', () => {
  it('when a new school is entered, then blank optional fields are left out and the district is the officer\'s', () => {
    const input = schoolInputOf({ id: ' 3708120099 ', name: '新城小学', stages: ['PRIMARY'], ownership: 'PUBLIC', address: '新城路8号', status: 'PLANNED', website: '', lng: 116.8, lat: 35.5 }, '370812');
    expect(input).toEqual({ id: '3708120099', name: '新城小学', stages: ['PRIMARY'], ownership: 'PUBLIC', districtCode: '370812', address: '新城路8号', status: 'PLANNED', location: { lng: 116.8, lat: 35.5 } });
  });
});

describe('formFieldOfWrite', () => {
  it.each([
    ['input.enquiryPhone', 'enquiryPhone'],
    ['patch.location', 'lng'],
    ['patch.location.lat', 'lng'],
    ['closedOn', 'closedOn'],
    ['reason', 'reason'],
    ['input.districtCode', null],
    [undefined, null],
  ])('when the service names %s, then the form marks %s', (field, expected) => {
    expect(formFieldOfWrite(field)).toBe(expected);
  });
});
