import type { RequestHandler } from 'express';
import type { Identity } from '@zsgk/identity';
import type { AuditRepository } from '../data/AuditRepository';

/**
 * GET /audit?limit=100&before=ISO-date — a bureau reads its own district's audit log, newest first.
 * The caller's identity was verified by the auth middleware (res.locals.identity).
 */
export function auditRoute(repository: AuditRepository): RequestHandler {
  return async (req, res) => {
    const identity = res.locals.identity as Identity;
    if (identity.role !== 'BUREAU') {
      const code = identity.role === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      res.status(code === 'UNAUTHENTICATED' ? 401 : 403).json({ errors: [{ message: 'Only a bureau user reads the audit log.', extensions: { code } }] });
      return;
    }
    const limit = Number(req.query.limit ?? 100);
    const before = typeof req.query.before === 'string' ? new Date(req.query.before) : undefined;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000 || (before && Number.isNaN(before.getTime()))) {
      res.status(400).json({ errors: [{ message: 'limit must be 1–1000 and before an ISO date.', extensions: { code: 'BAD_USER_INPUT', field: 'limit' } }] });
      return;
    }
    res.json({ entries: await repository.forDistrict(identity.districtCode, limit, before) });
  };
}
