import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import { applyFieldErrors, fieldPath } from './fieldErrors';

function fakeForm(names: (string | number)[][]) {
  const setFields = vi.fn();
  const form = {
    getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })),
    setFields,
    scrollToField: vi.fn(),
  } as unknown as FormInstance;
  return { form, setFields };
}

const serverError = (...errors: { message: string; field?: string }[]) =>
  new CombinedGraphQLErrors({
    errors: errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', ...(e.field ? { field: e.field } : {}) } })),
  });

describe('server errors on form fields', () => {
  it('turns dotted paths into name paths', () => {
    expect(fieldPath('members.1.idNumber')).toEqual(['members', 1, 'idNumber']);
  });

  it('puts an error under the field it names, and returns the others', () => {
    const { form, setFields } = fakeForm([['address'], ['members', 1, 'idNumber']]);
    const rest = applyFieldErrors(
      form,
      serverError({ message: '身份证号码校验位错误，请核对', field: 'members.1.idNumber' }, { message: '须有且只有一名户主', field: 'members' }),
    );
    expect(setFields).toHaveBeenCalledWith([{ name: ['members', 1, 'idNumber'], errors: ['身份证号码校验位错误，请核对'] }]);
    expect(rest).toEqual(['须有且只有一名户主']);
  });

  it('maps the server’s path to the form’s', () => {
    const { form, setFields } = fakeForm([['idNumber']]);
    const rest = applyFieldErrors(form, serverError({ message: '重复', field: 'members.0.idNumber' }), (f) => f.replace(/^members\.0\./, ''));
    expect(rest).toEqual([]);
    expect(setFields).toHaveBeenCalledWith([{ name: ['idNumber'], errors: ['重复'] }]);
  });
});
