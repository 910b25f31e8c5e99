/**
 * 演示数据 — demo acceptance windows shown on the portal home page.
 * The names, addresses and hours are made up for the demo; a deployment replaces this file
 * (or, in a later issue, loads the list from the server).
 */
export interface ServiceWindow {
  /** Stable key for React lists. */
  id: string;
  name: string;
  address: string;
  hours: string;
}

/** Marks the list as demo data in the UI so nobody mistakes it for a real office. */
export const WINDOWS_ARE_DEMO = true;

export const serviceWindows: ServiceWindow[] = [
  {
    id: 'qingshi',
    name: '青石镇便民服务中心 社会救助窗口',
    address: '青石镇人民路 18 号 便民服务中心一楼 3 号窗口',
    hours: '工作日 9:00–12:00，14:00–17:30',
  },
  {
    id: 'hexi',
    name: '河西街道便民服务中心 社会救助窗口',
    address: '河西街道滨江大道 6 号 街道办事处一楼',
    hours: '工作日 9:00–12:00，14:00–17:30',
  },
  {
    id: 'songlin',
    name: '松林镇便民服务中心 社会救助窗口',
    address: '松林镇新街 102 号 便民服务中心二楼',
    hours: '工作日 8:30–12:00，14:00–17:00；逢场天上午照常受理',
  },
];
