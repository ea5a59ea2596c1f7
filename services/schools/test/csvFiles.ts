import iconv from 'iconv-lite';
import { schoolRow } from './schoolsServer';

/** The Chinese headers of a bureau's Excel sheet, in sheet order. */
export const CHINESE_HEADERS = ['学校标识码', '学校名称', '学段', '办学性质', '地址', '经度', '纬度', '招生咨询电话', '监督举报电话', '信访接待地址'];

/** One sheet row for school n of district 370812 (see schoolRow), overrides by Chinese header. */
export function csvRow(n: number, overrides: Record<string, string> = {}): string[] {
  const row = schoolRow(n) as any;
  const cells: Record<string, string> = {
    学校标识码: row.id,
    学校名称: row.name,
    学段: '小学',
    办学性质: '公办',
    地址: row.address,
    经度: String(row.location.lng),
    纬度: String(row.location.lat),
    招生咨询电话: row.enquiryPhone,
    监督举报电话: row.supervisionPhone,
    信访接待地址: row.petitionAddress,
    ...overrides,
  };
  return CHINESE_HEADERS.map((h) => cells[h]!);
}

/** CSV text as Excel writes it: CRLF line ends, cells quoted when they need it. */
export function csvText(rows: string[][], headers = CHINESE_HEADERS): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
export const utf8WithBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]).toString('base64');
export const gbk = (text: string) => iconv.encode(text, 'gbk').toString('base64');
