export { PHONE_PATTERN, safeText, optionalText, phoneField, isoDate, schoolId, districtCode } from './fields';
