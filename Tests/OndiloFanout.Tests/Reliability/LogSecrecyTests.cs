using System.Globalization;
using System.Text.Json;
using Ondilo.Simulator;
using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Lambda;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// A full run of both functions with faults, a token refresh and a revoked login, logs and metrics captured: no
/// access or refresh token may appear anywhere in them.
/// </summary>
public sealed class LogSecrecyTests
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Functions_FullRunWithFaultsRefreshAndRevokedLogin_LogsHoldNoToken()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions { Simulator = new SimulatorOptions { Pools = 2, QuotaEnabled = false, FaultRate = 0.3, Seed = 9 } });
        using var log = new StringWriter(CultureInfo.InvariantCulture);
        var logger = new JsonLogger(log, rig.Time, new LoggerOptions { Service = "reliability", MinimumLevel = LogLevel.Debug }, rig.Redactor);
        var metrics = new EmfMetrics(log, rig.Time, "OndiloFanout", "reliability");
        var scheduler = new SchedulerFunction(rig.Scheduler, logger, metrics);
        var fetcher = new DeviceFetcherFunction(rig.Fetcher, logger, metrics);

        await ScheduleAsync(scheduler, logger, """{"month":true}""");
        rig.Simulator.ExpireAccessTokens();
        await DrainAsync(rig, fetcher, metrics);
        rig.Simulator.RevokeRefreshTokens();
        rig.Simulator.ExpireAccessTokens();
        await ScheduleAsync(scheduler, logger, """{"date":"2026-03-09","force":true}""");

        var text = log.ToString();
        Assert.True(rig.Tokens.Secrets.Count >= 3, "no refresh happened");
        Assert.All(rig.Tokens.Secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        Assert.Contains("Device-day retry", text, StringComparison.Ordinal);
        Assert.Contains("ondilo-fanout login", text, StringComparison.Ordinal);
    }

    /// <summary>Runs the scheduler as the Lambda wrapper would, logging a failure with its exception.</summary>
    private async Task ScheduleAsync(SchedulerFunction scheduler, JsonLogger logger, string payload)
    {
        using var document = JsonDocument.Parse(payload);
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            try
            {
                await scheduler.HandleAsync(document.RootElement.Clone(), new LambdaTestContext(), _ct);
                return;
            }
            catch (OndiloApiException ex)
            {
                logger.LogException(LogLevel.Error, ex, "The scheduler failed");
                if (ex.Failure == OndiloFailure.LoginRequired)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Plays the SQS event source mapping with <c>ReportBatchItemFailures</c>.</summary>
    private async Task DrainAsync(ReliabilityRig rig, DeviceFetcherFunction fetcher, EmfMetrics metrics)
    {
        while (true)
        {
            var batch = await rig.Queue.ReceiveAsync(10, _ct);
            if (batch.Count == 0)
            {
                if (rig.Queue.NextVisibleAt is not { } next)
                {
                    return;
                }

                await rig.Clock.WaitUntilAsync(next, _ct);
                continue;
            }

            var sqsEvent = new SQSEvent
            {
                Records = batch.Select(m => new SQSEvent.SQSMessage
                {
                    MessageId = m.MessageId,
                    ReceiptHandle = m.ReceiptHandle,
                    Body = m.Body,
                    Attributes = new Dictionary<string, string> { ["ApproximateReceiveCount"] = m.ReceiveCount.ToString(CultureInfo.InvariantCulture) },
                }).ToArray(),
            };
            var response = await fetcher.HandleAsync(sqsEvent, new LambdaTestContext(), _ct);
            metrics.Flush();
            var failed = response.BatchItemFailures.Select(f => f.ItemIdentifier).ToHashSet(StringComparer.Ordinal);
            foreach (var message in batch)
            {
                if (failed.Contains(message.MessageId))
                {
                    rig.Queue.RecordFailure(message.ReceiptHandle, "reported in batchItemFailures");
                }
                else
                {
                    await rig.Queue.DeleteAsync(message.ReceiptHandle, _ct);
                }
            }
        }
    }
}
