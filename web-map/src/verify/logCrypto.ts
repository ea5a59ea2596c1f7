/**
 * The WebCrypto checks moved to @zsgk/publication/src/browser, shared with the console's 发布日志 page.
 * Re-exported here only for web-map/src/school/checkSchoolRecords.ts until it imports them from there;
 * then this file goes.
 */
export { leafHashOf, verifyHeadSignature, verifyInclusionPath } from '@zsgk/publication/src/browser';
