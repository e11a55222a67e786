import { reviewProcessSchema } from '../schemas/review';

/**
 * The application review process, as data: the /channels/ page draws its timeline from it.
 * Parsed at build time, so a malformed edit stops the build with the field named.
 */
export const reviewProcess = reviewProcessSchema.parse({
  stages: [
    {
      id: 'submit',
      title: '提交资料',
      state: 'created',
      what: '通过任一申请渠道填写申请信息，上传身份证、结算账户、经营场所照片等资料（个体工商户和企业还有营业执照）。',
      tip: '上传前对照资料清单逐项检查：照片清晰、证件在有效期内、各处名称一致。',
      duration: '取决于资料是否一次备齐',
    },
    {
      id: 'review',
      title: '资质审核',
      state: 'pending-review',
      what: '收单机构按实名制要求核实身份和经营资质，核对经营场所，做风险评估；可能安排人员实地核实。',
      tip: '保持电话畅通，只回应官方渠道的联系；要求补充资料时尽快补交。',
      duration: '以审核通知为准，补交资料会拉长时间',
    },
    {
      id: 'device-test',
      title: '装机测试',
      state: 'onboarding',
      what: '终端与商户编号、结算账户、装机地址绑定（一机一码），在登记的经营地址装机，并做测试交易。',
      tip: '只在登记的经营地址使用终端，不要带到别处使用；测试交易后留意结算能否到账。',
      duration: '以服务人员的安排为准',
    },
    {
      id: 'contract',
      title: '签约开通',
      state: 'active',
      what: '确认并签署收单服务协议，商户开通，可以正常收款和结算。',
      tip: '签字前看清费率、结算周期（T+1 或 D0）和各项收费，合同自己留一份；费率以合同和签购单为准。',
      duration: '协议生效后即可使用',
    },
  ],
  rejected: '审核没有通过时，申请会被驳回并说明原因。按原因补正资料后，一般可以重新提交。',
  rejections: [
    {
      id: 'incomplete-documents',
      reason: '资料不全：缺结算授权函、开户证明或店铺照片等',
      avoid: '打开对应商户类型的资料清单，逐项勾选，全部备齐再提交。',
      stage: 'review',
    },
    {
      id: 'unclear-photos',
      reason: '照片看不清：模糊、反光、缺角或被遮挡',
      avoid: '在光线充足处拍原件，四角完整、文字清晰可读，拍完放大检查一遍。',
      stage: 'review',
    },
    {
      id: 'expired-documents',
      reason: '证件过期：身份证或营业执照已超过有效期',
      avoid: '提交前看一眼有效期，快到期的先去换证再申请。',
      stage: 'review',
    },
    {
      id: 'name-mismatch',
      reason: '名称对不上：结算账户的户名与营业执照或身份证不一致',
      avoid: '个体工商户和小微商户用本人名下的银行卡；企业对公结算用本企业的账户；由他人收款时附上结算授权函。',
      stage: 'review',
    },
    {
      id: 'premises-mismatch',
      reason: '经营场所对不上：照片与实际经营地址或申请信息不符',
      avoid: '门头照、店内照、收银台照都拍同一家正在营业的店，招牌清楚，地址与申请时填写的一致。',
      stage: 'review',
    },
    {
      id: 'wrong-entry',
      reason: '操作失误：卡号、手机号或地址填错',
      avoid: '提交前对照原件把每一项核对一遍，手机号填本人常用的号码。',
      stage: 'submit',
    },
    {
      id: 'technical-fault',
      reason: '技术故障：资料没有上传成功，或装机测试交易不通过',
      avoid: '在网络稳定时上传并确认上传成功；装机时保证网络和电源正常，测试失败当场请服务人员处理。',
      stage: 'device-test',
    },
  ],
  sources: [
    { title: '中国人民银行《银行卡收单业务管理办法》（公告〔2013〕第9号）', note: '实名制、资质审核、风险评级与结算账户管理' },
    { title: '中国支付清算协会《特约商户巡检指引》', note: '2022 年 3 月 1 日起施行，实地核实' },
    { title: '中国人民银行 银发〔2021〕259号', note: '2022 年 3 月 1 日起施行，一机一码、终端绑定与禁止移机' },
  ],
});
