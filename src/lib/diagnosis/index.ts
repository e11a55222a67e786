/**
 * The guided diagnosis at /troubleshoot/ (结算故障排查): the steps from
 * `content/diagnosis/diagnosis.yaml` checked as a graph (`getDiagnosis`), each step's page
 * (`stepPage`), the diagram and checklist layout, the support summary, the step addresses, and the
 * response-code lookup. Not to be confused with the `causes` collection, the articles it ends in.
 */
export { getDiagnosis, getDiagnosisIndex } from './load';
export { stepPage, type Cause, type DiagnosisIndex, type StepPage, type StepView } from './step-page';
export { symptomsOf, questionsOf, endsOf, questionsAhead } from './graph';
export { DIAGRAM, layoutDiagrams, type Diagram } from './diagram';
export { checklistUrl, startUrl, stepUrl, TROUBLESHOOT_PATH } from './urls';
export { matchCodes, normalizeCode } from './codes';
