import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

// ---- public (portal) ----

@ObjectType('PortalWindow', { description: '社会救助受理窗口（门户，无需登录）：每个镇街和区县各一个；未填写地址和时间的显示“请致电热线咨询”' })
export class PortalWindowType {
  @Field({ description: '所在镇街或区县的区划代码' }) areaCode!: string;
  @Field({ description: '所在镇街或区县名称' }) areaName!: string;
  @Field({ description: '区县级窗口（其余为镇街窗口）' }) isDistrict!: boolean;
  @Field({ description: '窗口名称（未填写时为“<区划名称>便民服务中心 社会救助窗口”）' }) name!: string;
  @Field(() => String, { nullable: true, description: '地址；null = 未填写' }) address!: string | null;
  @Field(() => String, { nullable: true, description: '办公时间；null = 未填写' }) hours!: string | null;
  @Field(() => String, { nullable: true, description: '咨询电话（数字和连字符）' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: '地图和交通说明（文字）' }) mapText!: string | null;
  @Field(() => String, { nullable: true, description: '备注' }) note!: string | null;
}

@ObjectType('PortalInfo', { description: '门户的公共信息（无需登录）' })
export class PortalInfoType {
  @Field(() => String, { nullable: true, description: '社会救助服务热线（系统设置）；null = 未设置' }) hotline!: string | null;
}

@ObjectType('PortalProgram', { description: '政策查询：一项救助事项的通俗说明（无需登录）；材料、时限和依据始终取自现行事项目录' })
export class PortalProgramType {
  @Field({ description: '事项代码' }) code!: string;
  @Field({ description: '事项名称' }) name!: string;
  @Field(() => String, { nullable: true, description: '主管部门名称' }) ownerName!: string | null;
  @Field({ description: '一句话说明' }) summary!: string;
  @Field({ description: '谁可以申请（通俗说明；未填写时由现行条件和参数生成）' }) whoQualifies!: string;
  @Field({ description: '能得到什么帮助（含现行标准和金额的计算方法）' }) whatHelp!: string;
  @Field(() => [String], { description: '需要哪些材料（现行材料清单）' }) materials!: string[];
  @Field({ description: '多久办结（现行办结时限）' }) timeLimit!: string;
  @Field({ description: '怎么申请（办理地点等）' }) howToApply!: string;
  @Field(() => [String], { description: '政策依据' }) legalBasis!: string[];
  @Field(() => Date, { nullable: true, description: '主管部门最后修改通俗说明的时间；null = 全部自动生成' }) updatedAt!: Date | null;
}

// ---- staff (console) ----

@ObjectType('ServiceWindow', { description: '门户内容：一个受理窗口（含修改人和版本）' })
export class ServiceWindowType extends PortalWindowType {
  @Field({ description: '区划级别名称（区县 / 镇街）' }) levelName!: string;
  @Field({ description: '默认窗口名称（名称未填写时显示）' }) defaultName!: string;
  @Field({ description: '名称为默认名称' }) nameIsDefault!: boolean;
  @Field({ description: '已填写过（false = 全部为默认）' }) configured!: boolean;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => Int, { description: '版本（乐观锁）；0 = 从未填写' }) version!: number;
  @Field({ description: '当前用户可以修改（在其管辖范围内）' }) editable!: boolean;
}

@InputType('ServiceWindowInput', { description: '受理窗口信息；留空的项：名称为默认名称，其余为“未填写”' })
export class ServiceWindowInput {
  @Field(() => String, { nullable: true, description: '窗口名称（≤ 60 字；留空为默认名称）' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '地址（≤ 200 字）' }) address?: string | null;
  @Field(() => String, { nullable: true, description: '办公时间（≤ 100 字）' }) hours?: string | null;
  @Field(() => String, { nullable: true, description: '咨询电话：数字和连字符，如 023-61234567' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '地图和交通说明（≤ 300 字）' }) mapText?: string | null;
  @Field(() => String, { nullable: true, description: '备注（≤ 300 字）' }) note?: string | null;
}

