import type { Crs } from './readZoneFile';
import { UploadError } from './UploadError';

/** The text fields of a multipart upload, read with Chinese errors naming the field. */
export class UploadFields {
  constructor(private readonly values: Record<string, unknown>) {}

  text(name: string): string | undefined {
    const value = this.values[name];
    const text = Array.isArray(value) ? value[0] : value;
    return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
  }

  year(name = 'year'): number {
    const text = this.text(name);
    if (text === undefined) throw new UploadError(400, 'BAD_USER_INPUT', `缺少字段 ${name}（学年，如 2026）。`, name);
    if (!/^\d{4}$/.test(text)) throw new UploadError(400, 'BAD_USER_INPUT', `字段 ${name} 须为四位年份（如 2026），收到「${text}」。`, name);
    return Number(text);
  }

  stage(name = 'stage'): string {
    const text = this.text(name);
    const stages: Record<string, string> = { 幼儿园: 'KINDERGARTEN', 小学: 'PRIMARY', 初中: 'JUNIOR', 高中: 'SENIOR' };
    const stage = text === undefined ? undefined : (stages[text] ?? (Object.values(stages).includes(text.toUpperCase()) ? text.toUpperCase() : undefined));
    if (!stage) throw new UploadError(400, 'BAD_USER_INPUT', `字段 ${name} 须为学段：小学、初中、高中或幼儿园（PRIMARY、JUNIOR、SENIOR、KINDERGARTEN）${text ? `，收到「${text}」` : ''}。`, name);
    return stage;
  }

  /** WGS84, GCJ02 or BD09; AUTO (or absent) means "the file says"; undefined when AUTO. */
  crs(name = 'crs'): Crs | undefined {
    const text = (this.text(name) ?? 'AUTO').toUpperCase().replace(/[-_\s]/g, '');
    if (text === 'AUTO') return undefined;
    return this.namedCrs(name, text);
  }

  /**
   * For a table with 经度/纬度 columns, which cannot state its coordinate system: absent = WGS84
   * (the import mutations' default); AUTO = the clerk left it to the file, so the clerk is asked.
   */
  tableCrs(name = 'crs'): Crs {
    const text = this.text(name)?.toUpperCase().replace(/[-_\s]/g, '');
    if (text === undefined) return 'WGS84';
    if (text === 'AUTO') throw crsRequired('表格里的经度、纬度无法注明坐标系：请选择 WGS-84（GPS、天地图）、GCJ-02（高德、腾讯地图）或 BD-09（百度地图）后重新上传。', name);
    return this.namedCrs(name, text);
  }

  private namedCrs(name: string, text: string): Crs {
    if (text === 'WGS84' || text === 'GCJ02' || text === 'BD09') return text;
    throw new UploadError(400, 'BAD_USER_INPUT', `字段 ${name} 须为 WGS84、GCJ02、BD09 或 AUTO，收到「${this.text(name)}」。`, name);
  }

  flag(name: string): boolean | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if (/^(true|1|是|yes)$/i.test(text)) return true;
    if (/^(false|0|否|no)$/i.test(text)) return false;
    throw new UploadError(400, 'BAD_USER_INPUT', `字段 ${name} 须为 true 或 false，收到「${text}」。`, name);
  }

  rowNumbers(name: string): number[] | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    const parts = text.split(/[,，、\s]+/).filter(Boolean);
    if (!parts.every((p) => /^\d+$/.test(p))) throw new UploadError(400, 'BAD_USER_INPUT', `字段 ${name} 须为行号，用逗号分隔（如 3,5），收到「${text}」。`, name);
    return parts.map(Number);
  }
}

/** The file does not say its coordinate system: BAD_USER_INPUT on `crs`, details.crsRequired, so the console can offer the choice. */
export function crsRequired(message = CRS_REQUIRED_MESSAGE, field = 'crs'): UploadError {
  return new UploadError(400, 'BAD_USER_INPUT', message, field, { crsRequired: true, choices: ['WGS84', 'GCJ02', 'BD09'] });
}

export const CRS_REQUIRED_MESSAGE =
  '文件没有说明坐标系：请选择 WGS-84（GPS、天地图）、GCJ-02（高德、腾讯地图）或 BD-09（百度地图）后重新上传。';
