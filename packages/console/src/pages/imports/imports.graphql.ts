import { graphql } from '../../gql';

/** The datasets the user may import, with their template columns (填写说明) and download addresses. */
export const IMPORT_DATASETS = graphql(`
  query ImportDatasets {
    importDatasets {
      dataset
      name
      description
      templateUrl
      templateCsvUrl
      columns {
        header
        required
        note
      }
    }
  }
`);

/** One import batch: progress and result (the progress panel and the history table). */
export const IMPORT_BATCH_FIELDS = graphql(`
  fragment ImportBatchFields on ImportBatch {
    id
    dataset
    datasetName
    status
    fileName
    format
    encoding
    departmentName
    rows
    valid
    imported
    unchanged
    duplicates
    conflicts
    errors
    errorCounts {
      code
      name
      rows
    }
    errorReportUrl
    message
    progress
    cancelRequested
    requestedByName
    createdAt
    finishedAt
  }
`);

export const IMPORT_BATCH = graphql(`
  query ImportBatch($id: ID!) {
    importBatch(id: $id) {
      ...ImportBatchFields
    }
  }
`);

export const IMPORT_BATCHES = graphql(`
  query ImportBatches($filter: ImportBatchFilterInput, $page: Int!, $pageSize: Int!) {
    importBatches(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        ...ImportBatchFields
      }
    }
  }
`);

export const CANCEL_IMPORT = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) {
      ...ImportBatchFields
    }
  }
`);
