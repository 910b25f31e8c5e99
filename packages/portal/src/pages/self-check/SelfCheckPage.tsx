import { useEffect, useRef, useState } from 'react';
import { Button, Dialog } from 'antd-mobile';
import { PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import type { SelfCheckQuery } from '../../gql/graphql';
import { ApiError, request } from '../../api';
import { type Answers, type Errors, emptyAnswers, STEPS, stepOfField, toInput, validateStep } from './answers';
import type { Choice } from './labels';
import { FieldError } from './fields';
import { HouseholdStep, IncomeStep, MembersStep, OtherStep } from './Questions';
import { Results } from './Results';
import styles from './SelfCheck.module.css';

const SELF_CHECK = graphql(`
  query SelfCheck($answers: SelfCheckInput!) {
    selfCheck(answers: $answers) {
      programCode
      programName
      ownerName
      outcome
      verdict
      reasons
      missing
      estimatedMonthly
    }
    portalInfo {
      hotline
    }
  }
`);

/** For 正在享受的救助: the programs the platform accepts (the only codes the self-check takes). */
const PROGRAMS = graphql(`
  query SelfCheckPrograms {
    portalPrograms {
      code
      name
    }
  }
`);

export type SelfCheckResult = SelfCheckQuery['selfCheck'][number];

const RESULTS = STEPS.length;

/**
 * 我能申请什么 (/zice): a few plain questions in four steps → the rules engine over the catalogue in force (the
 * anonymous `selfCheck` query) → results grouped for the reader. No name, no ID number; the answers live in this
 * component's state only (nothing in localStorage, nothing sent but the query) and are gone when the page closes.
 */
export default function SelfCheckPage() {
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [results, setResults] = useState<SelfCheckResult[] | null>(null);
  const [hotline, setHotline] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [programs, setPrograms] = useState<Choice[] | null>(null);
  const [programsFailed, setProgramsFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const [errorTick, setErrorTick] = useState(0);

  useEffect(() => {
    request(PROGRAMS, {})
      .then((d) => setPrograms(d.portalPrograms.map((p) => ({ value: p.code, label: p.name }))))
      .catch(() => setProgramsFailed(true));
  }, []);

  // A new step or the results: back to the top, and the screen reader starts at its heading (not on the first load).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (!moved.current) {
      moved.current = true;
      return;
    }
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [step]);

  // After a failed check: the first wrong answer gets the focus (its message is announced by role="alert").
  useEffect(() => {
    if (!errorTick) return;
    const form = formRef.current;
    if (!form) return;
    // A wrong answer is marked aria-invalid; 户主 missing or doubled has no single control: the first 与户主的关系 then.
    const invalid =
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      (form.querySelector('[data-field="members"] [role="alert"]') ? form.querySelector<HTMLElement>('select') : null);
    const target = invalid?.matches('input, select') ? invalid : invalid?.querySelector<HTMLElement>('input, select');
    target?.focus({ preventScroll: true });
    invalid?.scrollIntoView({ block: 'center' });
  }, [errorTick]);

  /** An answer changed: its message goes (the check runs again on 下一步). */
  const clearErrors = (fields: string[]) =>
    setErrors((e) => (fields.some((f) => f in e) ? Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k))) : e));

  const update = (patch: Partial<Answers>) => {
    setAnswers((a) => ({ ...a, ...patch }));
    clearErrors(Object.keys(patch));
  };

  const fail = (e: Errors, at: number) => {
    setErrors(e);
    setStep(at);
    setErrorTick((n) => n + 1);
  };

  const next = () => {
    const e = validateStep(step, answers);
    if (Object.keys(e).length) return fail(e, step);
    setErrors({});
    setSendError(null);
    if (step < RESULTS - 1) setStep(step + 1);
    else void submit();
  };

  const submit = async () => {
    for (let s = 0; s < RESULTS; s++) {
      const e = validateStep(s, answers);
      if (Object.keys(e).length) return fail(e, s);
    }
    setSending(true);
    setSendError(null);
    try {
      const data = await request(SELF_CHECK, { answers: toInput(answers) });
      setResults(data.selfCheck);
      setHotline(data.portalInfo.hotline ?? null);
      setStep(RESULTS);
    } catch (err) {
      if (err instanceof ApiError && err.field) fail({ [err.field]: err.message }, stepOfField(err.field));
      else setSendError(err instanceof Error ? err.message : '测算失败，请稍后再试');
    } finally {
      setSending(false);
    }
  };

  const restart = async () => {
    const ok = await Dialog.confirm({ title: '重新测算', content: '清空已填写的全部回答，从头开始？', confirmText: '清空重填', cancelText: '取消' });
    if (!ok) return;
    setAnswers(emptyAnswers());
    setResults(null);
    setErrors({});
    setStep(0);
  };

  const stepProps = { answers, errors, update };

  return (
    <PageFrame
      title="我能申请什么"
      intro={step === 0 && '回答几个问题，看看您家可能可以申请哪些社会救助。'}
      headerExtra={<p className={styles.privacy}>不用填姓名和身份证号，不保存、不记名。结果仅供参考，以窗口受理和部门认定为准。</p>}
    >
      {step < RESULTS ? (
        <div ref={formRef} className={styles.form}>
          <div className={styles.stepHead}>
            <h2 ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
              <span className={styles.stepNo}>
                第 {step + 1} 步（共 {RESULTS} 步）
              </span>
              {STEPS[step]}
            </h2>
            <div className={styles.progress} aria-hidden="true">
              <span style={{ width: `${((step + 1) / RESULTS) * 100}%` }} />
            </div>
          </div>

          {step === 0 && <HouseholdStep {...stepProps} />}
          {step === 1 && <MembersStep {...stepProps} setAnswers={setAnswers} clearErrors={clearErrors} />}
          {step === 2 && <IncomeStep {...stepProps} />}
          {step === 3 && <OtherStep {...stepProps} programs={programs} programsFailed={programsFailed} />}

          <FieldError error={sendError ?? undefined} />
          <div className={styles.nav}>
            {step > 0 && (
              <Button className={styles.navButton} onClick={() => setStep(step - 1)}>
                上一步
              </Button>
            )}
            <Button className={styles.navButton} color="primary" loading={sending} onClick={next}>
              {step < RESULTS - 1 ? '下一步' : '开始测算'}
            </Button>
          </div>
        </div>
      ) : (
        <Results
          results={results ?? []}
          hotline={hotline}
          headingRef={headingRef}
          onEdit={() => {
            setErrors({});
            setStep(0);
          }}
          onRestart={() => void restart()}
        />
      )}
    </PageFrame>
  );
}
