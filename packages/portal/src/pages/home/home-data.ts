import { request } from '../../api';
import { graphql } from '../../gql';
import type { PortalHomeQuery } from '../../gql/graphql';

/**
 * What the home page reads from the server: the hotline (system setting), the latest 3 通知公告 (置顶 first) and the
 * district's window with the count of all windows. Loaded with a dynamic import from HomePage, so the GraphQL client stays out of the first-load chunk.
 */
const PORTAL_HOME = graphql(`
  query PortalHome {
    portalInfo {
      hotline
    }
    portalNotices(page: 1, pageSize: 3) {
      total
      items {
        id
        title
        categoryName
        pinned
        publishedAt
      }
    }
    portalWindows {
      areaCode
      isDistrict
      name
      address
      hours
      note
    }
  }
`);

export type HomeData = PortalHomeQuery;

export const loadHomeData = (): Promise<HomeData> => request(PORTAL_HOME, {});
