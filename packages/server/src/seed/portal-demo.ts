import type { RequestContext } from '../graphql/request-context';
import { updateServiceWindow, type ServiceWindowInput } from '../modules/portal/window.service';
import { DEMO_DISTRICT, DEMO_TOWNS } from './demo-district';

const DEMO_NOTE = '演示数据：地址、时间和电话均为虚构';
const WEEKDAYS = '工作日 9:00–12:00，14:00–17:30';

/**
 * 受理窗口 of the demo district (门户「受理窗口」), by area code — 演示数据: made-up addresses, hours and numbers for the
 * fictional 和安区 and its towns, each marked as demo in its note. The names stay the default
 * 「<镇街>便民服务中心 社会救助窗口」 except the district's.
 */
export const DEMO_WINDOWS: Record<string, ServiceWindowInput> = {
  [DEMO_DISTRICT.code]: {
    name: '和安区政务服务中心 社会救助综合窗口',
    address: '和安区滨江路 100 号 政务服务中心一楼 B 区 8 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000100',
    mapText: '乘 3 路、12 路公交到“政务服务中心”站下车，向东步行约 100 米；中心正门有无障碍坡道。',
  },
  '500199001000': {
    address: '城南街道南坪路 32 号 便民服务中心一楼 2 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000101',
    mapText: '公交“城南街道”站下车即到。',
  },
  '500199002000': {
    address: '城北街道滨江大道 6 号 街道办事处一楼',
    hours: WEEKDAYS,
    phone: '023-61000102',
    mapText: '轨道交通 1 号线“城北”站 2 号出口，步行约 300 米。',
  },
  '500199003000': {
    address: '东湖街道湖滨路 25 号 社区服务中心一楼',
    hours: WEEKDAYS,
    phone: '023-61000103',
  },
  '500199101000': {
    address: '青石镇人民路 18 号 便民服务中心一楼 3 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000111',
    mapText: '镇政府对面，青石镇汽车站往北步行约 200 米。',
  },
  '500199102000': {
    address: '白鹤镇新街 102 号 便民服务中心二楼',
    hours: '工作日 8:30–12:00，14:00–17:00；逢场天上午照常受理',
    phone: '023-61000112',
  },
  '500199103000': {
    address: '龙泉镇龙泉大道 56 号 镇政府便民服务中心一楼',
    hours: WEEKDAYS,
    phone: '023-61000113',
  },
  '500199104000': {
    address: '石桥镇桥头街 9 号 便民服务中心一楼 1 号窗口',
    hours: WEEKDAYS,
    phone: '023-61000114',
  },
  '500199201000': {
    address: '云岭乡场镇中街 3 号 乡便民服务中心',
    hours: '工作日 9:00–12:00，14:00–17:00；赶场日上午照常受理',
    phone: '023-61000121',
    mapText: '乡场镇客运招呼站下车，沿中街步行约 150 米。',
  },
};

/** Enters the demo windows through the service (validated and logged like the console's edits). */
export async function seedDemoWindows(district: RequestContext): Promise<number> {
  const codes = [DEMO_DISTRICT.code, ...DEMO_TOWNS.map((t) => t.code)].filter((c) => DEMO_WINDOWS[c]);
  for (const code of codes) await updateServiceWindow(district, code, { ...DEMO_WINDOWS[code], note: DEMO_NOTE }, 0);
  return codes.length;
}
