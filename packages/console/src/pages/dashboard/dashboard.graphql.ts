import { graphql } from '../../gql';

/** The 工作台's to-do counts: one round trip; a queue the user may not work on comes back null. */
export const MY_TODOS = graphql(`
  query MyTodos {
    myTodos {
      pendingSign
      amber
      red
      leadsToConfirm
      extensionReviews
      adminChangeReviews
    }
  }
`);
