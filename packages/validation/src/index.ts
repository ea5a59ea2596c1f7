export { PHONE_PATTERN, safeText, optionalText, phoneField, isoDate, schoolId, districtCode } from './fields';
export { DATE_WINDOWS, checkCalendarDate, parseCalendarDate, calendarDate, optionalCalendarDate } from './calendarDate';
export type { YearWindow, CalendarDateCheck } from './calendarDate';
export { decodeFile, TEXT_ENCODINGS } from './decodeFile';
export type { DecodedFile, TextEncoding } from './decodeFile';
