// NestJS built-in HTTP exceptions (https://docs.nestjs.com/exception-filters#built-in-http-exceptions):
// `new NotFoundException()` sends `{"statusCode":404,"message":"Not Found"}`; with a description,
// `{"statusCode":400,"message":"<description>","error":"Bad Request"}`; ValidationPipe sends every
// class-validator message in a `message` ARRAY (https://docs.nestjs.com/techniques/validation), messages that
// name their property in prose ("email must be an email") — so field keys are not on the wire, only messages.
import { reasonPhrase } from '../reasonPhrase.js';
import type { DialectWriter } from './DialectWriter.js';
import { jsonRecord } from './jsonRecord.js';

/** NestJS HttpException body. */
export const writeNestJs: DialectWriter = (input) => {
  const phrase = input.title ?? reasonPhrase(input.status);
  const list = [...input.formErrors, ...input.fields.flatMap((field) => field.messages)];
  if (list.length > 0) {
    return {
      contentType: 'application/json; charset=utf-8',
      json: jsonRecord([
        ['statusCode', input.status],
        ['message', list],
        ['error', phrase],
      ]),
    };
  }
  return {
    contentType: 'application/json; charset=utf-8',
    json: jsonRecord([
      ['statusCode', input.status],
      ['message', input.detail ?? phrase],
      ['error', input.detail === undefined ? undefined : phrase],
    ]),
  };
};
