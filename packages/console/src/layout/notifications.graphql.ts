import { graphql } from '../gql';

/** 站内消息 as the bell's drawer and the /inbox page show it. */
export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($unreadOnly: Boolean, $page: Int!, $pageSize: Int!) {
    myNotifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {
      total
      page
      pageSize
      items {
        ...NotificationFields
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);
