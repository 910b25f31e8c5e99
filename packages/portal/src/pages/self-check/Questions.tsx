import type { Dispatch, SetStateAction } from 'react';
import { type Answers, type Errors, MAX_MEMBERS, type MemberAnswers, memberName, newMember } from './answers';
import { CheckGroup, ChoiceGroup, FieldError, NumberField, SelectField } from './fields';
import {
  type Choice,
  DISABILITY_CHOICES,
  EMPLOYMENT_CHOICES,
  GRADE_CHOICES,
  LABOUR_CHOICES,
  LEGAL_SUPPORT_CHOICES,
  RELATION_CHOICES,
  RESIDENCE_CHOICES,
  SCHOOL_CHOICES,
  UNKNOWN,
} from './labels';
import styles from './SelfCheck.module.css';

/** The four steps of the questionnaire. Every question may be left at 不清楚 unless it says 必填. */

interface StepProps {
  answers: Answers;
  errors: Errors;
  update: (patch: Partial<Answers>) => void;
}

const YES_NO: Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: '有' },
  { value: 'no', label: '没有' },
];

/**
 * What ties a question to its answer, to spread on the control: `field` (the answer's key as the server names it, e.g.
 * `members.0.age`), the value, its error and the change — for the household's answers or (with `prefix`) a member's.
 */
function answersOf<T extends object>(values: T, errors: Errors, update: (patch: Partial<T>) => void, prefix = '') {
  return <K extends keyof T & string>(key: K) => ({
    field: `${prefix}${key}`,
    value: values[key],
    error: errors[`${prefix}${key}`],
    onChange: (v: T[K]) => {
      const patch: Partial<T> = {};
      patch[key] = v;
      update(patch);
    },
  });
}

export function HouseholdStep({ answers, errors, update }: StepProps) {
  const answer = answersOf(answers, errors, update);
  return (
    <ChoiceGroup
      label="您家是城镇户籍还是农村户籍？（必填）"
      hint="按户口簿填写；户口簿上不分城乡的，按您家住在城镇还是农村选。"
      options={RESIDENCE_CHOICES as Choice<'URBAN' | 'RURAL'>[]}
      {...answer('residenceType')}
    />
  );
}

export function MembersStep({
  answers,
  errors,
  setAnswers,
  clearErrors,
}: StepProps & { setAnswers: Dispatch<SetStateAction<Answers>>; clearErrors: (fields: string[]) => void }) {
  const setMember = (index: number, key: number, patch: Partial<MemberAnswers>) => {
    setAnswers((a) => ({ ...a, members: a.members.map((m) => (m.key === key ? { ...m, ...patch } : m)) }));
    const fields = Object.keys(patch).map((k) => `members.${index}.${k === 'disabled' ? 'disabilityType' : k}`);
    clearErrors('relation' in patch ? [...fields, 'members'] : fields);
  };
  const remove = (key: number) => setAnswers((a) => ({ ...a, members: a.members.filter((m) => m.key !== key) }));
  const add = () => setAnswers((a) => ({ ...a, members: [...a.members, newMember()] }));
  return (
    <>
      <p className={styles.stepNote}>请填写和您一起生活的家人（包括您自己）。不用填姓名，只要关系和年龄；其他问题不清楚可以不选。</p>
      <div data-field="members">
        <FieldError error={errors.members} />
      </div>
      {answers.members.map((m, i) => (
        <MemberCard key={m.key} index={i} member={m} errors={errors} onChange={(patch) => setMember(i, m.key, patch)} onRemove={() => remove(m.key)} />
      ))}
      {answers.members.length < MAX_MEMBERS ? (
        <button type="button" className={styles.addButton} onClick={add}>
          <span aria-hidden="true">＋ </span>添加一位家庭成员
        </button>
      ) : (
        <p className={styles.stepNote}>最多填写 {MAX_MEMBERS} 人。</p>
      )}
    </>
  );
}

