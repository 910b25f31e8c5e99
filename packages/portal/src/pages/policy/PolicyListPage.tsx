import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import type { PortalProgramsQuery } from '../../gql/graphql';
import { useRequest } from '../../useRequest';
import { HelpLinks } from './HelpLinks';
import styles from './Policy.module.css';

const PORTAL_PROGRAMS = graphql(`
  query PortalPrograms {
    portalPrograms {
      code
      name
      ownerName
      summary
    }
    portalInfo {
      hotline
    }
  }
`);

type Program = PortalProgramsQuery['portalPrograms'][number];

/** Programs by their department, in catalogue order (the first program of a department places its group). */
function byDepartment(programs: Program[]): Array<{ owner: string; programs: Program[] }> {
  const groups = new Map<string, Program[]>();
  for (const p of programs) {
    const owner = p.ownerName ?? '其他部门';
    groups.set(owner, [...(groups.get(owner) ?? []), p]);
  }
  return [...groups].map(([owner, list]) => ({ owner, programs: list }));
}

/** 政策查询: every program the platform handles, by department, searchable by name; each opens its plain-word page. */
export default function PolicyListPage() {
  const { data, error, reload } = useRequest(PORTAL_PROGRAMS, {});
  const [keyword, setKeyword] = useState('');
  const searchId = useId();

  const kw = keyword.trim();
  const groups = useMemo(() => byDepartment((data?.portalPrograms ?? []).filter((p) => !kw || p.name.includes(kw) || p.summary.includes(kw))), [data, kw]);
  const hotline = data?.portalInfo.hotline;

  return (
    <PageFrame title="政策查询" intro="每项社会救助说清楚：谁可以申请、能得到什么帮助、要带哪些材料、多久办好。点一项查看详细说明。">
      <div className={styles.search}>
        <label htmlFor={searchId}>按名称查找</label>
        <input
          id={searchId}
          className={styles.searchInput}
          type="search"
          enterKeyHint="search"
          placeholder="如：低保、医疗、残疾"
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
        />
      </div>

      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {data && groups.length === 0 && <StateNote>没有找到“{kw}”，请换个词试试，或拨打救助热线咨询。</StateNote>}

      {groups.map((g) => (
        <section key={g.owner} className={styles.group} aria-labelledby={`${searchId}-${g.programs[0].code}`}>
          <h2 className={styles.groupTitle} id={`${searchId}-${g.programs[0].code}`}>
            {g.owner}
          </h2>
          <ul className={styles.list}>
            {g.programs.map((p) => (
              <li key={p.code}>
                <Link to={`/zhengce/${p.code}`} className={styles.item}>
                  <span className={styles.itemText}>
                    <span className={styles.itemName}>{p.name}</span>
                    <span className={styles.itemSummary}>{p.summary}</span>
                  </span>
                  <span className={styles.chevron} aria-hidden="true">
                    ›
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {data && <HelpLinks hotline={hotline ?? null} question="不知道自己能申请什么？" />}
    </PageFrame>
  );
}
