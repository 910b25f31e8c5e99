/** 演示数据 — the demo 救助热线. A deployment sets the district's real number here. */
export const hotline = {
  label: '救助热线',
  /** Shown to people. */
  display: '023-12345',
  /** Used in the tel: link (digits only, dialable everywhere). */
  dial: '02312345',
  isDemo: true,
  note: '工作日 9:00–17:30 有人接听；紧急情况请拨打 110 / 120',
};
