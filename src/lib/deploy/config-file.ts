import type { z } from 'astro/zod';
import { useChineseMessages } from '../../schemas/locale';
import { describeIssue } from '../authoring/issues';
import { formatProblems, type ContentProblem } from '../content/checks/types';

/** A config file's values that failed its schema, said the way content problems are. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems, '配置检查'));
  }
}

export interface ConfigSource {
  /** The file the values are written in, as the author knows it (`src/site.config.ts`). */
  file: string;
  /** Fields whose value comes from an environment variable, by field path (`operator.email`). */
  variables?: Record<string, string>;
}

/**
 * Parses a config file's values with its schema. A bad value stops the build with the file, the
 * field, what is wrong and how to fix it in Chinese (and the environment variable it came from),
 * not with Zod's raw list of issues.
 */
export function parseConfig<S extends z.ZodType>(schema: S, values: unknown, { file, variables = {} }: ConfigSource): z.output<S> {
  useChineseMessages();
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const described = describeIssue(issue, values);
      const variable = variables[described.field];
      return variable
        ? { file, ...described, fix: `${described.fix}；这个值来自环境变量 ${variable}，请检查它的设置` }
        : { file, ...described };
    }),
  );
}
