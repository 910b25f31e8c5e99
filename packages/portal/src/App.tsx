import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/not-found/NotFoundPage';

// Feature pages load on demand (first-load budget P7).
const PublicityPage = lazy(() => import('./pages/publicity/PublicityPage'));
const PolicyListPage = lazy(() => import('./pages/policy/PolicyListPage'));
const PolicyDetailPage = lazy(() => import('./pages/policy/PolicyDetailPage'));
const WindowsPage = lazy(() => import('./pages/windows/WindowsPage'));
const SelfCheckPage = lazy(() => import('./pages/self-check/SelfCheckPage'));
const FaqPage = lazy(() => import('./pages/faq/FaqPage'));
const ApplyPage = lazy(() => import('./pages/apply/ApplyPage'));
const ProgressPage = lazy(() => import('./pages/progress/ProgressPage'));
const ReportPage = lazy(() => import('./pages/report/ReportPage'));
const MessagesPage = lazy(() => import('./pages/messages/MessagesPage'));
const NoticeListPage = lazy(() => import('./pages/notices/NoticeListPage'));
const NoticeDetailPage = lazy(() => import('./pages/notices/NoticeDetailPage'));

/** Route table of the public portal. Later features (线索报告) add their pages here. */
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
      <Route
        path="/zhengce"
        element={
          <Suspense fallback={null}>
            <PolicyListPage />
          </Suspense>
        }
      />
      <Route
        path="/zhengce/:code"
        element={
          <Suspense fallback={null}>
            <PolicyDetailPage />
          </Suspense>
        }
      />
      <Route
        path="/chuangkou"
        element={
          <Suspense fallback={null}>
            <WindowsPage />
          </Suspense>
        }
      />
      <Route
        path="/zice"
        element={
          <Suspense fallback={null}>
            <SelfCheckPage />
          </Suspense>
        }
      />
      <Route
        path="/wenda"
        element={
          <Suspense fallback={null}>
            <FaqPage />
          </Suspense>
        }
      />
      <Route
        path="/shenqing"
        element={
          <Suspense fallback={null}>
            <ApplyPage />
          </Suspense>
        }
      />
      <Route
        path="/chaxun"
        element={
          <Suspense fallback={null}>
            <ProgressPage />
          </Suspense>
        }
      />
      <Route
        path="/baogao"
        element={
          <Suspense fallback={null}>
            <ReportPage />
          </Suspense>
        }
      />
      <Route
        path="/liuyan"
        element={
          <Suspense fallback={null}>
            <MessagesPage />
          </Suspense>
        }
      />
      <Route
        path="/gonggao"
        element={
          <Suspense fallback={null}>
            <NoticeListPage />
          </Suspense>
        }
      />
      <Route
        path="/gonggao/:id"
        element={
          <Suspense fallback={null}>
            <NoticeDetailPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
