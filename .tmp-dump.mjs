import {parse} from 'yaml'; import fs from 'fs';
const mine=process.argv.slice(2);
for(const f of fs.readdirSync('src/content/questions')){for(const i of parse(fs.readFileSync('src/content/questions/'+f,'utf8'))){ if(!mine.includes(i.chapter)) continue;
console.log(`## ${i.id} [${i.type}] ${f} ${i.difficulty}`);console.log('S: '+i.stem.replace(/\s+/g,' '));
for(const o of i.options||[]) console.log(`  ${(i.answer===o.id||(i.answers||[]).includes(o.id))?'*':' '}${o.id}) ${o.text}`);
if(i.steps) for(const s of i.steps){console.log(`  step ${s.id}${s.image?' [img '+s.image.case+' '+s.image.panel+']':''}: ${s.reveal?'('+s.reveal.replace(/\s+/g,' ')+') ':''}${s.question.prompt}`); for(const o of s.question.options||[]) console.log(`     ${s.question.answer===o.id?'*':' '}${o.id}) ${o.text}`);}
if(i.premises) console.log('  premises: '+JSON.stringify(i.premises.map(p=>p.text))+' responses: '+JSON.stringify((i.responses||[]).map(r=>r.text)));
if(i.elements) console.log('  elements: '+JSON.stringify(i.elements.map(p=>p.text)));
if(i.type==='numeric') console.log('  answer '+i.answer+' '+i.unit);
if(i.type==='hotspot') console.log('  image '+i.image.case+' '+i.image.panel+' regions '+i.regions.map(r=>r.label).join(' | '));
}}
