import { Route, Routes } from 'react-router-dom';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';

/** Route table of the public portal. Later features (政策问答, 进度查询, 公示, 在线申请, 报告) add their pages here. */
export function App() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
