import { Router, type Request, type Response } from 'express';

export interface UploadDeps {
  /** Runs one GraphQL operation through the gateway's own Apollo server as the caller (limits, audit, signed identity apply). */
  execute(request: { query: string; variables: Record<string, unknown> }, req: Request, res: Response): Promise<{ status: number; body: { data?: unknown; errors?: readonly unknown[] } }>;
  fileLimitBytes: number;
}

/**
 * Routers for spreadsheet/map-file uploads and their templates. `upload` is mounted at /upload
 * after authentication and a bureau-only check; `templates` at /templates (public).
 * Minimal first version: the routes exist and answer 501 until the import kinds land.
 */
export function createUploadRouter(deps: UploadDeps): { upload: Router; templates: Router } {
  void deps;
  const upload = Router();
  const templates = Router();
  const notYet = (_req: Request, res: Response) => {
    res.status(501).json({ errors: [{ message: '上传功能尚未完成', extensions: { code: 'NOT_IMPLEMENTED' } }] });
  };
  upload.post('/problems.xlsx', notYet);
  upload.post('/:kind', notYet);
  templates.get('/:file', notYet);
  return { upload, templates };
}
