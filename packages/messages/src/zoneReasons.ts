/**
 * The catchments service's zone-geometry reasons (services/catchments/src/zones: validateZoneGeometry,
 * readZoneFeatures, importZoneSet) in Chinese. The service keeps them in English where they are
 * made, because its golden files and the PostGIS cross-check compare them; its import report passes
 * each through `translateReason`, as the gateway's upload route and the console do.
 *
 * Rings are named as the service names them (`ring 0` the outer boundary, `ring 2` a hole;
 * `polygon 1 ring 0` in a MultiPolygon, counted from 0); a clerk reads 外边界, 第 2 个内洞, 第 2 块.
 */
type Translate = (reason: string) => string;
type Row = [RegExp, (...groups: string[]) => string];

const RING = '((?:polygon \\d+ )?ring \\d+|a hole(?: in polygon \\d+)?)';
const AT = '(?: (?:at|near) \\[(-?[\\d.]+), (-?[\\d.]+)\\])?';

/** `polygon 1 ring 2` → 第 2 块图形的第 2 个内洞; `ring 0` → 外边界. */
export function ringInChinese(name: string): string {
  const m = /^(?:polygon (\d+) )?ring (\d+)$/.exec(name);
  if (!m) {
    const hole = /^a hole(?: in polygon (\d+))?$/.exec(name);
    return hole ? `${polygonInChinese(hole[1])}一个内洞` : name;
  }
  const ring = Number(m[2]) === 0 ? '外边界' : `第 ${m[2]} 个内洞`;
  return `${polygonInChinese(m[1])}${ring}`;
}

function polygonInChinese(index: string | undefined): string {
  return index === undefined ? '' : `第 ${Number(index) + 1} 块图形的`;
}

function at(lng: string | undefined, lat: string | undefined): string {
  return lng === undefined ? '' : `（在经度 ${lng}、纬度 ${lat} 附近）`;
}

function where(polygon: string | undefined): string {
  return polygon === undefined ? '' : `第 ${Number(polygon) + 1} 块图形`;
}

