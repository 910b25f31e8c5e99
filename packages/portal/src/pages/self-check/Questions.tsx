import type { Dispatch, SetStateAction } from 'react';
import { type Answers, type Errors, MAX_MEMBERS, type MemberAnswers, memberName, newMember, type YesNo } from './answers';
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

export function HouseholdStep({ answers, errors, update }: StepProps) {
  return (
    <ChoiceGroup
      field="residenceType"
      label="您家是城镇户籍还是农村户籍？（必填）"
      hint="按户口簿填写；户口簿上不分城乡的，按您家住在城镇还是农村选。"
      value={answers.residenceType}
      options={RESIDENCE_CHOICES as Choice<'URBAN' | 'RURAL'>[]}
      error={errors.residenceType}
      onChange={(v) => update({ residenceType: v })}
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
  return (
    <fieldset className={styles.member}>
      <legend className={styles.memberName}>{name}</legend>
      <SelectField
        field={`${f}.relation`}
        label={index === 0 ? '您与户主的关系（必填）' : '与户主的关系（必填）'}
        hint={index === 0 ? '您本人是户主就选“户主”。' : undefined}
        value={m.relation}
        options={RELATION_CHOICES}
        placeholder="请选择"
        error={errors[`${f}.relation`]}
        onChange={(v) => onChange({ relation: v as MemberAnswers['relation'] })}
      />
      <NumberField field={`${f}.age`} label="年龄（周岁，必填）" unit="岁" value={m.age} error={errors[`${f}.age`]} onChange={(v) => onChange({ age: v })} />
      <ChoiceGroup
        field={`${f}.labourCapacity`}
        label="劳动能力"
        value={m.labourCapacity}
        options={LABOUR_CHOICES as Choice<NonNullable<MemberAnswers['labourCapacity']>>[]}
        unknown
        onChange={(v) => onChange({ labourCapacity: v })}
      />
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
            field={`${f}.disabilityType`}
            label="残疾类别"
            value={m.disabilityType}
            options={DISABILITY_CHOICES as Choice<NonNullable<MemberAnswers['disabilityType']>>[]}
            placeholder="请选择"
            error={errors[`${f}.disabilityType`]}
            onChange={(v) => onChange({ disabilityType: v })}
          />
          <ChoiceGroup
            field={`${f}.disabilityGrade`}
            label="残疾等级"
            hint="看残疾人证，一级最重。"
            value={m.disabilityGrade}
            options={GRADE_CHOICES}
            unknown
            error={errors[`${f}.disabilityGrade`]}
            onChange={(v) => onChange({ disabilityGrade: v })}
          />
        </>
      )}
      <ChoiceGroup
        field={`${f}.seriousIllness`}
        label="有没有重病"
        hint="如癌症、尿毒症、白血病等重特大疾病。"
        value={m.seriousIllness}
        options={YES_NO}
        unknown
        onChange={(v) => onChange({ seriousIllness: v as YesNo })}
      />
      <SelectField
        field={`${f}.schoolStatus`}
        label="上学情况"
        value={m.schoolStatus}
        options={SCHOOL_CHOICES as Choice<NonNullable<MemberAnswers['schoolStatus']>>[]}
        placeholder={UNKNOWN}
        onChange={(v) => onChange({ schoolStatus: v })}
      />
      <SelectField
        field={`${f}.employmentStatus`}
        label="工作情况"
        value={m.employmentStatus}
        options={EMPLOYMENT_CHOICES as Choice<NonNullable<MemberAnswers['employmentStatus']>>[]}
        placeholder={UNKNOWN}
        onChange={(v) => onChange({ employmentStatus: v })}
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
  return (
    <>
      <p className={styles.stepNote}>填全家加在一起的数，单位是元，大概的数就可以。</p>
      <NumberField
        field="wageIncome"
        label="全家上个月的工资收入（元）"
        hint="上班、打工挣的钱；没有就不填。"
        unit="元"
        decimal
        value={answers.wageIncome}
        error={errors.wageIncome}
        onChange={(v) => update({ wageIncome: v })}
      />
      <NumberField
        field="otherIncome"
        label="全家上个月的其他收入（元，必填）"
        hint="养老金、种地养殖、做生意、房租、子女给的生活费等；没有填 0。"
        unit="元"
        decimal
        value={answers.otherIncome}
        error={errors.otherIncome}
        onChange={(v) => update({ otherIncome: v })}
      />
      <NumberField
        field="deposits"
        label="全家的存款和理财（元）"
        hint="银行存款、理财、股票等加在一起；没有就不填。"
        unit="元"
        decimal
        value={answers.deposits}
        error={errors.deposits}
        onChange={(v) => update({ deposits: v })}
      />
      <NumberField
        field="carValue"
        label="家里汽车大概值多少钱（元）"
        hint="没有汽车就不填。"
        unit="元"
        decimal
        value={answers.carValue}
        error={errors.carValue}
        onChange={(v) => update({ carValue: v })}
      />
      <NumberField
        field="homes"
        label="全家有几套住房（套）"
        hint="不清楚可以不填。"
        unit="套"
        value={answers.homes}
        error={errors.homes}
        onChange={(v) => update({ homes: v })}
      />
    </>
  );
}

