using System.Text.Json;
using CsCheck;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Pipeline.Scheduler;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>Hostile scheduler input: a clear error, nothing listed, nothing enqueued.</summary>
public sealed class SchedulerInputPropertyTests
{
    private static readonly Gen<string> Payloads = Gen.OneOf(
        ReliabilityGen.ObjectOf("month", "date", "from", "to", "pools", "force", "dryRun"),
        ReliabilityGen.AnyText,
        ReliabilityGen.JsonValue);

    [Fact]
    public void TryParse_HostilePayload_NeverThrowsAndAnyRequestIsAnOrderedRange()
    {
        Payloads.Sample(
            payload =>
            {
                if (Json(payload) is not { } input)
                {
                    return;
                }

                if (SchedulerRequestParser.TryParse(input, RigOptions.DefaultStart, out var request, out var error))
                {
                    Assert.True(request!.Days.From <= request.Days.To);
                    Assert.True(request.Days.To.DayNumber - request.Days.From.DayNumber < SchedulerRequestParser.MaxDays);
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(error));
                }
            },
            iter: 2_000);
    }

    [Fact]
    public async Task HandleAsync_InvalidPayload_ClearErrorWithNoApiCallAndNothingEnqueued()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions());
        var invalid = Payloads.Select(Json).Where(p => p is { } input && !SchedulerRequestParser.TryParse(input, RigOptions.DefaultStart, out _, out _));

        await invalid.SampleAsync(
            async payload =>
            {
                var error = await Assert.ThrowsAsync<SchedulerInputException>(() => rig.Scheduler.HandleAsync(payload!.Value, CancellationToken.None));
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
            },
            iter: 300);

        Assert.Equal(0, rig.Simulator.RequestCount);
        Assert.Equal(0, rig.Queue.Count);
    }

    // The payload as the edge hands it over: text that is not JSON never reaches the scheduler (the Lambda wrapper refuses it).
    private static JsonElement? Json(string payload)
    {
        try
        {
            return JsonDocument.Parse(payload).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
