import { AppError } from '@zsgk/errors';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import type { GeoJsonUpload } from '../zones/importZoneSet';
import type { RuleUpload } from '../zones/readRuleZones';
import { DEFAULT_MAPPING, type ZonePropertyMapping } from '../zones/readZoneFeatures';

export type CatchmentFileFormat = 'GEOJSON' | 'RULE_TABLE_CSV' | 'RULE_TABLE_XLSX' | 'BOUNDARY_TEXT';

/** The upload fields of CatchmentImportInput. */
export interface ZoneUploadArgs {
  format?: CatchmentFileFormat | null;
  content: string;
  contentEncoding?: 'TEXT' | 'BASE64' | null;
  mapping?: Partial<ZonePropertyMapping> | null;
  repair?: boolean | null;
  readRules?: boolean | null;
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/**
 * The upload as the importer reads it: GeoJSON parsed, a rule table as bytes (text is taken as
 * UTF-8; a GBK file or an .xlsx comes as base64), 四至 text as text. Arguments that cannot be read
 * at all are BAD_USER_INPUT naming the field; what is inside the file is the importer's to report.
 */
export function zoneUploadArgument(input: ZoneUploadArgs): GeoJsonUpload | RuleUpload {
  const format = input.format ?? 'GEOJSON';
  const encoding = input.contentEncoding ?? 'TEXT';
  if (format === 'RULE_TABLE_XLSX' && encoding !== 'BASE64') {
    throw new AppError('BAD_USER_INPUT', '.xlsx 工作簿要以 base64 发送：请把 contentEncoding 设为 BASE64', { path: 'input.contentEncoding' });
  }
  if (format !== 'GEOJSON' && (input.readRules || input.repair)) {
    throw new AppError('BAD_USER_INPUT', 'repair（自动修复）和 readRules（读取四至）只用于 GeoJSON 文件', { path: input.readRules ? 'input.readRules' : 'input.repair' });
  }
  if (encoding === 'BASE64' && !BASE64.test(input.content)) throw new AppError('BAD_USER_INPUT', 'content 不是 base64 编码的文件内容；请重新选择文件上传', { path: 'input.content' });
  const bytes = () => (encoding === 'BASE64' ? new Uint8Array(Buffer.from(input.content, 'base64')) : new TextEncoder().encode(input.content));
  switch (format) {
    case 'RULE_TABLE_CSV':
    case 'RULE_TABLE_XLSX':
      return { format, bytes: bytes() };
    case 'BOUNDARY_TEXT':
      return { format, text: encoding === 'BASE64' ? new TextDecoder().decode(bytes()) : input.content };
    case 'GEOJSON': {
      const text = encoding === 'BASE64' ? new TextDecoder().decode(bytes()) : input.content;
      return {
        format,
        collection: parseJsonArgument(text, 'input.content'),
        mapping: { ...DEFAULT_MAPPING, ...(input.mapping ?? {}) },
        repair: input.repair ?? false,
        readRules: input.readRules ?? false,
      };
    }
  }
}
