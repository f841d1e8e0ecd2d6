import {parse} from 'yaml'; import fs from 'fs';
const mine=process.argv.slice(2);
for(const f of fs.readdirSync('src/content/questions')){for(const i of parse(fs.readFileSync('src/content/questions/'+f,'utf8'))){ if(!mine.includes(i.chapter)) continue;
console.log(`## ${i.id} [${i.type} ${i.difficulty} ${i.objectiveId}]${i.image?' IMG '+i.image.case+':'+i.image.panel:''}`);console.log('S: '+i.stem.replace(/\s+/g,' '));
for(const o of i.options||[]) console.log(`  ${(i.answer===o.id||(i.answers||[]).includes(o.id))?'*':' '} ${o.text}`);
if(i.steps) for(const s of i.steps){console.log(`  step ${s.id}${s.image?' [img '+s.image.panel+']':''}: ${s.reveal?'('+s.reveal.replace(/\s+/g,' ')+') ':''}${s.question.prompt}`); for(const o of s.question.options||[]) console.log(`     ${s.question.answer===o.id?'*':' '} ${o.text}`);}
}}
