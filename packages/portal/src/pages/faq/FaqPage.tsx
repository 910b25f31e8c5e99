import { Link } from 'react-router-dom';
import styles from '../../components/Form.module.css';
import { HelpLinks } from '../policy/HelpLinks';
import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import { useRequest } from '../../useRequest';
import { FaqList } from './FaqList';

const PORTAL_FAQS = graphql(`
  query PortalFaqs {
    portalFaqs {
      id
      question
      answer
      programCode
      programName
    }
    portalInfo {
      hotline
    }
  }
`);

/** 常见问题 (/wenda): what people often ask about applying, as the district answers it; tap a question to open it. */
export default function FaqPage() {
  const { data, error, reload } = useRequest(PORTAL_FAQS, {});
  return (
    <PageFrame title="常见问题" intro="点开问题查看回答。金额、材料和办结时限以“政策查询”中各项政策为准。">
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {data && data.portalFaqs.length === 0 && <StateNote>暂无常见问题，有疑问请拨打救助热线或到受理窗口咨询。</StateNote>}
      {data && data.portalFaqs.length > 0 && <FaqList items={data.portalFaqs} withProgram />}
      {data && <HelpLinks hotline={data.portalInfo.hotline} question="没有找到您的问题？" />}
      {data && (
        <section className={styles.section} aria-labelledby="faq-message">
          <h2 id="faq-message" className={styles.sectionTitle}>
            也可以留言
          </h2>
          <p className={styles.note}>写下您的问题，工作人员一般在 5 个工作日内答复。</p>
          <Link className={styles.linkButtonPrimary} to="/liuyan?v=xie">
            我要留言
          </Link>
          <Link className={styles.linkButton} to="/liuyan">
            看看别人的留言和答复
          </Link>
        </section>
      )}
    </PageFrame>
  );
}
