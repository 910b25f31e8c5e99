import { ErrorBlock } from 'antd-mobile';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return <ErrorBlock status="empty" fullPage title="页面不存在" description={<Link to="/">返回便民服务首页</Link>} />;
}
