import type { Identity } from '@zsgk/identity';
import { messageFor, translateReason } from '@zsgk/messages';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { problemsWorkbook } from './problemsWorkbook';
import { UploadFields } from './uploadFields';
import { UploadError } from './UploadError';
import { UPLOAD_KINDS, type GraphqlError, type PreparedImport, type UploadKindName } from './uploadKinds';
import type { UploadProblem } from './UploadProblem';
import { TABLE_TEMPLATES, templateCsv, templateXlsx, ZONES_TEMPLATE } from './uploadTemplates';

export interface UploadDeps {
  /** Runs one GraphQL operation through the gateway's own Apollo server as the caller (limits, audit, signed identity apply). */
  execute(request: { query: string; variables: Record<string, unknown> }, req: Request, res: Response): Promise<{ status: number; body: { data?: unknown; errors?: readonly unknown[] } }>;
  fileLimitBytes: number;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** HTTP status of a service error that is not about the file's rows. */
const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413, QUERY_TOO_COMPLEX: 400, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503, INTERNAL_SERVER_ERROR: 500,
};
const problemsBody = z.object({
  problems: z.array(z.object({ row: z.number().int().nullable(), column: z.string().max(500).nullable(), reason: z.string().max(5000) })).max(100_000),
});

/**
 * Routers for file uploads and their templates. `upload` (mounted at /upload, after authentication
 * and a bureau-only check, so nothing reads the body of anyone else) turns one multipart file into
 * the existing import mutation, runs it through `execute` as the caller, and answers the problems
 * on the clerk's own rows and column headers. `templates` (mounted at /templates, public) serves a
 * CSV (UTF-8 with BOM) and an .xlsx template per kind, and zones.geojson.
 */
