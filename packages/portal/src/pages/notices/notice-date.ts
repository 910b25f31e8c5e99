/** A notice's date as the portal shows it (2026年12月6日, Beijing time); no GraphQL here — the home page imports it. */
export const noticeDate = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }) : '';
