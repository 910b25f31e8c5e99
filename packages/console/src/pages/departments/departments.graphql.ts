import { graphql } from '../../gql';

export const DEPARTMENT_FIELDS = graphql(`
  fragment DepartmentFields on Department {
    id
    code
    name
    shortName
    areaCode
    userCount
    createdAt
  }
`);

export const DEPARTMENTS = graphql(`
  query Departments($keyword: String, $page: Int!, $pageSize: Int!) {
    departments(keyword: $keyword, page: $page, pageSize: $pageSize) {
      items {
        ...DepartmentFields
      }
      total
      page
      pageSize
    }
  }
`);

export const CREATE_DEPARTMENT = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const UPDATE_DEPARTMENT = graphql(`
  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {
    updateDepartment(id: $id, input: $input) {
      ...DepartmentFields
    }
  }
`);
