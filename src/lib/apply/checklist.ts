/** What the plain-text checklist needs from a merchant type's documents. */
export interface ChecklistDocument {
  id: string;
  name: string;
  acceptable: string;
  required: boolean;
  when?: string | undefined;
}

export interface ChecklistInput {
  merchantType: string;
  documents: ChecklistDocument[];
  /** The page's public URL, so the reader can open the details. */
  url: string;
}

/**
 * The checklist as plain text for a chat message (WeChat shows no Markdown): one numbered line
 * per document with its acceptance rule, optional documents marked with when they are needed.
 */
export function checklistText({ merchantType, documents, url }: ChecklistInput): string {
  const lines = documents.map((doc, i) => {
    const condition = doc.required ? '' : `（${doc.when ?? '视情况'}）`;
    return `${i + 1}. ${doc.name}${condition}\n   要求：${doc.acceptable}`;
  });
  return [
    `【${merchantType}】办理 POS 机需准备的资料`,
    ...lines,
    '以上为常见清单，最终以拉卡拉审核时的要求为准。',
    `每项资料的详细说明：${url}`,
  ].join('\n');
}

/** The link to one document on its merchant-type page. */
export function documentLink(pageUrl: string, documentId: string): string {
  const url = new URL(pageUrl);
  url.hash = documentId;
  return url.href;
}
