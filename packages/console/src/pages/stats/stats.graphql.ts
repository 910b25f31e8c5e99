import { graphql } from '../../gql';

/** 统计看板: every section of one area (modules/dashboard: one query layer on the server). */
export const STATS_DASHBOARD = graphql(`
  query StatsDashboard($areaCode: String) {
    dashboard(areaCode: $areaCode) {
      area {
        code
        name
        level
      }
      path {
        code
        name
        level
      }
      from
      to
      months
      sections {
        code
        title
        rowKind
        columns {
          key
          name
          unit
        }
        rows {
          key
          name
          values
        }
        total {
          key
          name
          values
        }
      }
    }
  }
`);
