import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { readTable } from '../src/uploads/readTable';
import { UploadError } from '../src/uploads/UploadError';

describe('readTable', () => {
  it('when an .xlsx has a date, a number, a formula and a blank row, then each cell reads as the clerk sees it and rows keep their numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名录');
    sheet.addRow(['学校标识码', '开办日期', '计划招生数', '合计']);
    sheet.addRow([]);
    sheet.addRow([3708120001, new Date(Date.UTC(2026, 8, 1)), 180, { formula: 'C3*2', result: 360 }]);
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()), '名录.xlsx');
    expect(table.encoding).toBe('XLSX');
    expect(table.rows).toEqual([['学校标识码', '开办日期', '计划招生数', '合计'], ['', '', '', ''], ['3708120001', '2026-09-01', '180', '360']]);
  });

  it('when a CSV is GBK, then it is decoded and said so', async () => {
    const table = await readTable(iconv.encode('学校名称,学段\r\n兖州区实验小学,小学\r\n', 'gbk'), 'a.csv');
    expect(table).toEqual({ encoding: 'GB18030', rows: [['学校名称', '学段'], ['兖州区实验小学', '小学']] });
  });

  it('when the file is an old .xls or a broken .xlsx, then 400 in Chinese names the file', async () => {
    const xls = await readTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'a.xls').catch((e: UploadError) => e);
    expect(xls).toMatchObject({ status: 400, field: 'file', message: expect.stringContaining('.xls') });
    const broken = await readTable(Buffer.from('PK\u0003\u0004broken'), 'a.xlsx').catch((e: UploadError) => e);
    expect(broken).toMatchObject({ status: 400, field: 'file', message: expect.stringContaining('.xlsx') });
  });

  it('when an .xlsx declares more unpacked bytes than the limit, then 413 before exceljs unpacks it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(3 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await readTable(bomb, 'bomb.xlsx', 2 * 1024 * 1024).catch((e: UploadError) => e);
    expect(error).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', field: 'file' });
  });
});
