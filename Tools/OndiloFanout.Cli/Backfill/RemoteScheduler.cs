using System.Text.Json;
using OndiloFanout.Cli.Aws.LambdaInvoke;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Cli.Backfill;

/// <summary>The deployed scheduler function, invoked synchronously with a request built like <c>run</c>'s.</summary>
internal sealed class RemoteScheduler
{
    private const int ExcerptLength = 300;
    private readonly LambdaInvokeClient _lambda;

    public RemoteScheduler(LambdaInvokeClient lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        _lambda = lambda;
    }

    /// <summary>
    /// Runs the scheduler and returns its summary. Throws <see cref="SchedulerFunctionException"/> when the function
    /// failed, and <see cref="Aws.AwsServiceException"/> when Lambda refused the call.
    /// </summary>
    public async Task<SchedulerSummary> RunAsync(string functionName, string payload, CancellationToken cancellationToken)
    {
        var response = await _lambda.InvokeAsync(new InvokeRequest { FunctionName = functionName, Payload = payload }, cancellationToken);
        if (response.FunctionError is not null)
        {
            throw new SchedulerFunctionException(LambdaFunctionError.Read(response.Payload));
        }

        try
        {
            return JsonSerializer.Deserialize(response.Payload, SchedulerJsonContext.Default.SchedulerSummary)
                ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            var excerpt = response.Payload.Length > ExcerptLength ? response.Payload[..ExcerptLength] + "…" : response.Payload;
            throw new SchedulerFunctionException(new LambdaFunctionError
            {
                ErrorMessage = $"{functionName} answered something that is not the scheduler's summary (is it the scheduler function?): {excerpt}",
            });
        }
    }
}