@ObjectType('ProgramPlainTexts', { description: '政策说明的四段通俗文字' })
export class ProgramPlainTextsType {
  @Field({ description: '一句话说明' }) summary!: string;
  @Field({ description: '谁可以申请' }) whoQualifies!: string;
  @Field({ description: '能得到什么帮助' }) whatHelp!: string;
  @Field({ description: '怎么申请' }) howToApply!: string;
}

@ObjectType('ProgramPlainTextsEdited', { description: '主管部门填写的通俗文字；null = 自动生成' })
export class ProgramPlainTextsEditedType {
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true }) whoQualifies!: string | null;
  @Field(() => String, { nullable: true }) whatHelp!: string | null;
  @Field(() => String, { nullable: true }) howToApply!: string | null;
}

@ObjectType('ProgramPlainText', { description: '门户内容：一项事项的政策说明（门户显示的、自动生成的和主管部门填写的）' })
export class ProgramPlainTextType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() ownerCode!: string;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field(() => ProgramPlainTextsType, { description: '门户当前显示的文字' }) shown!: ProgramPlainTextsType;
  @Field(() => ProgramPlainTextsType, { description: '由现行事项目录自动生成的文字' }) generated!: ProgramPlainTextsType;
  @Field(() => ProgramPlainTextsEditedType, { description: '主管部门填写的文字' }) edited!: ProgramPlainTextsEditedType;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => Int, { description: '版本（乐观锁）；0 = 从未修改' }) version!: number;
  @Field({ description: '当前用户的部门是主管部门，可以修改' }) mayEdit!: boolean;
}

@InputType('ProgramPlainTextInput', { description: '政策说明；留空的项恢复自动生成' })
export class ProgramPlainTextInput {
  @Field(() => String, { nullable: true, description: '一句话说明（≤ 200 字，不换行）' }) summary?: string | null;
  @Field(() => String, { nullable: true, description: '谁可以申请（≤ 2000 字）' }) whoQualifies?: string | null;
  @Field(() => String, { nullable: true, description: '能得到什么帮助（≤ 2000 字）' }) whatHelp?: string | null;
  @Field(() => String, { nullable: true, description: '怎么申请（≤ 1000 字）' }) howToApply?: string | null;
}

// ---- 常见问题 ----

@ObjectType('PortalFaq', { description: '常见问题（门户，无需登录）：已发布的问题和回答' })
export class PortalFaqType {
  @Field(() => ID) id!: string;
  @Field({ description: '问题' }) question!: string;
  @Field({ description: '回答（可换行）' }) answer!: string;
  @Field(() => String, { nullable: true, description: '关联的救助事项代码；null = 通用问题' }) programCode!: string | null;
  @Field(() => String, { nullable: true, description: '关联的救助事项名称（现行事项目录）' }) programName!: string | null;
}

@ObjectType('Faq', { description: '门户内容：一条常见问题（含草稿、修改人和版本）' })
export class FaqType extends PortalFaqType {
  @Field(() => Int, { description: '排序（小的在前）' }) sortOrder!: number;
  @Field({ description: '已发布（false = 草稿，门户不显示）' }) published!: boolean;
  @Field() updatedByName!: string;
  @Field() updatedAt!: Date;
  @Field(() => Int, { description: '版本（乐观锁）' }) version!: number;
}

@InputType('FaqInput', { description: '常见问题' })
export class FaqInput {
  @Field(() => String, { nullable: true, description: '问题（≤ 200 字，不换行）' }) question?: string | null;
  @Field(() => String, { nullable: true, description: '回答（≤ 2000 字）' }) answer?: string | null;
  @Field(() => String, { nullable: true, description: '关联的救助事项代码；留空为通用问题' }) programCode?: string | null;
  @Field(() => Int, { nullable: true, description: '排序：0–9999，小的在前（默认 0）' }) sortOrder?: number | null;
  @Field(() => Boolean, { nullable: true, description: '发布（默认是；否 = 草稿）' }) published?: boolean | null;
}
