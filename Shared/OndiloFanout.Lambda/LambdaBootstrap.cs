using OndiloFanout.Contracts;
using OndiloFanout.Lambda.Logging;

namespace OndiloFanout.Lambda;

/// <summary>
/// The custom runtime: composes the Runtime API client, logger, redactor and metrics from the environment,
/// runs the function's initialization, then serves events until the Runtime API fails or the token is cancelled.
/// A function's <c>Main</c> is one call: <c>return await LambdaBootstrap.RunAsync(Startup.CreateHandlerAsync, null, CancellationToken.None);</c>
/// </summary>
public static class LambdaBootstrap
{
    /// <summary>Runs the runtime; returns the process exit code (0 after cancellation, 1 when the runtime cannot go on).</summary>
    /// <param name="initialize">Builds the handler once, before the first event; a throw is reported to <c>/runtime/init/error</c>.</param>
    /// <param name="options">Seams and the safety margin; null for the real process.</param>
    /// <param name="cancellationToken">Stops the loop.</param>
    public static async Task<int> RunAsync(
        Func<LambdaStartup, CancellationToken, Task<LambdaHandler>> initialize,
        LambdaBootstrapOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initialize);
        options ??= new LambdaBootstrapOptions();
        var environment = options.Environment;
        var redactor = new SecretRedactor();
        var loggerOptions = LoggerOptions.FromEnvironment(environment.GetVariable);
        TimeProvider time;
        try
        {
            time = options.TimeProvider ?? ProcessClock.FromSetting(environment.GetVariable(SettingNames.ClockStart));
        }
        catch (InvalidSettingsException ex)
        {
            new JsonLogger(options.Output, ProcessClock.FromSetting(null), loggerOptions, redactor).Critical(ex.Message);
            return 1;
        }

        var logger = new JsonLogger(options.Output, time, loggerOptions, redactor);
        var runtimeApi = environment.GetVariable(LambdaEnvironmentVariables.RuntimeApi);
        if (string.IsNullOrWhiteSpace(runtimeApi))
        {
            logger.Critical($"{LambdaEnvironmentVariables.RuntimeApi} is not set: this program runs only as a Lambda function.");
            return 1;
        }

        var metricsNamespace = environment.GetVariable(SettingNames.MetricsNamespace);
        var startup = new LambdaStartup
        {
            Environment = environment,
            TimeProvider = time,
            Logger = logger,
            Redactor = redactor,
            Metrics = new EmfMetrics(
                options.Output,
                time,
                string.IsNullOrWhiteSpace(metricsNamespace) ? MetricNames.Namespace : metricsNamespace,
                loggerOptions.Service),
        };
        using var httpClient = RuntimeApiClient.CreateHttpClient(runtimeApi);
        var loop = new InvocationLoop(new RuntimeApiClient(httpClient, redactor), startup, options.SafetyMargin);
        return await loop.RunAsync(initialize, cancellationToken);
    }
}
