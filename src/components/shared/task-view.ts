import type { Task } from '@lit/task';
import { TaskStatus } from '@lit/task';
import { toAdapterError } from '../../core/errors.js';
import type { SupportContext } from '../../core/support.js';
import { renderSkeleton, type SkeletonContent } from './skeleton.js';
import { renderErrorState } from './status-message.js';

export interface TaskView<R> {
  /** The placeholder: the first view's blocks at their final size, so nothing moves. */
  skeleton: SkeletonContent;
  /** What a screen reader hears while loading. */
  loadingLabel: string;
  complete(value: R): unknown;
  /**
   * While the task runs again (a language switch, a retry), whether the value
   * on screen may stay; default yes.
   */
  keepWhileLoading?(value: R): boolean;
  /** The error state instead of the standard one (e.g. an invitation to sign in); undefined falls back. */
  error?(error: ReturnType<typeof toAdapterError>): unknown;
  support?: SupportContext;
  /** The value to show, when it is not the task's own (a fresher copy from polling). */
  value?: R | undefined;
}

/**
 * A task's states as the shopper sees them: a skeleton of the final size,
 * the localized error with a retry, or the content.
 */
export function renderTask<R>(task: Task<ReadonlyArray<unknown>, R>, view: TaskView<R>): unknown {
  const value = view.value ?? task.value;
  const { status } = task;
  if (
    value !== undefined &&
    (status === TaskStatus.COMPLETE || (status === TaskStatus.PENDING && (view.keepWhileLoading?.(value) ?? true)))
  ) {
    return view.complete(value);
  }
  if (status === TaskStatus.ERROR) {
    const error = toAdapterError(task.error);
    return view.error?.(error) ?? renderErrorState(error, () => void task.run(), view.support);
  }
  return renderSkeleton(view.skeleton, view.loadingLabel);
}