export function OtherStep({ answers, errors, update, programs, programsFailed }: StepProps & { programs: Choice[] | null; programsFailed: boolean }) {
  return (
    <>
      <p className={styles.stepNote}>最后几个问题，不清楚的可以不选。</p>
      <ChoiceGroup
        field="suddenHardship"
        label="最近有没有遇到突然的、急需帮助的困难？"
        hint="如火灾、交通事故、突发重病、家里主要挣钱的人去世等。"
        value={answers.suddenHardship}
        options={YES_NO}
        unknown
        onChange={(v) => update({ suddenHardship: v as YesNo })}
      />
      <ChoiceGroup
        field="housingDifficulty"
        label="住房有没有困难？"
        hint="如没有自己的房子、房子是危房。"
        value={answers.housingDifficulty}
        options={YES_NO}
        unknown
        onChange={(v) => update({ housingDifficulty: v as YesNo })}
      />
      <NumberField
        field="rigidSpending12m"
        label="近一年看病、上学自己花了多少钱（元）"
        hint="医疗费、学费等必须花的钱，扣除报销后的部分；不清楚可以不填。"
        unit="元"
        decimal
        value={answers.rigidSpending12m}
        error={errors.rigidSpending12m}
        onChange={(v) => update({ rigidSpending12m: v })}
      />
      <ChoiceGroup
        field="disasterAffected"
        label="今年家里有没有受灾？"
        hint="如洪水、地震、山体滑坡等自然灾害。"
        value={answers.disasterAffected}
        options={YES_NO}
        unknown
        onChange={(v) => update({ disasterAffected: v as YesNo })}
      />
      <ChoiceGroup
        field="unionMember"
        label="家里有没有人是工会会员？"
        value={answers.unionMember}
        options={YES_NO}
        unknown
        onChange={(v) => update({ unionMember: v as YesNo })}
      />
      <ChoiceGroup
        field="legalSupport"
        label="有没有应当赡养、抚养或扶养您家的人？"
        hint="如不在一起生活的子女、父母或配偶。"
        value={answers.legalSupport}
        options={LEGAL_SUPPORT_CHOICES as Choice<NonNullable<Answers['legalSupport']>>[]}
        unknown
        onChange={(v) => update({ legalSupport: v })}
      />
      {programs && programs.length > 0 && (
        <CheckGroup
          field="currentPrograms"
          label="家里正在享受的救助"
          hint="可以多选；没有就不选。"
          value={answers.currentPrograms}
          options={programs}
          error={errors.currentPrograms}
          onChange={(v) => update({ currentPrograms: v })}
        />
      )}
      {programsFailed && <p className={styles.stepNote}>“正在享受的救助”暂时无法加载，可以不填，直接测算。</p>}
    </>
  );
}