function MemberCard({
  index,
  member: m,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  member: MemberAnswers;
  errors: Errors;
  onChange: (patch: Partial<MemberAnswers>) => void;
  onRemove: () => void;
}) {
  const f = `members.${index}`;
  const name = memberName(index);
  const answer = answersOf(m, errors, onChange, `${f}.`);
  return (
    <fieldset className={styles.member}>
      <legend className={styles.memberName}>{name}</legend>
      <SelectField
        label={index === 0 ? '您与户主的关系（必填）' : '与户主的关系（必填）'}
        hint={index === 0 ? '您本人是户主就选“户主”。' : undefined}
        options={RELATION_CHOICES as Choice<Exclude<MemberAnswers['relation'], ''>>[]}
        placeholder="请选择"
        {...answer('relation')}
      />
      <NumberField label="年龄（周岁，必填）" unit="岁" {...answer('age')} />
      <ChoiceGroup label="劳动能力" options={LABOUR_CHOICES as Choice<Exclude<MemberAnswers['labourCapacity'], ''>>[]} unknown {...answer('labourCapacity')} />
      {/* No 不清楚 here: the server has no unknown (no disability type = no disability). */}
      <ChoiceGroup
        field={`${f}.disabled`}
        label="有没有残疾人证"
        value={m.disabled}
        options={YES_NO}
        onChange={(v) => onChange({ disabled: v === 'yes' ? 'yes' : 'no' })}
      />
      {m.disabled === 'yes' && (
        <>
          <SelectField
            label="残疾类别"
            options={DISABILITY_CHOICES as Choice<Exclude<MemberAnswers['disabilityType'], ''>>[]}
            placeholder="请选择"
            {...answer('disabilityType')}
          />
          <ChoiceGroup label="残疾等级" hint="看残疾人证，一级最重。" options={GRADE_CHOICES} unknown {...answer('disabilityGrade')} />
        </>
      )}
      <ChoiceGroup label="有没有重病" hint="如癌症、尿毒症、白血病等重特大疾病。" options={YES_NO} unknown {...answer('seriousIllness')} />
      <SelectField
        label="上学情况"
        options={SCHOOL_CHOICES as Choice<Exclude<MemberAnswers['schoolStatus'], ''>>[]}
        placeholder={UNKNOWN}
        {...answer('schoolStatus')}
      />
      <SelectField
        label="工作情况"
        options={EMPLOYMENT_CHOICES as Choice<Exclude<MemberAnswers['employmentStatus'], ''>>[]}
        placeholder={UNKNOWN}
        {...answer('employmentStatus')}
      />
      {index > 0 && (
        <button type="button" className={styles.removeButton} onClick={onRemove}>
          删除{name}
        </button>
      )}
    </fieldset>
  );
}

export function IncomeStep({ answers, errors, update }: StepProps) {
  const answer = answersOf(answers, errors, update);
  return (
    <>
      <p className={styles.stepNote}>填全家加在一起的数，单位是元，大概的数就可以。</p>
      <NumberField label="全家上个月的工资收入（元）" hint="上班、打工挣的钱；没有就不填。" unit="元" decimal {...answer('wageIncome')} />
      <NumberField
        label="全家上个月的其他收入（元，必填）"
        hint="养老金、种地养殖、做生意、房租、子女给的生活费等；没有填 0。"
        unit="元"
        decimal
        {...answer('otherIncome')}
      />
      <NumberField label="全家的存款和理财（元）" hint="银行存款、理财、股票等加在一起；没有就不填。" unit="元" decimal {...answer('deposits')} />
      <NumberField label="家里汽车大概值多少钱（元）" hint="没有汽车就不填。" unit="元" decimal {...answer('carValue')} />
      <NumberField label="全家有几套住房（套）" hint="不清楚可以不填。" unit="套" {...answer('homes')} />
    </>
  );
}

export function OtherStep({ answers, errors, update, programs, programsFailed }: StepProps & { programs: Choice[] | null; programsFailed: boolean }) {
  const answer = answersOf(answers, errors, update);
  return (
    <>
      <p className={styles.stepNote}>最后几个问题，不清楚的可以不选。</p>
      <ChoiceGroup
        label="最近有没有遇到突然的、急需帮助的困难？"
        hint="如火灾、交通事故、突发重病、家里主要挣钱的人去世等。"
        options={YES_NO}
        unknown
        {...answer('suddenHardship')}
      />
      <ChoiceGroup label="住房有没有困难？" hint="如没有自己的房子、房子是危房。" options={YES_NO} unknown {...answer('housingDifficulty')} />
      <NumberField
        label="近一年看病、上学自己花了多少钱（元）"
        hint="医疗费、学费等必须花的钱，扣除报销后的部分；不清楚可以不填。"
        unit="元"
        decimal
        {...answer('rigidSpending12m')}
      />
      <ChoiceGroup label="今年家里有没有受灾？" hint="如洪水、地震、山体滑坡等自然灾害。" options={YES_NO} unknown {...answer('disasterAffected')} />
      <ChoiceGroup label="家里有没有人是工会会员？" options={YES_NO} unknown {...answer('unionMember')} />
      <ChoiceGroup
        label="有没有应当赡养、抚养或扶养您家的人？"
        hint="如不在一起生活的子女、父母或配偶。"
        options={LEGAL_SUPPORT_CHOICES as Choice<Exclude<Answers['legalSupport'], ''>>[]}
        unknown
        {...answer('legalSupport')}
      />
      {programs && programs.length > 0 && (
        <CheckGroup label="家里正在享受的救助" hint="可以多选；没有就不选。" options={programs} {...answer('currentPrograms')} />
      )}
      {programsFailed && <p className={styles.stepNote}>“正在享受的救助”暂时无法加载，可以不填，直接测算。</p>}
    </>
  );
}
