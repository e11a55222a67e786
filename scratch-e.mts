import yaml from 'js-yaml'; import {readFileSync} from 'fs';
import {diagnosisStepSchema} from './src/schemas/diagnosis';
import {layoutDiagrams, edgesOverBoxes} from './src/lib/diagnosis/diagram';
const steps = (yaml.load(readFileSync('content/diagnosis/diagnosis.yaml','utf8')) as unknown[]).map(i => diagnosisStepSchema.parse(i));
const ds = await layoutDiagrams(steps);
const ov = (a:any,b:any)=> a.x < b.x+b.w && b.x < a.x+a.w && a.y < b.y+b.h && b.y < a.y+a.h;
for (const d of ds) { const bad:string[]=[]; for (const e of d.edges) if (e.labelBox) { for (const n of d.nodes) if (ov(e.labelBox,n)) bad.push(e.from+'>'+e.to+' on '+n.id); for (const f of d.edges) if (f!==e && f.labelBox && ov(e.labelBox,f.labelBox)) bad.push('label/label'); }
 console.log(d.symptom.id, Math.round(d.width), edgesOverBoxes(d).length, bad); }
