import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';

// Feature pages load on demand (first-load budget P7).
const PublicityPage = lazy(() => import('./pages/publicity/PublicityPage'));

/** Route table of the public portal. Later features (政策问答, 进度查询, 公示, 在线申请, 报告) add their pages here. */
export function App() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route
        path="/gongshi"
        element={
          <Suspense fallback={null}>
            <PublicityPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
