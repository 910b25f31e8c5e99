import { graphql } from '../gql';

/** 后台导出 of a list's current filter (ExportButton); the small ones download directly from /files/exports/<list>.xlsx. */
export const START_LIST_EXPORT = graphql(`
  mutation StartListExport($list: ExportList!, $filters: ExportFiltersInput) {
    startListExport(list: $list, filters: $filters) {
      ...JobFields
    }
  }
`);

/** Progress of one export job while the button shows 导出中. */
export const EXPORT_JOB = graphql(`
  query ExportJob($id: ID!) {
    job(id: $id) {
      ...JobFields
    }
  }
`);
