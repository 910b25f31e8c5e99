import { graphql } from '../../gql';

export const AREAS = graphql(`
  query Areas($parentCode: String, $keyword: String, $page: Int!, $pageSize: Int!) {
    areas(parentCode: $parentCode, keyword: $keyword, page: $page, pageSize: $pageSize) {
      items {
        ...AreaFields
      }
      total
      page
      pageSize
    }
  }
`);

export const CREATE_AREA = graphql(`
  mutation CreateArea($input: AreaInput!) {
    createArea(input: $input) {
      ...AreaFields
    }
  }
`);

export const UPDATE_AREA = graphql(`
  mutation UpdateArea($code: String!, $name: String!) {
    updateArea(code: $code, name: $name) {
      ...AreaFields
    }
  }
`);

export const DELETE_AREA = graphql(`
  mutation DeleteArea($code: String!) {
    deleteArea(code: $code)
  }
`);
