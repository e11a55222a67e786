import { isReservedPageId, RESERVED_PAGE_IDS } from '../../apply/anchors';
import { fileOf, type ContentCheck, type ContentProblem } from './types';

/**
 * A document id is the anchor of a published deep link. It must not clash with an id the
 * merchant-type page already uses for itself, or the link would land on the wrong element.
 */
export const checkDocumentAnchors: ContentCheck = (content) => {
  const problems: ContentProblem[] = [];
  for (const type of content.requirements) {
    type.data.documents.forEach((doc, i) => {
      if (isReservedPageId(doc.id)) {
        problems.push({
          file: fileOf(type),
          field: `documents[${i}].id`,
          message: `编号 "${doc.id}" 已被页面本身使用，请换一个（保留的编号：${RESERVED_PAGE_IDS.join('、')}）`,
        });
      }
    });
  }
  return problems;
};
