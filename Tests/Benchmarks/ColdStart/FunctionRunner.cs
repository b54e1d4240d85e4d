using System.Diagnostics;
using System.Globalization;
using Ondilo.Simulator;
using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>Starts a function as a process against a fresh local Runtime API and times its first invocation.</summary>
internal sealed class FunctionRunner(LocalAws aws, OndiloSimulatorHost simulator, TimeProvider time)
{
    private static readonly TimeSpan InvocationTimeout = TimeSpan.FromMinutes(2);

    public async Task<ColdStartSample> RunOnceAsync(FunctionBuild build, string eventBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        await using var api = await LambdaFakeRuntimeApi.StartAsync(cancellationToken);
        var table = await aws.CreateStateTableAsync(cancellationToken);
        var requestId = Guid.NewGuid().ToString("N");
        api.EnqueueInvocation(requestId, eventBody, time.GetUtcNow() + InvocationTimeout);
        var (requestsBefore, recordsBefore, bytesBefore) = (simulator.RequestCount, aws.Stub.RecordsAccepted, aws.Stub.BytesAccepted);

        using var process = new Process { StartInfo = StartInfo(build, api.Address, table) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InvocationTimeout);
        var clock = Stopwatch.StartNew();
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        var result = api.WaitForResultAsync(requestId, timeout.Token);
        var exited = process.WaitForExitAsync(timeout.Token);

        // The event is queued before the process starts, so it is served the moment the init asks for it.
        while (api.InvocationsServed == 0 && !result.IsCompleted && !exited.IsCompleted)
        {
            await Task.Delay(1, timeout.Token);
        }

        var initMs = clock.Elapsed.TotalMilliseconds;
        await Task.WhenAny(result, exited);
        var firstResponseMs = clock.Elapsed.TotalMilliseconds;
        var peakRss = result.IsCompletedSuccessfully ? ReadPeakRssMb(process.Id) : 0;
        var failure = !result.IsCompletedSuccessfully ? "exited before responding" : result.Result.IsError ? "answered an error: " + result.Result.Body : null;

        await api.DisposeAsync(); // answers the next poll with 500: the runtime exits
        await StopAsync(process, exited);
        if (failure is not null)
        {
            throw new InvalidOperationException($"{build.Kind} {build.Function} {failure}\n{Tail(await output)}\n{Tail(await errors)}");
        }

        return new ColdStartSample
        {
            Function = build.Function,
            Kind = build.Kind,
            InitMs = initMs,
            FirstResponseMs = firstResponseMs,
            PeakRssMb = peakRss,
            ApiRequests = simulator.RequestCount - requestsBefore,
            FirehoseRecords = aws.Stub.RecordsAccepted - recordsBefore,
            FirehoseBytes = aws.Stub.BytesAccepted - bytesBefore,
        };
    }

    private ProcessStartInfo StartInfo(FunctionBuild build, string runtimeApi, string table)
    {
        var start = new ProcessStartInfo(build.FileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in build.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of this machine's AWS configuration may leak in: every endpoint is local.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        var variables = new Dictionary<string, string>
        {
            [LambdaEnvironmentVariables.RuntimeApi] = runtimeApi,
            [LambdaEnvironmentVariables.FunctionName] = "ondilo-fanout-" + build.Function,
            [LambdaEnvironmentVariables.FunctionVersion] = "$LATEST",
            [LambdaEnvironmentVariables.FunctionMemorySize] = "128",
            ["AWS_REGION"] = LocalAws.Region,
            ["AWS_ACCESS_KEY_ID"] = "test",
            ["AWS_SECRET_ACCESS_KEY"] = "test",
            ["AWS_SESSION_TOKEN"] = "test",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_ENDPOINT_URL_SQS"] = aws.SqsUrl,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = aws.DynamoDbUrl,
            ["AWS_ENDPOINT_URL_FIREHOSE"] = aws.Stub.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_SECRETS_MANAGER"] = aws.Stub.Endpoint.ToString(),
            [SettingNames.TokenSecretId] = "ondilo-token",
            [SettingNames.QueueUrl] = aws.QueueUrl,
            [SettingNames.DeadLetterQueueUrl] = aws.DeadLetterQueueUrl,
            [SettingNames.DeliveryStreamName] = "ondilo-fanout",
            [SettingNames.StateTableName] = table,
            [SettingNames.ApiBaseUrl] = simulator.BaseUri.ToString(),
            [SettingNames.LogLevel] = "WARN",
            [SettingNames.ClockStart] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in variables)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static async Task StopAsync(Process process, Task exited)
    {
        try
        {
            await exited.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>VmHWM of <c>/proc/&lt;pid&gt;/status</c>, in MB (1 MB = 1,048,576 bytes); 0 where there is no procfs.</summary>
    internal static double ReadPeakRssMb(int processId)
    {
        var path = $"/proc/{processId}/status";
        if (!File.Exists(path))
        {
            return 0;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? 0 : double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
