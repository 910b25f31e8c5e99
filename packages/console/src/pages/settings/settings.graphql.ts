import { graphql } from '../../gql';

export const SETTINGS = graphql(`
  query Settings {
    settings {
      key
      name
      description
      value
      updatedByName
      updatedAt
      version
    }
  }
`);

export const UPDATE_SETTING = graphql(`
  mutation UpdateSetting($key: SettingKey!, $value: String!, $version: Int!) {
    updateSetting(key: $key, value: $value, version: $version) {
      key
      value
      updatedByName
      updatedAt
      version
    }
  }
`);
