/** Every content collection, in the order the site presents them. One name in code, folder and URL. */
export const SECTIONS = [
  'causes',
  'faq',
  'codes',
  'channels',
  'requirements',
  'fees',
  'brands',
  'prevention',
  'glossary',
  'guides',
] as const;

export type Section = (typeof SECTIONS)[number];

export interface SectionInfo {
  /** Chinese label shown to readers. */
  label: string;
  /** One line for cards and index pages. */
  blurb: string;
  /** Shown in the main navigation. */
  inNav: boolean;
  /**
   * Entries end with the "还没解决？" help (the troubleshooter, the official contact, 12363). The
   * applying sections leave it out: a merchant preparing documents has nothing to fix yet.
   */
  stillStuck: boolean;
}

/** Each section's Chinese label, as readers see it; apart from `SECTION_INFO` so client code can take the labels alone. */
export const SECTION_LABEL: Record<Section, string> = {
  causes: '结算失败原因',
  faq: '常见问题',
  codes: '应答码查询',
  channels: '申请渠道',
  requirements: '办理资料',
  fees: '费率政策',
  brands: '品牌选择',
  prevention: '预防措施',
  glossary: '术语表',
  guides: '综合指南',
};

export const SECTION_INFO: Record<Section, SectionInfo> = {
  causes: { label: SECTION_LABEL.causes, blurb: '每一种让钱到不了账的原因：怎么确认、怎么处理、该找谁。', inNav: false, stillStuck: true },
  faq: { label: SECTION_LABEL.faq, blurb: '商户最常问的问题，一句话先给答案。', inNav: true, stillStuck: true },
  codes: { label: SECTION_LABEL.codes, blurb: '终端屏幕上的两位代码是什么意思、该怎么办。', inNav: false, stillStuck: true },
  channels: { label: SECTION_LABEL.channels, blurb: '官网、门店、银行、服务商：怎么申请、各要多久。', inNav: true, stillStuck: false },
  requirements: {
    label: SECTION_LABEL.requirements,
    blurb: '个体工商户、企业、小微商户各需准备哪些资料。',
    inNav: false,
    stillStuck: false,
  },
  fees: { label: SECTION_LABEL.fees, blurb: '手续费怎么构成、上限是多少、有争议怎么办。', inNav: true, stillStuck: true },
  brands: { label: SECTION_LABEL.brands, blurb: '怎样核实支付牌照、看服务、识别危险信号。', inNav: true, stillStuck: true },
  prevention: { label: SECTION_LABEL.prevention, blurb: '日常操作、维护和防骗，把问题挡在前面。', inNav: true, stillStuck: true },
  glossary: { label: SECTION_LABEL.glossary, blurb: 'T+1、签到、冲正、跳码……一看就懂。', inNav: false, stillStuck: true },
  guides: { label: SECTION_LABEL.guides, blurb: '从设备到系统的完整排查思路。', inNav: false, stillStuck: true },
};

/** Section labels in the order of `SECTIONS`: how search filters list them. */
export const SECTION_LABELS = SECTIONS.map((s) => SECTION_LABEL[s]);

/** The guided diagnosis at /troubleshoot/: not a collection, but named beside them so the two never share a label. */
export const DIAGNOSIS_INFO = {
  label: '结算故障排查',
  navLabel: '故障排查',
  blurb: '钱没到账？回答几个问题，按设备、网络、账户、系统逐项排查。',
} as const;

/** Collections that were renamed, by their old name: authors still write it from habit. */
export const RENAMED_SECTIONS: Readonly<Partial<Record<string, Section>>> = {
  troubleshooting: 'causes',
};

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}
