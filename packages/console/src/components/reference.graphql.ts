import { graphql } from '../gql';

/** Reference data shared by several pages' pickers. */
export const AREA_FIELDS = graphql(`
  fragment AreaFields on Area {
    code
    name
    level
    levelName
    parentCode
    childCount
  }
`);

export const AREA_CHILDREN = graphql(`
  query AreaChildren($parentCode: String) {
    areaChildren(parentCode: $parentCode) {
      ...AreaFields
    }
  }
`);

export const ROLES = graphql(`
  query Roles {
    roles {
      code
      name
      description
      admin
      permissions {
        code
        name
      }
    }
  }
`);

export const DEPARTMENT_OPTIONS = graphql(`
  query DepartmentOptions {
    departments(page: 1, pageSize: 100) {
      items {
        id
        code
        name
        shortName
      }
      total
    }
  }
`);
