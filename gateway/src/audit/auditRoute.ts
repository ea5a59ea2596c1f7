import type { RequestHandler } from 'express';
import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import { sendError } from '../accounts/sendError';
import type { AuditRepository } from '../data/AuditRepository';
import { parseAuditQuery } from './auditQuery';

/**
 * GET /audit?who=&operation=&outcome=&from=&to=&page=&pageSize= — a bureau reads its own district's
 * audit log, newest first, filtered and paged by the database query (see AuditRepository.search).
 * Answers `{ entries, total, page, pageSize, operations }`: `total` counts every matching entry,
 * `operations` lists every operation in the district's log (for the console's filter). The caller's
 * identity was verified by the auth middleware (res.locals.identity).
 */
export function auditRoute(repository: AuditRepository): RequestHandler {
  return async (req, res) => {
    try {
      const identity = res.locals.identity as Identity;
      if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', '请先登录', { path: 'authorization' });
      if (identity.role !== 'BUREAU') throw new AppError('FORBIDDEN', '只有教育局账号可以查看审计日志', { path: 'authorization' });
      const query = parseAuditQuery(req.query as Record<string, unknown>);
      const [found, operations] = await Promise.all([repository.search(identity.districtCode, query), repository.operations(identity.districtCode)]);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ ...found, page: query.page, pageSize: query.pageSize, operations });
    } catch (error) {
      sendError(res, error);
    }
  };
}
