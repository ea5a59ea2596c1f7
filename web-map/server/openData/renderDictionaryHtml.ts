import type { OpenDataDictionary } from './openDataDictionary';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The data dictionary as a page (Chinese, English meanings beside), styled by /open-data/open-data.css only. */
export function renderDictionaryHtml(dictionary: OpenDataDictionary): string {
  const e = escapeHtml;
  const values = (v: Record<string, string> | null) =>
    v ? `<ul class="codes">${Object.entries(v).map(([code, meaning]) => `<li><code>${e(code)}</code> ${e(meaning)}</li>`).join('')}</ul>` : '';
  const files = dictionary.files
    .map(
      (file) => `<section aria-labelledby="f-${e(file.file)}">
<h2 id="f-${e(file.file)}"><code>${e(file.file)}</code> ${e(file.title)} <span lang="en">(${e(file.titleEn)})</span></h2>
<p>${e(file.format)}</p>
<div class="scroll"><table>
<caption>${e(file.file)} 的列 · columns</caption>
<thead><tr><th scope="col">中文列名</th><th scope="col">机器名 <span lang="en">name</span></th><th scope="col">类型 <span lang="en">type</span></th><th scope="col">单位 <span lang="en">unit</span></th><th scope="col">含义 <span lang="en">meaning</span></th></tr></thead>
<tbody>
${file.columns
  .map((c) => `<tr><th scope="row">${e(c.header)}</th><td><code>${e(c.name)}</code></td><td>${e(c.type)}</td><td>${e(c.unit ?? '')}</td><td>${e(c.meaning)}<br /><span lang="en" class="en">${e(c.meaningEn)}</span>${values(c.values)}</td></tr>`)
  .join('\n')}
</tbody></table></div>
</section>`,
    )
    .join('\n');
  const csv = Object.entries(dictionary.csv).map(([k, v]) => `<li><code>${e(k)}</code>：${e(v)}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>开放数据字典 · ${e(dictionary.districtCode)}</title>
<link rel="stylesheet" href="/open-data/open-data.css" />
</head>
<body>
<main>
<h1>开放数据字典 <span lang="en">Data dictionary</span> · ${e(dictionary.districtCode)}</h1>
<p><a href="/open-data">返回开放数据下载</a> · <a href="/open-data/${e(dictionary.districtCode)}/dictionary.json">JSON 格式</a></p>
<h2>CSV 格式约定</h2>
<ul>${csv}</ul>
<p>${e(dictionary.verification)}</p>
${files}
</main>
</body>
</html>
`;
}
