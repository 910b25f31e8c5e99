import { graphql } from '../../gql';

// 通知公告 (modules/portal notice.service.ts)
export const NOTICES = graphql(`
  query Notices {
    notices {
      id
      title
      body
      category
      categoryName
      pinned
      published
      publishedAt
      updatedByName
      updatedAt
      version
    }
  }
`);

export const SAVE_NOTICE = graphql(`
  mutation SaveNotice($id: ID, $input: NoticeInput!, $version: Int!) {
    saveNotice(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);

export const DELETE_NOTICE = graphql(`
  mutation DeleteNotice($id: ID!, $version: Int!) {
    deleteNotice(id: $id, version: $version)
  }
`);
