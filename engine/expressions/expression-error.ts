import { CrossdeskError, ErrorCode } from '../errors/index.ts';

/** An expression that cannot be parsed or evaluated; `position` is the character offset, where known. */
export class ExpressionError extends CrossdeskError {
  constructor(
    message: string,
    readonly expression: string,
    readonly position: number | null = null,
  ) {
    super(ErrorCode.EXPRESSION_INVALID, message, { expression, position });
  }
}
