import { CrossdeskError, ErrorCode } from '../errors/index.ts';

/**
 * An expression that cannot be parsed or evaluated (code `EXPRESSION_INVALID`). `expression` is the
 * whole source string as written in the model; `position` is a character offset into it, where known,
 * so an editor can point at the culprit.
 */
export class ExpressionError extends CrossdeskError {
  constructor(
    message: string,
    readonly expression: string,
    readonly position: number | null = null,
  ) {
    super(ErrorCode.EXPRESSION_INVALID, message, { expression, position });
  }
}