export function createUploadRouter(deps: UploadDeps): { upload: Router; templates: Router } {
  // defParamCharset (multer 2, not in @types/multer): file names from browsers are UTF-8 (学校名录.xlsx).
  const options = {
    storage: multer.memoryStorage(),
    limits: { fileSize: deps.fileLimitBytes, files: 1, fields: 30, fieldSize: 64 * 1024, parts: 32 },
    defParamCharset: 'utf8',
  };
  const parseFile = multer(options).single('file');

  const upload = Router();
  upload.post('/problems.xlsx', express.json({ limit: '20mb' }), async (req, res) => {
    const parsed = problemsBody.safeParse(req.body);
    if (!parsed.success) {
      return void res.status(400).json(new UploadError(400, 'BAD_USER_INPUT', '请求体须为 { problems: [{ row, column, reason }] }。', 'problems').toBody());
    }
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="problems.xlsx"; filename*=UTF-8''${encodeURIComponent('导入问题.xlsx')}`);
    res.send(await problemsWorkbook(parsed.data.problems));
  });

  upload.post('/:kind', async (req, res) => {
    const kind = req.params.kind as UploadKindName;
    try {
      if (!Object.hasOwn(UPLOAD_KINDS, kind)) {
        throw new UploadError(404, 'NOT_FOUND', `没有「${kind}」这种导入；可用：${Object.keys(UPLOAD_KINDS).join('、')}。`, 'kind');
      }
      const identity = res.locals.identity as Identity | undefined;
      if (identity?.role !== 'BUREAU') throw new UploadError(403, 'FORBIDDEN', '只有教育局账号可以导入文件。');
      await runMulter(parseFile, deps.fileLimitBytes, req, res);
      const file = (req as Request & { file?: Express.Multer.File }).file;
      if (!file) throw new UploadError(400, 'BAD_USER_INPUT', '缺少文件：请用 multipart/form-data 在字段 file 中上传一个文件。', 'file');
      if (file.size === 0) throw new UploadError(400, 'BAD_USER_INPUT', '上传的文件是空的。', 'file');
      const prepared = await UPLOAD_KINDS[kind]({ bytes: file.buffer, fileName: file.originalname, fields: new UploadFields(req.body ?? {}), districtCode: identity.districtCode });
      if ('problems' in prepared) return void answerRefused(res, kind, 422, prepared.problems, [fileError(prepared.problems.length)]);
      await runImport(deps, prepared, kind, req, res);
    } catch (error) {
      if (error instanceof UploadError) {
        return void res.status(error.status).json({ kind, accepted: false, problems: [{ row: null, column: null, reason: error.message }], ...error.toBody() });
      }
      console.error('[gateway] upload failed', error);
      res.status(500).json({ kind, accepted: false, problems: [], errors: [{ message: '导入时发生内部错误，未导入任何内容；请稍后重试或联系管理员。', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });

  const templates = Router();
  templates.get('/:file', async (req, res) => {
    const file = req.params.file;
    if (file === 'zones.geojson') {
      res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="zones.geojson"');
      return void res.send(JSON.stringify(ZONES_TEMPLATE, null, 2));
    }
    const m = /^(\w+)\.(csv|xlsx)$/.exec(file);
    const template = m && Object.hasOwn(TABLE_TEMPLATES, m[1]!) ? TABLE_TEMPLATES[m[1] as keyof typeof TABLE_TEMPLATES] : undefined;
    if (!m || !template) {
      const names = [...Object.keys(TABLE_TEMPLATES).flatMap((k) => [`${k}.csv`, `${k}.xlsx`]), 'zones.geojson'];
      return void res.status(404).json(new UploadError(404, 'NOT_FOUND', `没有模板「${file}」；可用：${names.join('、')}。`, 'file').toBody());
    }
    const download = `${template.title}模板.${m[2]}`;
    res.setHeader('Content-Disposition', `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(download)}`);
    res.setHeader('Cache-Control', 'public, max-age=300');
    if (m[2] === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      return void res.send(templateCsv(template));
    }
    res.setHeader('Content-Type', XLSX_TYPE);
    res.send(await templateXlsx(template));
  });
  return { upload, templates };
}

async function runImport(deps: UploadDeps, prepared: PreparedImport, kind: string, req: Request, res: Response) {
  let answer;
  try {
    answer = await deps.execute({ query: prepared.query, variables: prepared.variables }, req, res);
  } catch (error) {
    console.error('[gateway] upload: import could not be run', error);
    throw new UploadError(502, 'SERVICE_UNAVAILABLE', '导入服务暂时无法访问，未导入任何内容；请稍后重试。');
  }
  const report = (answer.body.data as Record<string, Record<string, unknown> | null> | null | undefined)?.[prepared.field];
  const errors = (answer.body.errors ?? []) as GraphqlError[];
  if (report && !errors.length) {
    if (report.accepted) return void res.status(200).json({ kind, accepted: true, report, problems: [] });
    const problems = prepared.problemsOf(report).map(inChinese);
    return void res.status(422).json({ kind, accepted: false, report, problems, errors: [fileError(problems.length)] });
  }
  const problems = errors.flatMap((e): UploadProblem[] => {
    const rows = prepared.problemsOfError(e);
    return rows.length ? rows.map(inChinese) : [{ row: null, column: null, reason: errorInChinese(e) }];
  });
  const rowsNamed = errors.some((e) => prepared.problemsOfError(e).length);
  const code = errors[0]?.extensions?.code ?? '';
  const status = rowsNamed ? 422 : (STATUS_OF[code] ?? (answer.status >= 400 && answer.status !== 400 ? answer.status : 422));
  answerRefused(res, kind, status, problems, errors);
}

function answerRefused(res: Response, kind: string, status: number, problems: UploadProblem[], errors: readonly unknown[]) {
  res.status(status).json({ kind, accepted: false, problems, errors });
}

function fileError(count: number) {
  return { message: `文件中有 ${count} 处问题，未导入任何内容；请按问题表修改后重新上传。`, extensions: { code: 'BAD_USER_INPUT', field: 'file' } };
}

function runMulter(handler: express.RequestHandler, limitBytes: number, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    handler(req, res, ((error?: unknown) => {
      if (!error) return resolve();
      if (error instanceof multer.MulterError) {
        if (error.code === 'LIMIT_FILE_SIZE') {
          return reject(new UploadError(413, 'PAYLOAD_TOO_LARGE', `文件太大：上限为 ${sizeText(limitBytes)}，未导入任何内容。请拆分文件后分批上传。`, 'file'));
        }
        if (error.code === 'LIMIT_UNEXPECTED_FILE' || error.code === 'LIMIT_FILE_COUNT') {
          return reject(new UploadError(400, 'BAD_USER_INPUT', `只接受一个文件，字段名须为 file（收到字段「${error.field ?? ''}」）。`, 'file'));
        }
        return reject(new UploadError(400, 'BAD_USER_INPUT', `上传的表单有误（${error.code}）。`, error.field));
      }
      reject(new UploadError(400, 'BAD_USER_INPUT', '上传的表单无法读取：请用 multipart/form-data 上传。', 'file'));
    }) as NextFunction);
  });
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

const CHINESE = /[\u4e00-\u9fff]/;

/** A service reason still in English: @zsgk/messages' translation where it has one, else as it is. */
function inChinese(problem: UploadProblem): UploadProblem {
  return CHINESE.test(problem.reason) ? problem : { ...problem, reason: translateReason(problem.reason) };
}

/** A refusal not about a row: its message if Chinese, else the catalogue's message for its code with the detail after it. */
function errorInChinese(error: GraphqlError): string {
  if (CHINESE.test(error.message)) return error.message;
  const code = error.extensions?.code;
  return code ? `${messageFor(code, 'zh-CN', error.extensions?.details)}（${error.message}）` : error.message;
}
