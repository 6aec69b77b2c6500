import { regionOf } from '../../../src/ingest/metadata';

describe('regionOf (the region a plan title names)', () => {
  it.each([
    ['重庆市渝中区“十四五”公共服务规划', '渝中区', 'district'],
    ['江北区“十四五”公共服务规划', '江北区', 'district'],
    ['重庆市城口县“十四五”规划', '城口县', 'district'],
    ['重庆市石柱土家族自治县“十四五”公共服务规划', '石柱土家族自治县', 'district'],
    ['重庆市秀山土家族苗族自治县社会事业发展规划', '秀山土家族苗族自治县', 'district'],
    ['重庆市“十五五”社会发展规划', '重庆市', 'municipal'],
  ])('%s → %s', (title, region, level) => {
    expect(regionOf(title)).toEqual({ region, level });
  });
});
