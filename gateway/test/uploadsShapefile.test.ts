import JSZip from 'jszip';
import { shapefileToGeoJson } from '../src/uploads/shapefileToGeoJson';
import { UploadError } from '../src/uploads/UploadError';

const zipOf = async (files: Record<string, Buffer | string>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as UploadError);

describe('shapefileToGeoJson', () => {
  it('when a member unpacks past the limit, then 413 without inflating it all (zip bomb)', async () => {
    const bomb = await zipOf({ 'a.shp': Buffer.alloc(4 * 1024 * 1024), 'a.dbf': Buffer.alloc(10) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await refusal(shapefileToGeoJson(bomb, 30_000, 1024 * 1024));
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('when the zip holds two layers or none, then 400 says so in Chinese', async () => {
    const two = await refusal(shapefileToGeoJson(await zipOf({ 'a.shp': 'x', 'b.shp': 'y' })));
    expect(two).toMatchObject({ status: 400, message: expect.stringContaining('2 个图层') });
    const none = await refusal(shapefileToGeoJson(await zipOf({ 'readme.txt': '说明' })));
    expect(none).toMatchObject({ status: 400, message: expect.stringContaining('没有 .shp') });
  });

  it('when the bytes are not a zip, then 400 names the file as unreadable', async () => {
    const error = await refusal(shapefileToGeoJson(Buffer.from('PK\u0003\u0004 not really a zip')));
    expect(error).toMatchObject({ status: 400, field: 'file' });
  });
});
