// Libraries without type declarations of their own.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<any>;
  }
}

declare module 'bpmn-js-differ' {
  /** Semantic differences of two bpmn-moddle definitions, by element id. */
  export function diff(
    oldDefinitions: unknown,
    newDefinitions: unknown,
  ): {
    _added: Record<string, any>;
    _removed: Record<string, any>;
    _changed: Record<string, { model: any; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, any>;
  };
}
// rate-limiter-flexible exports its store base class in its types but not from its entry point.
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js' {
  import { RateLimiterStoreAbstract } from 'rate-limiter-flexible';
  export default RateLimiterStoreAbstract;
}

// bpmnlint's rules and its `recommended` list, as the web modeler bundles them (tests load that module).
declare module 'bpmnlint/rules/*';
declare module 'bpmnlint/config/recommended' {
  const recommended: { rules: Record<string, string> };
  export default recommended;
}
