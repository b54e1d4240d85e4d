using OndiloFanout.Lambda.Logging;

namespace OndiloFanout.Lambda;

/// <summary>
/// The runtime's loop: initialize once, then next → invoke with a deadline token → post response or error → next.
/// Handler failures are reported and the loop goes on; a Runtime API failure ends it with exit code 1.
/// </summary>
internal sealed class InvocationLoop
{
    private readonly RuntimeApiClient _client;
    private readonly LambdaStartup _startup;
    private readonly TimeSpan _safetyMargin;

    public InvocationLoop(RuntimeApiClient client, LambdaStartup startup, TimeSpan safetyMargin)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(startup);
        _client = client;
        _startup = startup;
        _safetyMargin = safetyMargin;
    }

    private JsonLogger Logger => _startup.Logger;

    public async Task<int> RunAsync(Func<LambdaStartup, CancellationToken, Task<LambdaHandler>> initialize, CancellationToken cancellationToken)
    {
        var handler = await InitializeAsync(initialize, cancellationToken);
        if (handler is null)
        {
            return 1;
        }

        var coldStart = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var invocation = await _client.GetNextInvocationAsync(cancellationToken);
                await InvokeAsync(handler, invocation, coldStart, cancellationToken);
                coldStart = false;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is RuntimeApiException or HttpRequestException)
            {
                Logger.LogException(LogLevel.Critical, exception, "The Runtime API failed; the runtime exits.");
                return 1;
            }
        }

        return 0;
    }

    private async Task<LambdaHandler?> InitializeAsync(Func<LambdaStartup, CancellationToken, Task<LambdaHandler>> initialize, CancellationToken cancellationToken)
    {
        try
        {
            return await initialize(_startup, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Logger.LogException(LogLevel.Critical, exception, "Initialization failed.");
            try
            {
                await _client.ReportInitializationErrorAsync(exception, cancellationToken);
            }
            catch (Exception reportException) when (reportException is RuntimeApiException or HttpRequestException)
            {
                Logger.LogException(LogLevel.Critical, reportException, "The initialization error could not be reported.");
            }

            return null;
        }
    }

    private async Task InvokeAsync(LambdaHandler handler, InvocationRequest invocation, bool coldStart, CancellationToken cancellationToken)
    {
        // Set or clear: a trace id must never leak from one invocation into the next.
        _startup.Environment.SetVariable(LambdaEnvironmentVariables.TraceId, invocation.TraceId);
        var context = new LambdaContext(invocation, _startup.Environment, _startup.TimeProvider);
        Logger.SetInvocation(context.FunctionName, context.AwsRequestId, coldStart, invocation.TraceId);
        var delay = InvocationDeadline.DelayUntilCancel(invocation.Deadline, _startup.TimeProvider.GetUtcNow(), _safetyMargin);
        using var deadline = new CancellationTokenSource(delay, _startup.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);

        ReadOnlyMemory<byte> response;
        try
        {
            response = await handler(invocation.Body, context, linked.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Logger.LogException(LogLevel.Error, exception, "The invocation failed.");
            await ReportErrorAsync(invocation.RequestId, exception, cancellationToken);
            return;
        }
        finally
        {
            _startup.Metrics.Flush();
        }

        try
        {
            await _client.SendResponseAsync(invocation.RequestId, response, cancellationToken);
        }
        catch (RuntimeApiException exception) when (exception is not RuntimeApiContainerException)
        {
            // A refused response (e.g. 413, over 6 MB) still owes the caller an answer: report it as the error.
            Logger.LogException(LogLevel.Error, exception, "The response was refused.");
            await ReportErrorAsync(invocation.RequestId, exception, cancellationToken);
        }
    }

    private async Task ReportErrorAsync(string requestId, Exception exception, CancellationToken cancellationToken)
    {
        try
        {
            await _client.ReportInvocationErrorAsync(requestId, exception, cancellationToken);
        }
        catch (RuntimeApiException reportException) when (reportException is not RuntimeApiContainerException)
        {
            // The invocation is lost either way (Lambda times it out); the environment is still healthy.
            Logger.LogException(LogLevel.Error, reportException, "The error could not be reported.");
        }
    }
}
