import { makeModdle } from '../../../engine/definitions/moddle.ts';
const cases: Record<string, string> = {
  empty: '',
  text: 'hello',
  foo: '<foo/>',
  svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
  wsdl: '<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"><wsdl:types/></wsdl:definitions>',
  nons: '<definitions id="x"><process id="p"/></definitions>',
  trunc: '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process',
  badattr: '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p" isExecutable="true"><startEvent id="s" foo="1"/><sequenceFlow id="f" sourceRef="s" targetRef="nope"/><blah id="b"/></process></definitions>',
  crossunknown: '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:crossdesk="http://crossdesk.dev/schema/bpmn/1.0" id="d"><process id="p" crossdesk:skills="a" isExecutable="true"><userTask id="u" crossdesk:skils="x"/></process></definitions>',
  dupid: '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p" isExecutable="true"><startEvent id="s"/><endEvent id="s"/></process></definitions>',
  mismatched: '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p"></definitions>',
  entity: '<!DOCTYPE d [<!ENTITY x "y">]><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p" name="&x;"/></definitions>',
};
for (const [k, xml] of Object.entries(cases)) {
  try {
    const r: any = await makeModdle().fromXML(xml, 'bpmn:Definitions');
    console.log(k, 'OK root=', r.rootElement?.$type, r.warnings.map((w: any) => w.message.replace(/\n/g, ' | ')));
  } catch (e: any) { console.log(k, 'THROW', e.message.replace(/\n/g, ' | '), e.warnings?.length); }
}
