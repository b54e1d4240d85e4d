using OndiloFanout.Cli.Aws.LambdaInvoke;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Cli.Backfill;

/// <summary>The deployed scheduler ran and failed (or answered something that is not its summary).</summary>
internal sealed class SchedulerFunctionException : Exception
{
    public SchedulerFunctionException(LambdaFunctionError error)
        : base(error?.ErrorType is { } type ? $"{type}: {error.ErrorMessage}" : error?.ErrorMessage)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public LambdaFunctionError Error { get; }

    /// <summary>
    /// True when the function refused its input (a bad day or pool id, or not JSON) before doing anything, so nothing
    /// was enqueued. The runtime reports the exception's type name as the <c>errorType</c>.
    /// </summary>
    public bool IsBadRequest => Error.ErrorType is nameof(SchedulerInputException) or nameof(InvalidEventException);
}
