/** The rule for BUILD_TIME, with no imports so that scripts/build.ts can run it with plain Node. */

/** A date and time with its zone (Z or ±hh:mm): without one, each machine would read another moment. */
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a BUILD_TIME cannot be used, or undefined when it can. */
export function buildTimeProblem(value: string): string | undefined {
  if (!WITH_ZONE.test(value) || Number.isNaN(new Date(value).getTime())) {
    return `BUILD_TIME="${value}" is not a date and time with its zone; write it as ISO 8601 with Z or an offset, e.g. BUILD_TIME=2026-11-25T09:00:00+01:00.`;
  }
  return undefined;
}