export function zoneReasonTranslations(translate: Translate): Row[] {
  return [
    // validateZoneGeometry: shape
    [/^has no geometry$/, () => '没有图形（geometry）；请画出学区的范围'],
    [/^not a polygon \(got (.*)\)$/, (type) => `不是面（多边形），而是 ${type}；学区要画成封闭的面`],
    [/^has no coordinates$/, () => '图形没有坐标'],
    [/^polygon (\d+) has no rings$/, (p) => `第 ${Number(p) + 1} 块图形没有边界线`],
    [/^has (\d+) vertices; at most (\d+)$/, (n, max) => `有 ${n} 个顶点，最多 ${max} 个；请在制图软件中简化后再导入`],
    [new RegExp(`^${RING} is not an array of positions$`), (ring) => `${ringInChinese(ring)}不是坐标点的列表`],
    [new RegExp(`^${RING} position (\\d+) is not \\[lng, lat\\]$`), (ring, i) => `${ringInChinese(ring)}的第 ${Number(i) + 1} 个点不是 [经度, 纬度]`],
    [new RegExp(`^${RING} position (\\d+): (.*)$`), (ring, i, rest) => `${ringInChinese(ring)}的第 ${Number(i) + 1} 个点：${translate(rest)}`],
    [new RegExp(`^${RING} has (\\d+) positions; a ring needs at least 4$`), (ring, n) => `${ringInChinese(ring)}只有 ${n} 个点；一条封闭的边界线至少要 4 个点（首尾相同）`],
    [new RegExp(`^${RING} is not closed`), (ring) => `${ringInChinese(ring)}没有闭合（第一个点和最后一个点不同）`],
    [new RegExp(`^${RING} repeats position (\\d+) at (\\d+)`), (ring, a, b) => `${ringInChinese(ring)}的第 ${Number(a) + 1} 个点和第 ${Number(b) + 1} 个点重复（相邻两点相同）`],
    [new RegExp(`^${RING} encloses no area`), (ring) => `${ringInChinese(ring)}围不出面积（所有点在一条直线上）`],
    // validateZoneGeometry: topology (OGC rules, as PostGIS ST_IsValid applies them)
    [new RegExp(`^self-intersection: polygons (\\d+) and (\\d+) overlap or share an edge${AT} \\(parts may touch only at points\\)$`),
      (i, j, lng, lat) => `边界自相交：第 ${Number(i) + 1} 块和第 ${Number(j) + 1} 块图形重叠或共用一段边${at(lng, lat)}（各块之间只能在一个点上相接）`],
    [new RegExp(`^self-intersection(?: in polygon (\\d+))?${AT} \\(rings cross, overlap or share an edge\\)$`),
      (p, lng, lat) => `${where(p)}边界自相交${at(lng, lat)}（边界线交叉、重叠或共用一段边）`],
    [new RegExp(`^self-intersection(?: in polygon (\\d+))?${AT} \\(a ring touches itself`),
      (p, lng, lat) => `${where(p)}边界自相交${at(lng, lat)}（一条边界线碰到了自己；内洞只能在一个点上接触外边界，边界不能“掐腰”）`],
    [new RegExp(`^self-intersection(?: in polygon (\\d+))?${AT} \\(two rings are the same\\)$`),
      (p, lng, lat) => `${where(p)}有两条完全相同的边界线${at(lng, lat)}`],
    [new RegExp(`^interior(?: in polygon (\\d+))? cut in pieces by its holes${AT}`),
      (p, lng, lat) => `${where(p)}的内洞把图形切成了几块${at(lng, lat)}；请把各块画成单独的图形`],
    [new RegExp(`^${RING} is a hole outside its shell$`), (ring) => `${ringInChinese(ring)}在外边界之外；内洞必须在外边界里面`],
    [new RegExp(`^${RING} is a hole inside another hole$`), (ring) => `${ringInChinese(ring)}在另一个内洞里面；内洞不能嵌套`],
    [new RegExp(`^invalid(?: in polygon (\\d+))?: (.*?)${AT}$`), (p, why, lng, lat) => `${where(p)}图形无效${at(lng, lat)}：${why}`],
    // readZoneFeatures, readRuleZones, readDistrictBoundary
    [/^the file is not a GeoJSON FeatureCollection$/, () => '文件不是 GeoJSON 要素集合（FeatureCollection）'],
    [/^the FeatureCollection has no features$/, () => '文件中没有任何学区（要素）'],
    [/^the file names no zone$/, () => '文件中没有学区'],
    [/^no feature has (.+) = (.+)$/, (property, code) => `文件中没有 ${property} 为 ${code} 的要素`],
    [/^property "(.+)" \(zone name\) is missing$/, (property) => `缺少学区名称（属性“${property}”）`],
    [/^property "(.+)" must list 10-digit school codes$/, (property) => `属性“${property}”应列出 10 位学校标识码（多个用逗号分隔）`],
    [/^property "(.+)" \(四至\) must be text$/, (property) => `属性“${property}”（四至）应为文字`],
    [/^has no geometry, and its 四至 text \("(.+)"\) gives no address rule$/, (property) => `没有图形，四至（属性“${property}”）也读不出地址范围；请画出范围或写明四至`],
    [/^property "(.+)" must be one of (.+)$/, (property, choices) => `属性“${property}”应为 ${choices} 之一`],
    [/^a zone with (\d+) schools needs an allocation method such as LOTTERY$/, (n) => `学区对应 ${n} 所学校，须写明分配方式（如 LOTTERY 摇号）`],
    // importZoneSet
    [/^zone name "(.+)" is also used by feature (\d+)$/, (name, first) => `学区名称「${name}」与第 ${Number(first) + 1} 个学区重名；请改用不同的名称`],
    [/^学校「(.+)」matches several schools of the district in the register; write its 10-digit school code beside the name$/,
      (name) => `学校「${name}」在本区名册中有多所同名学校；请在名称旁写上 10 位学校标识码`],
    [/^学校「(.+)」is not a school of the district in the register; write its 10-digit school code beside the name$/,
      (name) => `学校「${name}」不是本区名册中的学校；请核对名称，或在名称旁写上 10 位学校标识码`],
  ];
}
