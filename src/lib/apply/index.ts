/**
 * Applying for a terminal: the merchant-type checklists a sales rep sends (plain text, QR code,
 * ticks kept on the device), the document anchors that must never change, and the review process
 * the channels page draws.
 */
export { checklistText, documentLink, type ChecklistDocument, type ChecklistInput } from './checklist';
export { qrSvg } from './qr';
export { isReservedPageId, missingAnchors, publishedAnchors, RESERVED_PAGE_IDS } from './anchors';
export { checklistKey, parseChecked, serializeChecked } from './storage';
export { getReviewProcess } from './review';
