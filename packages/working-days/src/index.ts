export { WorkingDayCalendar, beijingDate, nextDay } from './WorkingDayCalendar';
export type { HolidayYear } from './WorkingDayCalendar';
export { loadHolidayCalendar, readHolidayCalendarFile, HOLIDAY_CALENDAR_FILE } from './loadHolidayCalendar';
export type { HolidayCalendarFile } from './loadHolidayCalendar';
export { publicationClock, reviewItemClocks, PUBLICATION_WORKING_DAYS } from './publicationClock';
export type { PublicationClock, ReviewItemClock, ClockedReviewItem } from './publicationClock';
export { parseDecidedOn } from './parseDecidedOn';
export { readHolidayNotice, importHolidayNotice } from './importHolidayNotice';
export type { HolidayNotice, NoticeDay, ImportOptions, ImportResult } from './importHolidayNotice';
