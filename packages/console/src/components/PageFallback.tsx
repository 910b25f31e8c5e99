import { Flex, Spin } from 'antd';

/** What a page shows while its chunk loads. */
export function PageFallback() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin />
    </Flex>
  );
}

/** What the whole window shows while the console shell loads (after login, or on a first visit to a console page). */
export function FullPageFallback() {
  return (
    <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}
