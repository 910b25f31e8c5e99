/** Shared named conditions of the seed catalogue (`{ ref: code }`), each with the Chinese name shown in traces. */
import type { Expr, NamedCondition } from '../engine/expr';

const STANDARD: Expr = { param: 'DIBAO.standard', key: 'household.residenceType' };

/** Parents unable to raise the child (民发〔2019〕62号), including death and disappearance. */
const PARENT_UNABLE = ['DECEASED', 'MISSING', 'SEVERE_DISABILITY', 'SERIOUS_ILLNESS', 'PRISON', 'DRUG_REHAB', 'RESTRICTED', 'LOST_CONTACT'];

export const CONDITIONS: Readonly<Record<string, NamedCondition>> = {
  'DIBAO.asset_test': {
    name: '家庭财产状况符合低保规定',
    expr: {
      all: [
        {
          cmp: ['<=', { fact: 'household.financialAssetsPerCapitaFen' }, { mul: [{ param: 'DIBAO.asset_limit_months' }, STANDARD], label: '人均金融资产上限' }],
        },
        { cmp: ['==', { fact: 'household.nonExemptVehicleCount' }, 0] },
        { cmp: ['<=', { fact: 'household.homeCount' }, { param: 'DIBAO.max_homes' }] },
        { not: { fact: 'household.hasNonResidentialProperty' } },
        { cmp: ['<=', { fact: 'household.businessCapitalFen' }, { param: 'DIBAO.business_capital_limit' }] },
      ],
    },
  },
  'T1T2.household': {
    name: '本户为特困或低保对象（正在享受或本次评估符合）',
    expr: { any: [{ receives: ['TEKUN', 'DIBAO'] }, { program: 'TEKUN' }, { program: 'DIBAO' }] },
  },
  'ORPHAN.is_orphan': {
    name: '孤儿（父母均死亡或失踪）',
    expr: {
      all: [{ in: [{ fact: 'member.fatherStatus' }, ['DECEASED', 'MISSING']] }, { in: [{ fact: 'member.motherStatus' }, ['DECEASED', 'MISSING']] }],
    },
  },
  'ORPHAN.no_carer': {
    name: '孤儿或事实无人抚养儿童（父母均死亡、失踪或不能履行抚养义务）',
    expr: {
      all: [{ in: [{ fact: 'member.fatherStatus' }, PARENT_UNABLE] }, { in: [{ fact: 'member.motherStatus' }, PARENT_UNABLE] }],
    },
  },
};
